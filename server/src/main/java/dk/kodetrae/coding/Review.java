package dk.kodetrae.coding;

/**
 * What a reviewer decided about an auto coding. Manual and imported codings need no review ({@link NotNeeded});
 * an auto coding starts {@link Unreviewed}. A rejected coding is hidden everywhere and not made again by its rule.
 */
public sealed interface Review {
    /** A manual or imported coding: nothing to review. */
    record NotNeeded() implements Review {
    }

    /** An auto coding nobody has decided on yet. */
    record Unreviewed() implements Review {
    }

    /** Accepted by {@code reviewer} at {@code reviewedAt} (ISO-8601 instant). */
    record Accepted(String reviewer, String reviewedAt) implements Review {
    }

    /** Rejected by {@code reviewer} at {@code reviewedAt} (ISO-8601 instant). */
    record Rejected(String reviewer, String reviewedAt) implements Review {
    }

    Review NOT_NEEDED = new NotNeeded();
    Review UNREVIEWED = new Unreviewed();

    /** The name in the store and the API: {@code none}, {@code unreviewed}, {@code accepted} or {@code rejected}. */
    default String state() {
        return switch (this) {
            case NotNeeded n -> "none";
            case Unreviewed u -> "unreviewed";
            case Accepted a -> "accepted";
            case Rejected r -> "rejected";
        };
    }

    /** Who decided, or {@code null} when nobody has (the decisions' records answer with theirs). */
    default String reviewer() {
        return null;
    }

    /** When it was decided, or {@code null} when it was not. */
    default String reviewedAt() {
        return null;
    }
}
