package dk.kodetrae.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dk.kodetrae.CodedFixture;
import dk.kodetrae.codebook.Code;
import dk.kodetrae.codebook.CodeNotFoundException;
import dk.kodetrae.codebook.CodebookException;
import dk.kodetrae.codebook.CodeEdit;
import dk.kodetrae.codebook.Rule;
import dk.kodetrae.coding.AutoCoder;
import dk.kodetrae.coding.Coding;
import dk.kodetrae.coding.CodingException;
import dk.kodetrae.coding.Codings;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.project.Project;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two coders take random actions (every kind: coding, review, auto-coding, codebook edits) and undo and redo at
 * random. The oracle knows nothing of how undo works: it takes the project's rows before and after each action, and
 * keeps per coder a stack of those differences. An undo must put back exactly the rows of the coder's last action as
 * they were before it and touch nothing else, so that with one coder the project equals the state recorded at that
 * point of the coder's history; it must refuse, changing nothing, when another coder changed one of those rows since
 * or when putting them back would leave a coding or a code pointing at a code that is gone.
 */
class RandomisedUndoTest {
    private static final long SEED = 18;
    private static final int STEPS = 2500;
    private static final List<String> CODERS = List.of("ane", "bo");
    private static final List<String> RULES = List.of("samarbejde", "sanktion", "mentor", "tid", "ikke");

    @TempDir
    Path dir;

    /** The rows one action changed: before and after, null where a row did not exist. */
    private record Diff(Map<String, Map<String, Object>> before, Map<String, Map<String, Object>> after) {
        static Diff between(Map<String, Map<String, Object>> a, Map<String, Map<String, Object>> b) {
            Map<String, Map<String, Object>> before = new TreeMap<>();
            Map<String, Map<String, Object>> after = new TreeMap<>();
            java.util.Set<String> keys = new java.util.TreeSet<>(a.keySet());
            keys.addAll(b.keySet());
            for (String k : keys) {
                if (!Objects.equals(a.get(k), b.get(k))) {
                    before.put(k, a.get(k));
                    after.put(k, b.get(k));
                }
            }
            return new Diff(before, after);
        }

        boolean isEmpty() {
            return before.isEmpty();
        }
    }

    private static final class Coder {
        final Deque<Diff> undo = new ArrayDeque<>();
        final Deque<Diff> redo = new ArrayDeque<>();
    }

    @Test
    void randomActionsOfTwoCoders_withUndoAndRedo_alwaysLeaveTheRecordedState() {
        Random random = new Random(SEED);
        try (Project p = CodedFixture.open(dir)) {
            Map<String, Coder> coders = new HashMap<>();
            CODERS.forEach(c -> coders.put(c, new Coder()));
            Map<String, Map<String, Object>> expected = ProjectRows.of(p);
            int undone = 0;
            int refused = 0;
            for (int step = 0; step < STEPS; step++) {
                String who = CODERS.get(random.nextInt(CODERS.size()));
                Coder coder = coders.get(who);
                int roll = random.nextInt(100);
                String what;
                if (roll < 22) {
                    what = "undo";
                    Outcome o = walk(p, who, coder.undo, coder.redo, expected, true);
                    expected = o.state();
                    undone += o.done() ? 1 : 0;
                    refused += o.refused() ? 1 : 0;
                } else if (roll < 34) {
                    what = "redo";
                    Outcome o = walk(p, who, coder.redo, coder.undo, expected, false);
                    expected = o.state();
                    refused += o.refused() ? 1 : 0;
                } else {
                    what = act(p, random, who, roll);
                    Map<String, Map<String, Object>> now = ProjectRows.of(p);
                    Diff diff = Diff.between(expected, now);
                    if (!diff.isEmpty()) {
                        coder.undo.push(diff);
                        coder.redo.clear();
                    }
                    expected = now;
                }
                assertEquals(expected, ProjectRows.of(p), "step " + step + ": " + who + " " + what);
            }
            assertTrue(undone > STEPS / 10, "the walk undid " + undone + " actions");
            assertTrue(refused > 0, "some undos met another coder's changes: " + refused);
        }
    }

    private record Outcome(Map<String, Map<String, Object>> state, boolean done, boolean refused) {
    }

