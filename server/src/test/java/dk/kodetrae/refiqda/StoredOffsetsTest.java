package dk.kodetrae.refiqda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Raw-text indices map into the stored text: line endings made \n, characters composed (NFC). */
class StoredOffsetsTest {
    @Test
    void crLf_becomesOneCharacter_andThePlaceBetweenItsHalvesHasNone() {
        StoredOffsets map = StoredOffsets.of("Hej\r\nÅse").orElseThrow();
        assertEquals("Hej\nÅse", map.stored());
        assertEquals(3, map.at(3));
        assertEquals(-1, map.at(4), "between \\r and \\n");
        assertEquals(4, map.at(5));
        assertEquals(7, map.at(8));
    }

    @Test
    void aDecomposedLetter_isComposed_andOffsetsAfterItShift() {
        String raw = "A\u030Angstrøm og Åse";
        StoredOffsets map = StoredOffsets.of(raw).orElseThrow();
        assertEquals("Ångstrøm og Åse", map.stored());
        assertEquals(0, map.at(0));
        assertEquals(-1, map.at(1), "inside the composed Å");
        int og = raw.indexOf("og");
        assertEquals("og", map.stored().substring(map.at(og), map.at(og + 2)));
    }

    @Test
    void conventions_nameTheRawIndexOfEachPosition() {
        String raw = "😊 a\r\nb";
        assertEquals("[0, 2, 3, 4, 6, 7]", java.util.Arrays.toString(Convention.CODE_POINTS_LINE_ENDING_AS_ONE
                .rawIndices(raw)));
        assertEquals("[0, 2, 3, 4, -1, 6, 7]", java.util.Arrays.toString(Convention.CODE_POINTS.rawIndices(raw)));
        assertEquals("[0, -1, 2, 3, 4, -1, 6, 7]", java.util.Arrays.toString(Convention.UTF16_UNITS.rawIndices(raw)));
    }
}
