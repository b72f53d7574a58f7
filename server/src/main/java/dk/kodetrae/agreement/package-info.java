/**
 * Intercoder agreement: how alike two or more coders applied the same codes to the same documents. Percent agreement,
 * Cohen's and Fleiss' κ and Krippendorff's α on characters (as NVivo's coding comparison) or on sentence units or
 * turns (as MAXQDA's segment view), Krippendorff's unitizing α on the continuous text, and the passages where the
 * coders differ. {@link dk.kodetrae.agreement.Agreement} is the entry point; results are immutable records. The
 * coefficients on units come from DKPro Agreement; on characters they are counted from the lengths of the stretches
 * each combination of coders coded, which the tests check against DKPro Agreement fed one item per character.
 */
package dk.kodetrae.agreement;
