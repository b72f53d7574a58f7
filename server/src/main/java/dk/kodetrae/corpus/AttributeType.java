package dk.kodetrae.corpus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * The type of a document attribute. Values are stored in a canonical text form: numbers as plain decimals,
 * dates as ISO {@code yyyy-mm-dd}, booleans as {@code ja}/{@code nej}.
 */
public enum AttributeType {
    TEXT, NUMBER, DATE, BOOLEAN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AttributeType> of(String id) {
        for (AttributeType t : values()) {
            if (t.id().equals(id.toLowerCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The canonical form of {@code raw}, or empty when it is not a value of this type. */
    public Optional<String> canonical(String raw) {
        String v = raw.strip();
        return switch (this) {
            case TEXT -> Optional.of(v);
            case NUMBER -> number(v);
            case DATE -> date(v);
            case BOOLEAN -> bool(v);
        };
    }

    public String expectation() {
        return switch (this) {
            case TEXT -> "text";
            case NUMBER -> "a number";
            case DATE -> "a date yyyy-mm-dd";
            case BOOLEAN -> "ja/nej";
        };
    }

    /** The narrowest type that accepts every one of {@code values}. */
    public static AttributeType infer(Iterable<String> values) {
        for (AttributeType candidate : new AttributeType[] {BOOLEAN, DATE, NUMBER}) {
            boolean all = true;
            boolean any = false;
            for (String v : values) {
                if (v.isBlank()) {
                    continue;
                }
                any = true;
                all &= candidate.canonical(v).isPresent();
            }
            if (any && all) {
                return candidate;
            }
        }
        return TEXT;
    }

    private static Optional<String> number(String v) {
        try {
            return Optional.of(new BigDecimal(v.replace(',', '.')).stripTrailingZeros().toPlainString());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> date(String v) {
        try {
            return Optional.of(LocalDate.parse(v).toString());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> bool(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "ja", "yes", "true", "sand" -> Optional.of("ja");
            case "nej", "no", "false", "falsk" -> Optional.of("nej");
            default -> Optional.empty();
        };
    }
}
