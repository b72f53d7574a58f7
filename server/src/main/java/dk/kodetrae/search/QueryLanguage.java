package dk.kodetrae.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * The query language of search, code queries and auto-coding rules: Lucene's classic syntax with AND as the
 * default operator: words (stemmed like the text), "phrases", "proximity"~N, trailing wildcards*, AND/OR/NOT and
 * parentheses. A query is parsed once per language field and matches a unit in its own document's language.
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
        QueryParser parser = new QueryParser(field, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        parser.setSplitOnWhitespace(true);
        try {
            return parser.parse(text);
        } catch (ParseException | RuntimeException e) {
            throw new QuerySyntaxException(QueryDiagnosis.explain(text, e), e);
        }
    }
}
