package dk.kodetrae.search;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DanishStemmer;

/**
 * The index's analysis: each document's text goes to the field of its language, analysed by that language's
 * analyzer. Languages other than English use Danish. Both keep every word: stop words are indexed with their
 * positions like any other word, because "ikke", "til" and "noget" carry the meaning of an answer ("ikke lyst"
 * is not "lyst"), and a phrase must match the words it was given. Each word is indexed twice at its position:
 * stemmed (Danish Snowball, English Porter, as Lucene's DanishAnalyzer and EnglishAnalyzer stem), and as its exact
 * form, lower-cased and marked (see {@link ExactForms}), for the query operator {@code =word}.
 *
 * <p>Why the exact forms share the stemmed field rather than a parallel field: a phrase is a query on one field,
 * so only this way can a phrase mix exact and stemmed words ({@code "=ikke lyst"}), and the highlighter gets
 * the offsets of both kinds of match from the same postings. The cost is that every position holds two terms.
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
    private static final Analyzer SHARED = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
            DANISH_FIELD, new EveryWord(UnaryOperator.identity(),
                    words -> new SnowballFilter(words, new DanishStemmer())),
            ENGLISH_FIELD, new EveryWord(EnglishPossessiveFilter::new, PorterStemFilter::new)));

    static Analyzer analyzer() {
        return SHARED;
    }

    /**
     * Standard tokenizer, lower case, exact forms, stemming: a language's stemming analyzer without its stop
     * filter. {@code beforeLowerCase} is what the language does to words first (English drops the possessive 's).
     */
    private static final class EveryWord extends Analyzer {
        private final UnaryOperator<TokenStream> beforeLowerCase;
        private final UnaryOperator<TokenStream> stemmer;

        EveryWord(UnaryOperator<TokenStream> beforeLowerCase, UnaryOperator<TokenStream> stemmer) {
            this.beforeLowerCase = beforeLowerCase;
            this.stemmer = stemmer;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer words = new StandardTokenizer();
            TokenStream lowered = new LowerCaseFilter(beforeLowerCase.apply(words));
            return new TokenStreamComponents(words, stemmer.apply(new ExactForms(lowered)));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
