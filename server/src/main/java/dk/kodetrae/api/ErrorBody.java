package dk.kodetrae.api;

import java.util.List;

/**
 * The JSON body of every error response.
 *
 * @param error  a short, stable phrase (e.g. "not found", "bad request")
 * @param detail what went wrong, for a person
 * @param problems individual problems (e.g. each file of a refused import), may be empty
 */
record ErrorBody(String error, String detail, List<String> problems) {
}
