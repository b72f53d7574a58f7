package dk.kodetrae.pseudonym;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each Danish pattern on what it must find (the whole of it, nothing more) and on look-alikes it must leave. */
class PatternsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mit CPR-nummer er 010203-1234, står der.|010203-1234|CPR",
            "cpr 3112951234 på papiret|3112951234|CPR",
            "hun skrev 150587 - 4321 på blanketten|150587 - 4321|CPR",
            "Ring på 20 30 40 50 i morgen.|20 30 40 50|PHONE",
            "nummeret er 87654321.|87654321|PHONE",
            "Mobil: +45 2233 4455, efter kl. 16|+45 2233 4455|PHONE",
            "ring 004560708090 fra udlandet|004560708090|PHONE",
            "skriv til mette.hansen@vestera.dk, hun svarer|mette.hansen@vestera.dk|EMAIL",
            "mail: søren_ø+jobcenter@kommune-nørremark.dk.|søren_ø+jobcenter@kommune-nørremark.dk|EMAIL",
            "Jeg bor på Skovvej 12, lige ved skolen.|Skovvej 12|ADDRESS",
            "Adressen er Nørregade 4B, 2. tv., 8000 Aarhus C i dag|Nørregade 4B, 2. tv., 8000 Aarhus C|ADDRESS",
            "han flyttede til H.C. Andersens Boulevard 27 sidste år|H.C. Andersens Boulevard 27|ADDRESS",
            "Gammel Kongevej 3, st. th. er deres kontor|Gammel Kongevej 3, st. th.|ADDRESS",
            "Og så Æblehaven 7 bagefter|Æblehaven 7|ADDRESS",
    })
    void find_takesTheWholeOfIt(String text, String expected, Kind kind) {
        List<Found> found = Patterns.find(text);
        assertEquals(1, found.size(), () -> "found " + found);
        Found f = found.get(0);
        assertEquals(expected, text.substring(f.start(), f.end()));
        assertEquals(kind, f.kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Det var i januar 2011, og jeg fik 12.000 kr. om måneden.",
            "[00:12:34] R: Jeg står op kl. 6.30 hver dag.",
            "Mødet var den 01-02-2015 klokken 10.",
            "Ordrenummer 4713992018 er ikke et CPR-nummer, for måneden er 99.",
            "Sagsnummeret 12345678901 er for langt.",
            "Vi har 1234 5678 9012 på kontoen.",
            "Han tjente 45.000.000 og det var 40 30 20 procent.",
            "Hun er på vej 3 gange om ugen, og vejen er lang.",
            "Jeg går til Sundhedscentret 2 gange om ugen.",
            "Jeg skrev @mette på nettet, og adressen er ikke oplyst.",
            "Svaret er 0,12345678 af det hele.",
    })
    void find_leavesLookAlikes(String text) {
        assertEquals(List.of(), Patterns.find(text));
    }
}
