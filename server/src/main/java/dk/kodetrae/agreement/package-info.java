/**
 * Intercoder agreement: how alike two or more coders applied the same codes to the same documents. Percent agreement,
 * Cohen's and Fleiss' κ and Krippendorff's α on characters (as NVivo's coding comparison) or on sentence units or
 * turns (as MAXQDA's segment view), Krippendorff's unitizing α on the continuous text, and the passages where the
 * coders differ. {@link dk.kodetrae.agreement.Agreement} is the entry point; results are immutable records. Every
 * item is coded or not per coder, so κ and α are counted from how many items each combination of coders coded (a
 * sweep over the codings' boundaries, never one object per character); the tests check the counts against DKPro
 * Agreement given one item per character or unit, and DKPro Agreement computes αu.
 */
package dk.kodetrae.agreement;
