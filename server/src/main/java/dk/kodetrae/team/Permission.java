package dk.kodetrae.team;

/**
 * What an API operation needs. The first three are about the caller alone; the rest are rights in the project the
 * request addresses, which a member holds through their {@link Role}.
 */
public enum Permission {
    /** Anyone, signed in or not (the login itself). */
    PUBLIC(false),
    /** Any signed-in user, in no particular project (their own projects, their own name). */
    SIGNED_IN(false),
    /** A server administrator: users, projects, memberships, the audit log. */
    ADMIN(false),
    /** Read documents, codings, codebooks, memos and the change log of the project. */
    READ(true),
    /** Search the project's transcripts. */
    SEARCH(true),
    /** Add, adjust, remove, undo and review codings. */
    CODE(true),
    /** Load codebooks, add, edit and merge codes, and apply auto-coding rules. */
    CODEBOOK(true),
    /** Import transcripts and attributes, and rebuild the index. */
    IMPORT(true),
    /** Compare code frequencies between groups. */
    COMPARE(true),
    /** Take quotes out of the server: excerpt exports and the REFI-QDA project. */
    EXPORT(true),
    /** Delete codes and what hangs on them, documents and memos. */
    DELETE(true),
    /** Write memos, and change the memos one wrote oneself. */
    MEMO_OWN(true),
    /** Change anyone's memos. */
    MEMO_ANY(true),
    /**
     * Pseudonymise: review candidates, keep the list of names, decide and apply pseudonyms, and read the key
     * (original ↔ pseudonym) and re-identify passages with it. Admins only, as the key is personal data.
     */
    PSEUDONYMISE(true),
    /** Change the project's settings. */
    SETTINGS(true);

    private final boolean inProject;

    Permission(boolean inProject) {
        this.inProject = inProject;
    }

    /** Whether this is a right in one project (held through a role there) rather than about the caller alone. */
    public boolean inProject() {
        return inProject;
    }
}
