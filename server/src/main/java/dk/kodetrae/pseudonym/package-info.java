/**
 * Pseudonymisation: candidates for replacement (CPR and phone numbers, e-mail and street addresses by pattern, person
 * names by an OpenNLP name finder trained from our own text, and the names a researcher lists), the researcher's
 * decisions, consistent pseudonyms per original across the project, and the key (original ↔ pseudonym) kept in a
 * file apart from the project. Applying replaces the text through the transcript edit, so codings follow.
 */
package dk.kodetrae.pseudonym;
