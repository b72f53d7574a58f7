package dk.kodetrae.agreement;

import java.util.List;
import org.dkpro.statistics.agreement.unitizing.IUnitizingAnnotationStudy;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;

/**
 * Krippendorff's unitizing α (αu) by DKPro Agreement: the documents laid end to end as one continuum of characters,
 * each coder's codings of a code (overlapping ones joined) as that coder's units of the code's category. It weighs
 * how far the boundaries of the coders' passages lie apart, where percent agreement and κ only count characters.
 */
final class Unitizing extends KrippendorffAlphaUnitizingAgreement {
    private Unitizing(IUnitizingAnnotationStudy study) {
        super(study);
    }

    /** An empty study of {@code coders} over a continuum of {@code length} characters. */
    static UnitizingAnnotationStudy study(int coders, long length) {
        return new UnitizingAnnotationStudy(coders, 0, Math.max(1, length));
    }

    static Unitizing of(IUnitizingAnnotationStudy study) {
        return new Unitizing(study);
    }

    /** αu of one category: not defined when no coder has a unit of it. */
    Coefficient category(Object category) {
        return Coefficient.of(1 - calculateObservedCategoryDisagreement(category),
                1 - calculateExpectedCategoryDisagreement(category));
    }

    /**
     * αu over all categories from each category's own: one minus the sum of their observed disagreements over the
     * sum of their expected ones, as {@link #overall()} computes it (the mean over the categories that have units,
     * whose counts cancel).
     */
    static Coefficient pooled(List<Coefficient> categories) {
        double observed = 0;
        double expected = 0;
        for (Coefficient c : categories) {
            if (c.expected() < 1) {
                observed += 1 - c.observed();
                expected += 1 - c.expected();
            }
        }
        return Coefficient.of(1 - observed, 1 - expected);
    }

    /** αu over all categories together. */
    Coefficient overall() {
        return Coefficient.of(1 - calculateObservedDisagreement(), 1 - calculateExpectedDisagreement());
    }
}
