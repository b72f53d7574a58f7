package dk.kodetrae.store;

/**
 * One entry of the append-only change log: who did what to which entity.
 *
 * @param entity   the kind of thing changed: {@code document}, {@code attribute}, {@code code}, {@code coding}…
 * @param entityId its id as text, or {@code null} for changes to many
 * @param detail   a short human-readable or JSON description, may be {@code null}
 */
public record Change(String actor, String action, String entity, String entityId, String detail) {
}
