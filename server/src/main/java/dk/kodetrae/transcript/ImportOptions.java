package dk.kodetrae.transcript;

/**
 * Settings of an import.
 *
 * @param maxFileBytes files larger than this are refused
 * @param actor        who imports, for the change log
 */
public record ImportOptions(SpeakerTags speakerTags, long maxFileBytes, String actor) {
    public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;

    public static ImportOptions defaults() {
        return new ImportOptions(SpeakerTags.defaults(), DEFAULT_MAX_FILE_BYTES, System.getProperty("user.name", "kodetrae"));
    }

    public ImportOptions withMaxFileBytes(long bytes) {
        return new ImportOptions(speakerTags, bytes, actor);
    }

    public ImportOptions withActor(String who) {
        return new ImportOptions(speakerTags, maxFileBytes, who);
    }
}
