package dk.kodetrae.team;

/**
 * A project of a team server.
 *
 * @param name     its folder under {@code projects/} and how requests name it: lower-case letters, digits, dashes
 * @param title    what people read; any text
 * @param created  milliseconds since the epoch
 * @param archived whether an admin archived it: kept on disk, served to nobody
 */
public record TeamProject(String name, String title, long created, boolean archived) {
}
