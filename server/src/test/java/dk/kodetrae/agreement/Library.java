package dk.kodetrae.agreement;

import java.util.ArrayList;
import java.util.List;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.ICodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.PercentageAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;

/**
 * The coefficients computed by DKPro Agreement, given one item per unit with each coder's value {@code true} (coded)
 * or {@code false}: the reference the counted figures are checked against. Not used by the server, as a study of one
 * item per sentence took seconds for 40 codes of the demo corpus where counting takes milliseconds.
 */
final class Library {
    private static final Coefficient UNANIMOUS = Coefficient.of(1, 1);

    private Library() {
    }

    /** The figures of {@link Figures#of} by the library. */
    static Figures figures(Tally t, List<String> coders) {
        if (t.items() == 0) {
            return new Figures(0, coders.size(), null, null, List.of(), null, null, null);
        }
        CodingAnnotationStudy study = study(t);
        List<Figures.Pair> pairs = new ArrayList<>();
        for (int a = 0; a < coders.size(); a++) {
            for (int b = a + 1; b < coders.size(); b++) {
                Coefficient k = cohen(study, a, b);
                pairs.add(new Figures.Pair(coders.get(a), coders.get(b), k.observed(), k));
            }
        }
        return new Figures(t.items(), coders.size(), observed(study), pairs.size() == 1 ? pairs.getFirst().kappa()
                : null, pairs, coders.size() >= 3 ? fleiss(study) : null, alpha(study), null);
    }

    /** A study with {@link Tally#count(int)} items for each combination of coders. */
    static CodingAnnotationStudy study(Tally t) {
        CodingAnnotationStudy study = new CodingAnnotationStudy(t.coders());
        for (int mask = 0; mask <= t.everybody(); mask++) {
            if (t.count(mask) > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("too many units for one study: " + t.count(mask));
            }
            Object[] values = new Object[t.coders()];
            for (int coder = 0; coder < values.length; coder++) {
                values[coder] = (mask >> coder & 1) == 1;
            }
            study.addMultipleItems((int) t.count(mask), values);
        }
        return study;
    }

    static double observed(ICodingAnnotationStudy study) {
        return oneValue(study) ? 1 : new PercentageAgreement(study).calculateAgreement();
    }

    static Coefficient cohen(CodingAnnotationStudy study, int a, int b) {
        CodingAnnotationStudy pair = study.extractRaters(a, b);
        if (oneValue(pair)) {
            return UNANIMOUS;
        }
        CohenKappaAgreement kappa = new CohenKappaAgreement(pair);
        return Coefficient.of(kappa.calculateObservedAgreement(), kappa.calculateExpectedAgreement());
    }

    static Coefficient fleiss(ICodingAnnotationStudy study) {
        if (oneValue(study)) {
            return UNANIMOUS;
        }
        FleissKappaAgreement kappa = new FleissKappaAgreement(study);
        return Coefficient.of(kappa.calculateObservedAgreement(), kappa.calculateExpectedAgreement());
    }

    static Coefficient alpha(ICodingAnnotationStudy study) {
        if (oneValue(study)) {
            return UNANIMOUS;
        }
        KrippendorffAlphaAgreement alpha = new KrippendorffAlphaAgreement(study, new NominalDistanceFunction());
        return Coefficient.of(1 - alpha.calculateObservedDisagreement(), 1 - alpha.calculateExpectedDisagreement());
    }

    /**
     * Every value the same (nobody coded, or everybody coded everything): the library refuses such a study, as there
     * was no decision to agree on; agreement and chance agreement are both 1, and no coefficient is defined.
     */
    private static boolean oneValue(ICodingAnnotationStudy study) {
        return study.getCategoryCount() < 2;
    }
}
