package dk.kodetrae.message;

/**
 * What a person wrote or chose cannot be used: a query, a parameter, a name. It is an
 * {@link IllegalArgumentException}, so code that checks its arguments keeps working, and {@link Explained}, so the
 * page says why in its own language instead of quoting the English text.
 */
public final class InvalidInput extends IllegalArgumentException implements Explained {
    private static final long serialVersionUID = 1L;
    private final transient Message explanation;

    /** See {@link Message#of}: a stable code, the English text and the parameters as name, value, …. */
    public InvalidInput(String code, String text, Object... namesAndValues) {
        this(Message.of(code, text, namesAndValues));
    }

    public InvalidInput(Message explanation) {
        super(explanation.text());
        this.explanation = explanation;
    }

    @Override
    public Message explanation() {
        return explanation;
    }
}
