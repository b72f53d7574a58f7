package dk.kodetrae.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * The query language of search, code queries and auto-coding rules: Lucene's classic syntax with AND as the
 * default operator: words (stemmed like the text), =exact words (the form as written, any case, not stemmed),
 * "phrases", "proximity"~N, trailing wildcards*, AND/OR/NOT and parentheses. Every word counts, stop words too:
 * {@code "ikke lyst"} matches only where "ikke" stands right before a form of "lyst". A query is parsed once per
 * language field and matches a unit in its own document's language.
 */
public final class QueryLanguage {
    private final Analyzer analyzer;

    QueryLanguage(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public static QueryLanguage standard() {
        return new QueryLanguage(Analysis.analyzer());
    }

    /** The query for {@code text}; blank text matches everything. */
    public Query parse(String text) {
        if (text == null || text.isBlank()) {
            return MatchAllDocsQuery.INSTANCE;
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        for (String field : Analysis.TEXT_FIELDS) {
            either.add(parse(text, field), BooleanClause.Occur.SHOULD);
        }
        return either.build();
    }

    private Query parse(String text, String field) {
        QueryParser parser = new WrittenFormsParser(field, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        parser.setSplitOnWhitespace(true);
        try {
            return parser.parse(text);
        } catch (ParseException | RuntimeException e) {
            throw new QuerySyntaxException(QueryDiagnosis.explain(text, e), e);
        }
    }

    /** The classic parser, reading each word's stem or exact form as it was written (see {@link WrittenForms}). */
    private static final class WrittenFormsParser extends QueryParser {
        WrittenFormsParser(String field, Analyzer analyzer) {
            super(field, analyzer);
        }

        @Override
        protected Query createFieldQuery(Analyzer analyzer, BooleanClause.Occur operator, String field,
                                         String queryText, boolean quoted, int phraseSlop) {
            try (TokenStream words = new WrittenForms(analyzer.tokenStream(field, queryText), queryText)) {
                return createFieldQuery(words, operator, field, quoted, phraseSlop);
            } catch (IOException e) {
                throw new UncheckedIOException("analysing the query '" + queryText + "' failed", e);
            }
        }
    }
}
