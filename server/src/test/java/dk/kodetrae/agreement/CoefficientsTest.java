package dk.kodetrae.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.api.Test;

/**
 * The coefficients against published worked examples (the numbers are the papers' and books'), and the counted
 * figures on characters against DKPro Agreement given one item per character: two independent computations.
 */
class CoefficientsTest {
    private static final double PUBLISHED = 0.0005;
    private static final double SAME = 1e-9;

    /** Cohen's κ for a 2 × 2 table of 50 items: 20 both yes, 5 and 10 split, 15 both no; po = .70, pe = .50, κ = .40. */
    @Test
    void cohen_ofATwoByTwoTable_isPointFour_byCountingAndByTheLibrary() {
        Tally t = new Tally(2);
        t.add(0b11, 20);
        t.add(0b01, 5);
        t.add(0b10, 10);
        t.add(0b00, 15);
        for (Coefficient k : List.of(Counted.cohen(t, 0, 1), Library.cohen(Library.study(t), 0, 1))) {
            assertEquals(0.70, k.observed(), SAME);
            assertEquals(0.50, k.expected(), SAME);
            assertEquals(0.40, k.value(), SAME);
        }
    }

    /**
     * Krippendorff (2011), "Computing Krippendorff's alpha-reliability", the nominal example: 4 observers, 12 units,
     * values 1–5 with missing data (null); α nominal = 0.743.
     */
    @Test
    void alpha_ofKrippendorffs2011NominalExample_is0743() {
        Integer[][] byObserver = {
            {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
            {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null}};
        CodingAnnotationStudy study = new CodingAnnotationStudy(4);
        for (int unit = 0; unit < 12; unit++) {
            Object[] values = new Object[4];
            for (int o = 0; o < 4; o++) {
                values[o] = byObserver[o][unit];
            }
            study.addItemAsArray(values);
        }
        assertEquals(0.743, Library.alpha(study).value(), PUBLISHED);
    }

    /**
     * Fleiss (1971) as commonly reworked: 10 subjects, 14 raters, 5 categories, the number of raters choosing each
     * category per subject; κ = 0.210.
     */
    @Test
    void fleiss_ofTheFourteenRaterExample_is0210() {
        int[][] counts = {{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
            {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
        CodingAnnotationStudy study = new CodingAnnotationStudy(14);
        for (int[] subject : counts) {
            List<Object> values = new ArrayList<>();
            for (int category = 0; category < subject.length; category++) {
                for (int i = 0; i < subject[category]; i++) {
                    values.add(category + 1);
                }
            }
            study.addItemAsArray(values.toArray());
        }
        assertEquals(0.210, Library.fleiss(study).value(), PUBLISHED);
    }

    /**
     * Krippendorff (2004), Content Analysis, p. 254: two observers unitize a continuum of 300 from 150 into
     * categories c and k; αu = 0.8591 overall, 0.7286 for c (observed 0.0144, expected 0.0532 disagreement), 1 for k.
     */
    @Test
    void alphaU_ofKrippendorffs2004Example_is08591() {
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(2, 150, 300);
        study.addUnit(225, 70, 0, "c");
        study.addUnit(370, 30, 0, "c");
        study.addUnit(220, 80, 1, "c");
        study.addUnit(355, 20, 1, "c");
        study.addUnit(400, 20, 1, "c");
        study.addUnit(180, 60, 0, "k");
        study.addUnit(300, 50, 0, "k");
        study.addUnit(180, 60, 1, "k");
        study.addUnit(300, 50, 1, "k");
        Unitizing alpha = Unitizing.of(study);
        assertEquals(0.8591, alpha.overall().value(), PUBLISHED);
        Coefficient c = alpha.category("c");
        assertEquals(0.7286, c.value(), PUBLISHED);
        assertEquals(0.0144, 1 - c.observed(), 0.0001);
        assertEquals(0.0532, 1 - c.expected(), 0.0001);
        assertEquals(1.0, alpha.category("k").value(), PUBLISHED);
    }

    /** The server computes αu one code at a time; over all codes that gives the library's figure for one study. */
    @Test
    void alphaU_overAllCodes_fromEachCodesOwnStudy_equalsOneStudyOfAllCodes() {
        Random random = new Random(2004);
        int coders = 3;
        int codes = 4;
        long length = 2000;
        UnitizingAnnotationStudy all = new UnitizingAnnotationStudy(coders, 0, length);
        List<UnitizingAnnotationStudy> each = new ArrayList<>();
        for (int k = 0; k < codes; k++) {
            UnitizingAnnotationStudy own = new UnitizingAnnotationStudy(coders, 0, length);
            for (int c = 0; c < coders; c++) {
                for (long at = random.nextInt(200); at < length - 100; at += 100 + random.nextInt(300)) {
                    long size = 10 + random.nextInt(80);
                    all.addUnit(at, size, c, k);
                    own.addUnit(at, size, c, k);
                }
            }
            each.add(own);
        }
        List<Coefficient> perCode = new ArrayList<>();
        for (int k = 0; k < codes; k++) {
            perCode.add(Unitizing.of(each.get(k)).category(k));
            assertSameValue(Unitizing.of(all).category(k), perCode.get(k));
        }
        assertEquals(Unitizing.of(all).overall().value(), Unitizing.pooled(perCode).value(), SAME);
    }

    @Test
    void counting_agreesWithTheLibrary_onRandomTallies_forTwoToFiveCoders() {
        Random random = new Random(21);
        for (int round = 0; round < 40; round++) {
            int coders = 2 + round % 4;
            Tally t = new Tally(coders);
            for (int mask = 0; mask <= t.everybody(); mask++) {
                t.add(mask, random.nextInt(30));
            }
            List<String> names = names(coders);
            assertSame(Library.figures(t, names), Figures.of(t, names, null));
        }
    }

    /**
     * The second computation of the character figures: each coder codes random passages of a 300-character text;
     * the sweep's counted figures equal DKPro Agreement's given one item per character with each coder's value.
     */
    @Test
    void characterFigures_equalTheLibraryGivenOneItemPerCharacter() {
        Random random = new Random(2011);
        for (int round = 0; round < 20; round++) {
            int coders = 2 + round % 3;
            int length = 300;
            Stretches[] byCoder = new Stretches[coders];
            boolean[][] coded = new boolean[coders][length];
            for (int c = 0; c < coders; c++) {
                int n = random.nextInt(6);
                int[] starts = new int[n];
                int[] ends = new int[n];
                for (int i = 0; i < n; i++) {
                    starts[i] = random.nextInt(length - 1);
                    ends[i] = starts[i] + 1 + random.nextInt(Math.min(60, length - starts[i] - 1) + 1);
                    for (int x = starts[i]; x < ends[i]; x++) {
                        coded[c][x] = true;
                    }
                }
                byCoder[c] = Stretches.join(starts, ends, n);
            }
            Tally t = new Tally(coders);
            Sweep.characters(byCoder, length, t);
            CodingAnnotationStudy perCharacter = new CodingAnnotationStudy(coders);
            for (int x = 0; x < length; x++) {
                Object[] values = new Object[coders];
                for (int c = 0; c < coders; c++) {
                    values[c] = coded[c][x];
                }
                perCharacter.addItemAsArray(values);
            }
            Figures counted = Figures.of(t, names(coders), null);
            assertEquals(length, counted.units());
            assertEquals(Library.observed(perCharacter), counted.percent(), SAME);
            assertSameValue(Library.alpha(perCharacter), counted.alpha());
            assertSameValue(Library.cohen(perCharacter, 0, 1), counted.pairs().getFirst().kappa());
            if (coders >= 3) {
                assertSameValue(Library.fleiss(perCharacter), counted.fleiss());
            }
        }
    }

    @Test
    void aCodeNobodyUsed_hasNoKappa_becauseChanceAgreementIsOne() {
        Tally t = new Tally(2);
        t.add(0, 500);
        Figures f = Figures.of(t, names(2), null);
        assertEquals(1.0, f.percent(), SAME);
        assertEquals(1.0, f.cohen().expected(), SAME);
        assertNull(f.cohen().value());
        assertNull(Library.figures(t, names(2)).cohen().value());
    }

    @Test
    void units_countAsCodedByACoderWhoCodedAnyOfTheirCharacters() {
        Stretches anna = Stretches.join(new int[] {5, 12}, new int[] {12, 14}, 2);
        Stretches bo = Stretches.join(new int[] {20}, new int[] {21}, 1);
        Tally t = new Tally(2);
        Sweep.units(new Stretches[] {anna, bo}, List.of(new dk.kodetrae.corpus.Span(0, 10),
                new dk.kodetrae.corpus.Span(10, 20), new dk.kodetrae.corpus.Span(20, 30),
                new dk.kodetrae.corpus.Span(30, 40)), t);
        assertEquals(2, t.count(0b01), "anna's 5–14 touches the first two sentences");
        assertEquals(1, t.count(0b10), "bo's one character");
        assertEquals(1, t.count(0b00));
        assertEquals(1, anna.size(), "touching codings are joined");
        assertEquals(9, anna.characters());
    }

    private static List<String> names(int coders) {
        return List.of("anna", "bo", "cecilie", "dorte", "emil").subList(0, coders);
    }

    private static void assertSame(Figures expected, Figures actual) {
        assertEquals(expected.percent(), actual.percent(), SAME);
        assertSameValue(expected.alpha(), actual.alpha());
        if (expected.fleiss() != null) {
            assertSameValue(expected.fleiss(), actual.fleiss());
        }
        for (int i = 0; i < expected.pairs().size(); i++) {
            assertSameValue(expected.pairs().get(i).kappa(), actual.pairs().get(i).kappa());
        }
    }

    private static void assertSameValue(Coefficient expected, Coefficient actual) {
        assertEquals(expected.observed(), actual.observed(), SAME);
        assertEquals(expected.expected(), actual.expected(), SAME);
        if (expected.value() == null) {
            assertNull(actual.value());
        } else {
            assertEquals(expected.value(), actual.value(), SAME);
        }
    }
}
