/**
 * Messages for people in a form a client can translate: a stable code, named parameters and the English text.
 * Exceptions that reach the API implement {@link dk.kodetrae.message.Explained}; the page renders the code from its
 * own catalogue and the CLI prints the English text.
 */
package dk.kodetrae.message;
