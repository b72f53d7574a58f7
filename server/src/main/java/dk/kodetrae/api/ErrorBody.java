package dk.kodetrae.api;

import java.util.List;
import java.util.Map;

/**
 * The JSON body of every error response.
 *
 * @param error        the HTTP reason phrase in lower case (e.g. "not found", "bad request")
 * @param code         stable code of what went wrong (e.g. "query.unclosedQuote"); clients translate by it
 * @param params       the values the message names, by name
 * @param detail       what went wrong, in English, for a person
 * @param problems     individual problems in English (e.g. each file of a refused import), may be empty
 * @param problemCodes the same problems, in the same order, as {code, params} for clients that translate them
 */
record ErrorBody(String error, String code, Map<String, Object> params, String detail, List<String> problems,
                 List<CodedProblem> problemCodes) {

    /** One problem as a code with its parameters. */
    record CodedProblem(String code, Map<String, Object> params) {
    }
}