    /** An undo (back) or redo: what the oracle expects, checked against what the project did. */
    private static Outcome walk(Project p, String who, Deque<Diff> from, Deque<Diff> to,
                                Map<String, Map<String, Object>> state, boolean back) {
        Diff diff = from.poll();
        if (diff == null) {
            Optional<Step> none = back ? p.codings().undo(who) : p.codings().redo(who);
            assertTrue(none.isEmpty(), "nothing to " + (back ? "undo" : "redo") + " for " + who + ", got " + none);
            return new Outcome(state, false, false);
        }
        Map<String, Map<String, Object>> expectNow = back ? diff.after() : diff.before();
        Map<String, Map<String, Object>> restore = back ? diff.before() : diff.after();
        boolean unchanged = expectNow.entrySet().stream().allMatch(e -> Objects.equals(state.get(e.getKey()), e.getValue()));
        Map<String, Map<String, Object>> next = new TreeMap<>(state);
        restore.forEach((k, v) -> {
            if (v == null) {
                next.remove(k);
            } else {
                next.put(k, v);
            }
        });
        boolean possible = unchanged && whole(next);
        try {
            Optional<Step> step = back ? p.codings().undo(who) : p.codings().redo(who);
            if (!possible) {
                fail((back ? "undo" : "redo") + " by " + who + " should have been refused: " + step);
            }
            assertTrue(step.isPresent());
            to.push(diff);
            return new Outcome(next, true, false);
        } catch (UndoRefusedException e) {
            if (possible) {
                fail((back ? "undo" : "redo") + " by " + who + " was refused but could be done: " + e.getMessage());
            }
            return new Outcome(state, false, true);
        }
    }

    /** No coding points at a missing code, no code at a missing parent. */
    private static boolean whole(Map<String, Map<String, Object>> rows) {
        for (Map<String, Object> row : rows.values()) {
            Object ref = row.containsKey("parent_id") ? row.get("parent_id") : row.get("code_id");
            if (ref != null && !rows.containsKey("code/" + ((Number) ref).longValue())) {
                return false;
            }
        }
        return true;
    }

    /** One random coder action; refusals of bad input count too (they change nothing). Returns its name. */
    private static String act(Project p, Random random, String who, int roll) {
        List<Code> codes = p.codebooks().codes("lille");
        List<Document> documents = p.corpus().documents();
        Document doc = documents.get(random.nextInt(documents.size()));
        Code code = codes.get(random.nextInt(codes.size()));
        Codings codings = p.codings();
        AutoCoder auto = p.autoCoder();
        List<Coding> existing = codings.forDocument(doc.id());
        try {
            if (roll < 48) {
                codings.add(doc.id(), code.id(), span(p, random, doc), who);
                return "add";
            } else if (roll < 54 && !existing.isEmpty()) {
                codings.remove(pick(random, existing).id(), who);
                return "remove";
            } else if (roll < 60 && !existing.isEmpty()) {
                codings.adjust(pick(random, existing).id(), span(p, random, doc), who);
                return "adjust";
            } else if (roll < 66 || roll >= 95) {
                List<Long> ids = auto.autoCodings(doc.id(), null);
                if (!ids.isEmpty()) {
                    List<Long> one = List.of(ids.get(random.nextInt(ids.size())));
                    return random.nextBoolean() ? "accept " + auto.accept(one, who) : "reject " + auto.reject(one, who);
                }
                return "review nothing";
            } else if (roll < 70) {
                List<Long> ids = auto.autoCodings(doc.id(), null);
                return random.nextBoolean() ? "accept all " + auto.accept(ids, who) : "reject all " + auto.reject(ids, who);
            } else if (roll < 76) {
                if (code.rule() == null) {
                    p.codebooks().edit(code.id(), CodeEdit.newRule(new Rule(pick(random, RULES), "sentence", "any")), who);
                    return "rule";
                }
                auto.apply(code.id(), who);
                return "autocode";
            } else if (roll < 82) {
                Long parent = random.nextBoolean() ? code.id() : null;
                p.codebooks().add("lille", parent, "Kode " + who + " " + random.nextInt(1_000_000) + " æøå", null, who);
                return "code add";
            } else if (roll < 86) {
                p.codebooks().edit(code.id(), random.nextBoolean() ? CodeEdit.rename(code.name() + "·")
                        : CodeEdit.newRule(new Rule(pick(random, RULES), "sentence", "respondent")), who);
                return "code edit";
            } else if (roll < 90) {
                p.codebooks().edit(code.id(), CodeEdit.move(random.nextBoolean() ? 0 : pick(random, codes).id(),
                        random.nextInt(3)), who);
                return "code move";
            } else if (roll < 93 && codes.size() > 5) {
                p.codebooks().merge(code.id(), pick(random, codes).id(), who);
                return "code merge";
            } else if (roll < 95 && codes.size() > 5) {
                p.codebooks().delete(code.id(), who);
                return "code delete";
            }
            return "nothing";
        } catch (CodingException | CodebookException | CodeNotFoundException refused) {
            return "refused: " + refused.getMessage();
        }
    }

    private static Span span(Project p, Random random, Document doc) {
        int length = p.corpus().text(doc.id()).length();
        int start = random.nextInt(length - 1);
        return new Span(start, start + 1 + random.nextInt(Math.min(80, length - start)));
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
