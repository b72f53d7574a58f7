package dk.kodetrae.pseudonym;

/**
 * A stretch of text found to be personal data.
 *
 * @param start offset in UTF-16 code units into the text searched (see docs/OFFSETS.md)
 * @param end   exclusive
 */
record Found(int start, int end, Kind kind, Source source) {
    /**
     * What found it: a pattern, the project's list of names, an original decided elsewhere in the project (the key),
     * or the name finder's model; most certain first.
     */
    enum Source { PATTERN, LIST, KEY, MODEL }

    boolean overlaps(Found other) {
        return start < other.end && other.start < end;
    }
}
