package dk.kodetrae.transcript;

import dk.kodetrae.corpus.Sentence;
import dk.kodetrae.corpus.SpeakerRole;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.corpus.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds speaker turns and sentence units in a normalised transcript. A turn starts at a line with a speaker tag
 * and runs until the next one; its span covers the spoken text only. Sentences never cross a line break or a
 * turn boundary.
 */
final class TranscriptParser {
    private final SpeakerTags tags;
    private final SentenceSplitter splitter;

    TranscriptParser(SpeakerTags tags, SentenceSplitter splitter) {
        this.tags = tags;
        this.splitter = splitter;
    }

    ParsedTranscript parse(String file, String text) {
        Builder b = new Builder(file);
        int lineStart = 0;
        int lineNo = 1;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            b.line(text, lineNo, lineStart, lineEnd);
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
            lineNo++;
        }
        b.closeTurn();
        if (b.turns.stream().noneMatch(t -> t.role() != SpeakerRole.OTHER) && !b.turns.isEmpty()) {
            b.warnings.add(ImportProblem.of(file, 0, "transcript.noSpeakerTags",
                    "no speaker tags found (e.g. 'I:' or 'R:'); the text is kept as untagged turns"));
        }
        List<Sentence> sentences = sentences(text, b.turns);
        return new ParsedTranscript(b.turns, sentences, b.warnings);
    }

    private List<Sentence> sentences(String text, List<Turn> turns) {
        List<Sentence> out = new ArrayList<>();
        SentenceSplitter.Detector detector = splitter.detector();
        for (Turn turn : turns) {
            int pos = turn.span().start();
            while (pos < turn.span().end()) {
                int nl = text.indexOf('\n', pos);
                int end = nl < 0 || nl > turn.span().end() ? turn.span().end() : nl;
                for (Span s : detector.split(text.substring(pos, end))) {
                    out.add(new Sentence(out.size(), turn.seq(), s.shift(pos)));
                }
                pos = end + 1;
            }
        }
        return out;
    }

    /** Accumulates turns line by line. */
    private final class Builder {
        /** A tag has been seen but its text has not started yet. */
        static final int AWAITING_TEXT = -2;
        final String file;
        final List<Turn> turns = new ArrayList<>();
        final List<ImportProblem> warnings = new ArrayList<>();
        SpeakerTags.Tag open;
        int openLine;
        int contentStart = -1;
        int contentEnd = -1;

        Builder(String file) {
            this.file = file;
        }

        void line(String text, int lineNo, int start, int end) {
            String line = text.substring(start, end);
            Optional<SpeakerTags.Tag> tag = tags.match(line);
            if (tag.isPresent()) {
                closeTurn();
                open = tag.get();
                openLine = lineNo;
                contentStart = AWAITING_TEXT;
                content(text, start + open.contentStart(), end);
                return;
            }
            if (line.isBlank()) {
                return;
            }
            if (open == null && contentStart == -1) {
                openLine = lineNo;
                if (turns.isEmpty()) {
                    warnings.add(ImportProblem.of(file, lineNo, "transcript.textBeforeTag", "text before the first speaker tag"));
                }
            }
            content(text, start, end);
        }

        private void content(String text, int from, int to) {
            int s = from;
            int e = to;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s == e) {
                return;
            }
            if (contentStart < 0) {
                contentStart = s;
            }
            contentEnd = e;
        }

        void closeTurn() {
            if (open == null && contentStart < 0) {
                return;
            }
            if (contentStart < 0) {
                warnings.add(ImportProblem.of(file, openLine, "transcript.emptyTurn",
                        "speaker tag '" + open.speaker() + "' without text", "speaker", open.speaker()));
            } else {
                String speaker = open == null ? "" : open.speaker();
                SpeakerRole role = open == null ? SpeakerRole.OTHER : open.role();
                String timestamp = open == null ? null : open.timestamp();
                turns.add(new Turn(turns.size(), speaker, role, timestamp, openLine,
                        new Span(contentStart, contentEnd)));
            }
            open = null;
            contentStart = -1;
            contentEnd = -1;
        }
    }

    record ParsedTranscript(List<Turn> turns, List<Sentence> sentences, List<ImportProblem> warnings) {
    }
}
