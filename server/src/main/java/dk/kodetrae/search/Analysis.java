package dk.kodetrae.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The index's analysis: each document's text goes to the field of its language, analysed by that language's
 * analyzer (Danish: Snowball stemming and Danish stop words). Languages other than English use Danish.
 */
final class Analysis {
    static final String DANISH_FIELD = "text_da";
    static final String ENGLISH_FIELD = "text_en";
    static final String[] TEXT_FIELDS = {DANISH_FIELD, ENGLISH_FIELD};

    private Analysis() {
    }

    static String fieldFor(String language) {
        return "en".equals(language) ? ENGLISH_FIELD : DANISH_FIELD;
    }

    /** Analyzers are thread-safe and reusable; one serves the whole process. */
    private static final Analyzer SHARED = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(),
            Map.of(DANISH_FIELD, new DanishAnalyzer(), ENGLISH_FIELD, new EnglishAnalyzer()));

    static Analyzer analyzer() {
        return SHARED;
    }
}
