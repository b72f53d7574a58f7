package dk.kodetrae.api;

import dk.kodetrae.coding.CodingFilter;

/** The {@code codings} query parameter of compare, retrieval and export: manual, reviewed (the default) or all. */
final class CodingFilterParam {
    static final String NAME = "codings";

    private CodingFilterParam() {
    }

    /** @throws ApiError 400 {@code codings.filter} naming the three choices when the value is none of them */
    static CodingFilter of(String value) {
        try {
            return CodingFilter.of(value);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("codings.filter", "codings must be manual, reviewed or all, got '" + value + "'",
                    "got", value);
        }
    }
}
