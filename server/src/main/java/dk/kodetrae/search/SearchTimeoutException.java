package dk.kodetrae.search;

import java.time.Duration;

/** A search ran out of its time budget and was stopped; nothing it found so far is answered. */
public final class SearchTimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Duration budget;

    SearchTimeoutException(String message, Duration budget) {
        super(message);
        this.budget = budget;
    }

    public Duration budget() {
        return budget;
    }
}
