package dk.kodetrae.agreement;

import dk.kodetrae.codebook.Code;
import dk.kodetrae.codebook.Codebooks;
import dk.kodetrae.corpus.Corpus;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.corpus.Sentence;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.corpus.Turn;
import dk.kodetrae.round.Round;
import dk.kodetrae.round.Rounds;
import dk.kodetrae.store.Store;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;

/**
 * Intercoder agreement of a project: the figures per code and overall ({@link #compute}) and the passages where the
 * coders differ ({@link #disagreements}). Reads only; safe to call from several threads.
 */
public final class Agreement {
    private final Store store;
    private final Corpus corpus;
    private final Codebooks codebooks;
    private final Rounds rounds;

    public Agreement(Store store, Corpus corpus, Codebooks codebooks, Rounds rounds) {
        this.store = store;
        this.corpus = corpus;
        this.codebooks = codebooks;
        this.rounds = rounds;
    }

    /**
     * The figures.
     *
     * @throws AgreementException 409 {@code agreement.roundOpen} while a round of these documents and coders is open
     */
    public Report compute(Request request) {
        List<Document> documents = documents(request.documents());
        refuseWhileBlind(documents, request.coders());
        List<Code> codes = request.codes().isEmpty() ? codebooks.codes(request.codebook())
                : request.codes().stream().map(codebooks::code).toList();
        Coded coded = Coded.load(store, documents, codes, request.coders(), request.codings());
        List<List<Span>> units = units(documents, request.unit());
        Coefficient[] alphaU = alphaU(coded);
        List<Report.CodeRow> rows = new ArrayList<>();
        Tally pooled = new Tally(request.coders().size());
        for (int k = 0; k < codes.size(); k++) {
            Tally t = tally(coded, k, units);
            pooled.addAll(t);
            int total = Arrays.stream(coded.uses[k]).sum();
            rows.add(new Report.CodeRow(codes.get(k).id(), codes.get(k).name(), uses(coded, k), total,
                    total < request.minimumUses(), Figures.of(t, request.coders(), alphaU[k])));
        }
        int all = rows.stream().mapToInt(Report.CodeRow::totalUses).sum();
        return new Report(request.unit(), request.coders(), documents.size(), characters(documents),
                request.codings().id(), request.minimumUses(), rows, new Report.Overall(all,
                all < request.minimumUses(), Figures.of(pooled, request.coders(), alphaU[codes.size()])),
                withoutCodings(coded));
    }

    /** The passages where the coders differ on one code. */
    public Disagreements disagreements(Disagreements.Request request) {
        Code code = codebooks.code(request.code());
        List<Document> documents = documents(request.documents());
        refuseWhileBlind(documents, request.coders());
        return new Disagreements(code.id(), code.name(), request.coders(), Differences.find(store, code, documents,
                request.coders(), request.codings(), corpus::text, request.context()));
    }

    /**
     * While a round is open its coders see only their own codings; figures and passages that compare them with each
     * other would show each what the others did. So two or more of an open round's coders are not compared on its
     * documents until it is closed.
     */
    private void refuseWhileBlind(List<Document> documents, List<String> coders) {
        Set<Long> ids = documents.stream().map(Document::id).collect(Collectors.toSet());
        for (Round r : rounds.list()) {
            boolean sameDocuments = r.documentIds().isEmpty() || r.documentIds().stream().anyMatch(ids::contains);
            long sameCoders = coders.stream().filter(r.coders()::contains).count();
            if (r.open() && sameDocuments && sameCoders >= 2) {
                throw AgreementException.conflict("agreement.roundOpen", "round '" + r.name() + "' (id " + r.id()
                        + ") is open, and its coders see only their own codings until it is closed: close it first",
                        "round", r.name(), "id", r.id());
            }
        }
    }

    private List<Document> documents(List<Long> ids) {
        if (ids.isEmpty()) {
            return corpus.documents();
        }
        List<Document> out = new ArrayList<>();
        for (long id : ids.stream().distinct().toList()) {
            out.add(corpus.document(id).orElseThrow(() -> AgreementException.notFound("agreement.document.notFound",
                    "no document with id " + id, "id", id)));
        }
        return out;
    }

    /** Per document the units of the request, or {@code null} per document for characters. */
    private List<List<Span>> units(List<Document> documents, Unit unit) {
        List<List<Span>> out = new ArrayList<>();
        for (Document d : documents) {
            out.add(switch (unit) {
                case CHARACTERS -> null;
                case SENTENCES -> corpus.sentences(d.id()).stream().map(Sentence::span).toList();
                case TURNS -> corpus.turns(d.id()).stream().map(Turn::span).toList();
            });
        }
        return out;
    }

    private static Tally tally(Coded coded, int code, List<List<Span>> units) {
        Tally t = new Tally(coded.coders.size());
        for (int d = 0; d < coded.documents.size(); d++) {
            if (units.get(d) == null) {
                Sweep.characters(coded.of(code, d), coded.documents.get(d).length(), t);
            } else {
                Sweep.units(coded.of(code, d), units.get(d), t);
            }
        }
        return t;
    }

    /**
     * αu per code, and over all codes at the end. One study per code: DKPro Agreement scans every unit of a study
     * for each category, and a code's αu depends on its own units only.
     */
    private static Coefficient[] alphaU(Coded coded) {
        List<Coefficient> out = new ArrayList<>();
        for (int k = 0; k < coded.codes.size(); k++) {
            out.add(Unitizing.of(study(coded, k)).category(k));
        }
        out.add(Unitizing.pooled(out));
        return out.toArray(Coefficient[]::new);
    }

    /** Each coder's stretches of one code as units of category {@code code}, the documents laid end to end. */
    private static UnitizingAnnotationStudy study(Coded coded, int code) {
        UnitizingAnnotationStudy study = Unitizing.study(coded.coders.size(), characters(coded.documents));
        long offset = 0;
        for (int d = 0; d < coded.documents.size(); d++) {
            Stretches[] byCoder = coded.of(code, d);
            for (int c = 0; c < byCoder.length; c++) {
                for (int i = 0; i < byCoder[c].size(); i++) {
                    study.addUnit(offset + byCoder[c].starts[i], byCoder[c].ends[i] - byCoder[c].starts[i], c, code);
                }
            }
            offset += coded.documents.get(d).length();
        }
        return study;
    }

    private static Map<String, Integer> uses(Coded coded, int code) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int c = 0; c < coded.coders.size(); c++) {
            out.put(coded.coders.get(c), coded.uses[code][c]);
        }
        return out;
    }

    private static List<String> withoutCodings(Coded coded) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < coded.coders.size(); c++) {
            int n = 0;
            for (int[] perCoder : coded.uses) {
                n += perCoder[c];
            }
            if (n == 0) {
                out.add(coded.coders.get(c));
            }
        }
        return out;
    }

    private static long characters(List<Document> documents) {
        return documents.stream().mapToLong(Document::length).sum();
    }
}
