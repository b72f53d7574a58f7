package dk.kodetrae.pseudonym;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data with a fixed Danish form: CPR numbers, phone numbers, e-mail and street addresses. Each pattern is
 * anchored so that it never takes part of a longer number or word (an order number, a year, a timestamp).
 */
final class Patterns {
    /** DDMMYY-NNNN or DDMMYYNNNN with a real day and month; the modulus-11 check is not required since 2007. */
    private static final Pattern CPR = Pattern.compile(
            "(?<![\\d-])(0[1-9]|[12]\\d|3[01])(0[1-9]|1[0-2])(\\d{2}) ?-? ?(\\d{4})(?![\\d-])");
    /**
     * Eight digits, the first 2–9 (Danish numbers begin so), written together or in pairs or fours, optionally
     * after +45 or 0045. Digits joined by dots, colons or hyphens (dates, times, amounts) or within a longer run of digit
     * groups (an account number) are not phone numbers.
     */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d.:,/+-])(?<!\\d )(?:(?:\\+|00)45[ ]?)?([2-9]\\d(?: ?\\d\\d){3}|[2-9]\\d{3} \\d{4})(?![\\d.:,/-]\\d|\\d| \\d\\d)");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\d._%+-])[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}(?![\\p{L}\\d])");
    /**
     * A street name ending as Danish street names do, a house number with an optional letter and floor, and an
     * optional postcode and town. Words before the street's last word are taken only when they are part of a name
     * ("H.C. Andersens Boulevard", "Gammel Kongevej"), so a capitalised word starting the sentence is left out.
     */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![\\p{L}\\d])"
                    + "(?:(?:[A-ZÆØÅ]\\.)+ ?|(?:Gammel|Ny|Store|Lille|Nørre|Vester|Øster|Sønder|Kong|Dronning|Sankt|"
                    + "[A-ZÆØÅ][\\p{Ll}]+s) )*"
                    + "(?:[A-ZÆØÅ]\\p{Ll}+(?:vej|gade|stræde|vænge|allé|alle|boulevard|plads|torv|sti|bakke|bakken|"
                    + "parken|toften|engen|have|haven|høj|lund|gården|park)|Allé|Boulevard|Plads|Torv)"
                    + " \\d{1,4}(?: ?[A-Za-z](?![\\p{L}]))?"
                    + "(?:, ?(?:st\\.|kl\\.|\\d{1,2}\\.)(?: ?(?:tv|th|mf)\\.?)?)?"
                    + "(?:,? \\d{4} [A-ZÆØÅ]\\p{Ll}+(?: [A-ZÆØÅ](?![\\p{L}]))?)?"
                    + "(?![\\p{L}\\d])");

    private Patterns() {
    }

    /** Everything the patterns find in {@code text}, in order of position. */
    static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        addAll(found, EMAIL, text, Kind.EMAIL);
        addAll(found, CPR, text, Kind.CPR);
        addAll(found, PHONE, text, Kind.PHONE);
        addAll(found, ADDRESS, text, Kind.ADDRESS);
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return found;
    }

    private static void addAll(List<Found> found, Pattern pattern, String text, Kind kind) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Found f = new Found(m.start(), m.end(), kind, Found.Source.PATTERN);
            if (found.stream().noneMatch(f::overlaps)) {
                found.add(f);
            }
        }
    }
}
