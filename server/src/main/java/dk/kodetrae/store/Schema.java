package dk.kodetrae.store;

/**
 * A family of numbered migration scripts for one kind of database: {@code <prefix>1.sql … <prefix><latest>.sql},
 * found as resources beside {@code owner}. Versions up to {@code lastReleased} must all be there; numbers above
 * it are reserved for work in progress, and a script not (yet) in the build is passed over, so that each can land
 * on its own.
 *
 * @param owner        the class whose package holds the scripts
 * @param prefix       the scripts' path relative to that package, up to the number (e.g. {@code "migrations/V"})
 * @param latest       the highest version this build knows; a database at a higher one is refused
 * @param lastReleased versions up to this one are released and must be present
 */
public record Schema(Class<?> owner, String prefix, int latest, int lastReleased) {
    /** The project database, {@code project.db}. */
    static final Schema PROJECT = new Schema(Migrations.class, "migrations/V", Migrations.LATEST,
            Migrations.LAST_RELEASED);

    public Schema {
        if (lastReleased > latest) {
            throw new IllegalArgumentException("released version " + lastReleased + " is above the latest, " + latest);
        }
    }

    String script(int version) {
        return prefix + version + ".sql";
    }
}
