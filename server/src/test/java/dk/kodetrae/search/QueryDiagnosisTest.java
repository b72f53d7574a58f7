package dk.kodetrae.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.message.Message;
import org.junit.jupiter.api.Test;

/** A query the parser refuses is explained in plain words with the 1-based position of the slip. */
class QueryDiagnosisTest {
    private static Message refused(String query) {
        return assertThrows(QuerySyntaxException.class, () -> QueryLanguage.standard().parse(query)).explanation();
    }

    private static void assertExplained(String query, String code, int position) {
        Message m = refused(query);
        assertEquals(code, m.code(), m.text());
        assertEquals(position, m.params().get("position"), m.text());
        assertEquals(query, m.params().get("query"));
        assertTrue(m.text().contains("position " + position), m.text());
        assertTrue(!m.text().contains("Lexical error") && !m.text().contains("Encountered"), m.text());
    }

    @Test
    void unclosedQuote_isReportedAtTheOpeningMark() {
        assertExplained("sanktion \"ledig hjælp", "query.unclosedQuote", 10);
    }

    @Test
    void unclosedParenthesis_isReportedWhereItOpens() {
        assertExplained("(kommune OR jobcenter", "query.unclosedParenthesis", 1);
    }

    @Test
    void closingParenthesisWithoutOpening_isReportedWhereItStands() {
        assertExplained("ærgerlig)", "query.unopenedParenthesis", 9);
    }

    @Test
    void emptyParentheses_areReported() {
        assertExplained("møde () igen", "query.emptyParentheses", 6);
    }

    @Test
    void operatorWithoutWord_isNamedWithItsPosition() {
        assertExplained("sanktion AND", "query.operatorAlone", 10);
        assertEquals("AND", refused("sanktion AND").params().get("operator"));
        assertExplained("OR ledig", "query.operatorAlone", 1);
        assertExplained("ledig AND OR job", "query.operatorAlone", 11);
    }

    @Test
    void leadingWildcard_isReported() {
        assertExplained("*hjælp", "query.leadingWildcard", 1);
    }

    @Test
    void otherSlips_getTheParsersPosition() {
        Message m = refused("ledig~x^");
        assertEquals("query.syntax", m.code(), m.text());
        int position = (Integer) m.params().get("position");
        assertTrue(position >= 1 && position <= "ledig~x^".length(), m.text());
    }
}
