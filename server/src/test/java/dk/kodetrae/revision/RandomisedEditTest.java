package dk.kodetrae.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.CodedFixture;
import dk.kodetrae.coding.Coding;
import dk.kodetrae.coding.Codings;
import dk.kodetrae.coding.Followed;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.corpus.Replacement;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.project.Project;
import dk.kodetrae.search.SearchRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random edits of coded documents (seeded, so a failure repeats): after each, every coding the edit did not flag
 * covers the same characters as before, every coding is accounted for (kept, moved, flagged or reported removed),
 * every flagged one covers the text the edit put there, and the index finds each word an edit wrote and no longer
 * finds a word it deleted from the last text that held it.
 */
class RandomisedEditTest {
    private static final long SEED = 20261208L;
    private static final int EDITS = 80;
    /** Pieces of inserted text: Danish letters, an emoji, line breaks and speaker tags, so turns change too. */
    private static final String[] PIECES = {"æble", "Søren", "på Åløkke", " 😊 ", "\n\nR: ", "\n\nI: ", ". ", ", ",
        "ikke", "\n", "ø", "🙂🙂", " og "};
    /** Letters no Danish suffix rule strips, so that a written word is found by itself alone. */
    private static final String LETTERS = "bcfhjmpvwz";

    @TempDir
    Path dir;

    @Test
    void randomEdits_keepEveryUnflaggedCodingsText_andTheIndexInStepWithTheText() {
        Random random = new Random(SEED);
        try (Project p = CodedFixture.open(dir)) {
            List<Document> documents = p.corpus().documents();
            long code = CodedFixture.code(p, "sanktioner").id();
            for (Document d : documents) {
                codeRandomly(p, random, d.id(), code, 25);
            }
            Set<String> written = new TreeSet<>();
            for (int i = 0; i < EDITS; i++) {
                long doc = documents.get(random.nextInt(documents.size())).id();
                String word = word(i);
                List<Replacement> edit = randomEdit(random, p.corpus().text(doc), word);
                check(p, doc, edit, word, written);
                if (i % 10 == 0) {
                    codeRandomly(p, random, doc, code, 5);
                }
            }
        }
    }

    private void check(Project p, long doc, List<Replacement> edit, String word, Set<String> written) {
        String before = p.corpus().text(doc);
        Map<Long, String> texts = new HashMap<>();
        for (Coding k : p.codings().forDocument(doc)) {
            texts.put(k.id(), before.substring(k.span().start(), k.span().end()));
        }
        Revision r;
        try {
            r = p.revisions().edit(doc, edit, "ane");
        } catch (RevisionException refused) {
            assertEquals(before, p.corpus().text(doc), "a refused edit changes nothing: " + refused.getMessage());
            return;
        }
        String after = p.corpus().text(doc);
        Map<Long, Integer> flagged = p.codings().flagged(doc);
        Set<Long> accounted = new HashSet<>();
        for (Followed f : r.codings()) {
            accounted.add(f.codingId());
            switch (f.fate()) {
                case KEPT, MOVED -> assertEquals(texts.get(f.codingId()), slice(after, f.after()),
                        "coding " + f.codingId() + " after " + edit);
                case FLAGGED -> assertEquals(r.version(), flagged.get(f.codingId()));
                case REMOVED -> assertTrue(p.codings().get(f.codingId()).isEmpty());
            }
            if (f.fate() != Followed.Fate.REMOVED) {
                assertEquals(f.after(), p.codings().get(f.codingId()).orElseThrow().span());
            }
        }
        assertEquals(texts.keySet(), accounted, "every coding is accounted for");
        for (Coding k : p.codings().forDocument(doc)) {
            if (!Integer.valueOf(r.version()).equals(flagged.get(k.id()))) {
                assertEquals(texts.get(k.id()), slice(after, k.span()), "unflagged coding " + k.id());
            }
        }
        if (after.contains(word)) {
            written.add(word);
            assertTrue(hits(p, word) > 0, word + " was written and must be found");
        }
        for (Replacement rep : edit) {
            for (String gone : written) {
                if (before.substring(rep.start(), rep.end()).contains(gone) && !inAnyText(p, gone)) {
                    assertEquals(0, hits(p, gone), gone + " was deleted from the last text that held it");
                }
            }
        }
    }

    private static String slice(String text, Span span) {
        return text.substring(span.start(), span.end());
    }

    private static int hits(Project p, String word) {
        return p.index().search(SearchRequest.of(word)).total();
    }

    private static boolean inAnyText(Project p, String word) {
        Pattern whole = Pattern.compile("(?<![\\p{L}\\p{N}])" + word + "(?![\\p{L}\\p{N}])");
        return p.corpus().documents().stream().anyMatch(d -> whole.matcher(p.corpus().text(d.id())).find());
    }

    /** A word no text has, made of letters no stemming touches: qz, the edit's number in letters, x. */
    private static String word(int i) {
        StringBuilder out = new StringBuilder("qz");
        for (char digit : Integer.toString(i).toCharArray()) {
            out.append(LETTERS.charAt(digit - '0'));
        }
        return out.append('x').toString();
    }

    private static List<Replacement> randomEdit(Random random, String text, String word) {
        int n = 1 + random.nextInt(3);
        TreeSet<Integer> cuts = new TreeSet<>();
        while (cuts.size() < 2 * n) {
            cuts.add(boundary(text, random.nextInt(text.length() + 1)));
        }
        List<Integer> at = new ArrayList<>(cuts);
        List<Replacement> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int start = at.get(2 * i);
            int end = random.nextInt(4) == 0 ? start : at.get(2 * i + 1);
            StringBuilder inserted = new StringBuilder();
            for (int k = random.nextInt(3); k > 0; k--) {
                inserted.append(PIECES[random.nextInt(PIECES.length)]);
            }
            if (i == 0) {
                inserted.append(' ').append(word).append(' ');
            }
            out.add(new Replacement(start, end, inserted.toString()));
        }
        return out;
    }

    /** Moves an offset off the middle of a surrogate pair. */
    private static int boundary(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))
                ? offset - 1 : offset;
    }

    private static void codeRandomly(Project p, Random random, long doc, long code, int n) {
        String text = p.corpus().text(doc);
        List<Codings.Passage> passages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int a = boundary(text, random.nextInt(text.length()));
            int b = boundary(text, Math.min(text.length(), a + 1 + random.nextInt(60)));
            if (b > a) {
                passages.add(new Codings.Passage(doc, new Span(a, b)));
            }
        }
        p.codings().addAll(code, passages, random.nextBoolean() ? "ane" : "bo");
    }
}
