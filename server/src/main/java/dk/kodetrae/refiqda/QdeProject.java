package dk.kodetrae.refiqda;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * What an import takes from a {@code project.qde} (or a {@code .qdc}): users, the code tree, variables and cases,
 * text sources with their selections and codings, and notes. Parsed from the XML by local names; media sources
 * are listed only so the report can say they were passed over.
 */
record QdeProject(String name, String origin, String creatingUser, Map<String, String> users, List<CodeNode> codes,
                  Map<String, Variable> variables, List<Case> cases, List<Source> sources, List<String> mediaSources,
                  List<Note> notes, List<Link> links) {

    /** A code and its sub-codes. */
    record CodeNode(String guid, String name, String color, String description, List<String> noteRefs,
                    List<CodeNode> children) {
    }

    /** A variable: {@code type} is the standard's typeOfVariable (Text, Boolean, Integer, Float, Date, DateTime). */
    record Variable(String guid, String name, String type) {
    }

    /** A variable's value on a source or a case. */
    record Value(String variableGuid, String value) {
    }

    /** A case: its variable values hold for every source it names. */
    record Case(String guid, String name, List<Value> values, List<String> sourceGuids) {
    }

    /**
     * A text source (or the text representation of a PDF source).
     *
     * @param plainTextPath {@code internal://<file>} or another path; null when the text is inline
     * @param inlineText    the {@code PlainTextContent}, or null
     */
    record Source(String guid, String name, String plainTextPath, String inlineText, String description,
                  List<Selection> selections, List<Value> values, List<String> noteRefs) {
    }

    /** A text selection with its codings; positions as the file gives them. */
    record Selection(String guid, String name, long start, long end, String creatingUser, String created,
                     String description, List<CodingRef> codings, List<String> noteRefs) {
    }

    /** One coding of a selection. */
    record CodingRef(String guid, String codeGuid, String creatingUser, String created) {
    }

    /** A note (memo). */
    record Note(String guid, String name, String text, String creatingUser, String created) {
    }

    /** A link between two objects (ATLAS.ti links memos to quotations this way). */
    record Link(String originGuid, String targetGuid) {
    }

    /** A GUID in one form: lowercase, without braces. */
    static String guid(String raw) {
        String g = raw.strip().toLowerCase(Locale.ROOT);
        return g.startsWith("{") && g.endsWith("}") ? g.substring(1, g.length() - 1) : g;
    }

    static QdeProject parse(String file, Element root) {
        if (!root.getLocalName().equals("Project")) {
            throw new RefiQdaException(file, "the root element is <" + root.getLocalName() + ">, not <Project>");
        }
        Map<String, String> users = new LinkedHashMap<>();
        SafeXml.child(root, "Users").ifPresent(us -> SafeXml.children(us, "User").forEach(u ->
                guidOf(u).ifPresent(g -> users.put(g, SafeXml.attribute(u, "name").orElse(g)))));
        List<CodeNode> codes = SafeXml.child(root, "CodeBook").map(QdeProject::codeTree).orElse(List.of());
        Map<String, Variable> variables = new LinkedHashMap<>();
        SafeXml.child(root, "Variables").ifPresent(vs -> SafeXml.children(vs, "Variable").forEach(v ->
                guidOf(v).ifPresent(g -> variables.put(g, new Variable(g, SafeXml.attribute(v, "name").orElse(g),
                        SafeXml.attribute(v, "typeOfVariable").orElse("Text"))))));
        List<Case> cases = new ArrayList<>();
        SafeXml.child(root, "Cases").ifPresent(cs -> SafeXml.children(cs, "Case").forEach(c -> cases.add(
                new Case(guidOf(c).orElse(""), SafeXml.attribute(c, "name").orElse(""), values(c),
                        refs(c, "SourceRef")))));
        List<Source> sources = new ArrayList<>();
        List<String> media = new ArrayList<>();
        SafeXml.child(root, "Sources").ifPresent(ss -> sources(ss, sources, media));
        List<Note> notes = new ArrayList<>();
        SafeXml.child(root, "Notes").ifPresent(ns -> SafeXml.children(ns, "Note").forEach(n -> note(n)
                .ifPresent(notes::add)));
        List<Link> links = new ArrayList<>();
        SafeXml.child(root, "Links").ifPresent(ls -> SafeXml.children(ls, "Link").forEach(l -> {
            Optional<String> from = SafeXml.attribute(l, "originGUID").map(QdeProject::guid);
            Optional<String> to = SafeXml.attribute(l, "targetGUID").map(QdeProject::guid);
            if (from.isPresent() && to.isPresent()) {
                links.add(new Link(from.get(), to.get()));
            }
        }));
        return new QdeProject(SafeXml.attribute(root, "name").orElse(""), SafeXml.attribute(root, "origin")
                .orElse("a REFI-QDA tool"), SafeXml.attribute(root, "creatingUserGUID").map(QdeProject::guid)
                .orElse(null), users, codes, variables, cases, sources, media, notes, links);
    }

    /** The codes of a {@code <CodeBook>} element (of a project or of a {@code .qdc} file). */
    static List<CodeNode> codeTree(Element codeBook) {
        return SafeXml.child(codeBook, "Codes").map(QdeProject::codes).orElse(List.of());
    }

    private static List<CodeNode> codes(Element parent) {
        List<CodeNode> out = new ArrayList<>();
        for (Element c : SafeXml.children(parent, "Code")) {
            out.add(new CodeNode(guidOf(c).orElse(null), SafeXml.attribute(c, "name").orElse(""),
                    SafeXml.attribute(c, "color").orElse(null), SafeXml.childText(c, "Description").orElse(""),
                    refs(c, "NoteRef"), codes(c)));
        }
        return out;
    }

    private static void sources(Element sources, List<Source> out, List<String> media) {
        for (Element s : SafeXml.children(sources, "TextSource")) {
            out.add(source(s, SafeXml.attribute(s, "name").orElse("")));
        }
        for (Element pdf : SafeXml.children(sources, "PDFSource")) {
            String name = SafeXml.attribute(pdf, "name").orElse("");
            Optional<Element> text = SafeXml.child(pdf, "Representation");
            if (text.isPresent()) {
                Source representation = source(text.get(), name);
                out.add(new Source(guidOf(pdf).orElse(representation.guid()), name, representation.plainTextPath(),
                        representation.inlineText(), representation.description(), representation.selections(),
                        values(pdf), refs(pdf, "NoteRef")));
            } else {
                media.add(name + " (a PDF without its text)");
            }
        }
        for (String kind : List.of("PictureSource", "AudioSource", "VideoSource")) {
            SafeXml.children(sources, kind).forEach(m -> media.add(SafeXml.attribute(m, "name").orElse("?")
                    + " (" + kind.replace("Source", "").toLowerCase(Locale.ROOT) + ")"));
        }
    }

    private static Source source(Element s, String name) {
        List<Selection> selections = new ArrayList<>();
        for (Element sel : SafeXml.children(s, "PlainTextSelection")) {
            selections.add(new Selection(guidOf(sel).orElse(""), SafeXml.attribute(sel, "name").orElse(""),
                    position(sel, "startPosition"), position(sel, "endPosition"),
                    SafeXml.attribute(sel, "creatingUser").map(QdeProject::guid).orElse(null),
                    SafeXml.attribute(sel, "creationDateTime").orElse(null),
                    SafeXml.childText(sel, "Description").orElse(null), codings(sel), refs(sel, "NoteRef")));
        }
        return new Source(guidOf(s).orElse(""), name, SafeXml.attribute(s, "plainTextPath").orElse(null),
                SafeXml.child(s, "PlainTextContent").map(Element::getTextContent).orElse(null),
                SafeXml.childText(s, "Description").orElse(null), selections, values(s), refs(s, "NoteRef"));
    }

    private static long position(Element e, String name) {
        try {
            return Long.parseLong(e.getAttribute(name).strip());
        } catch (NumberFormatException ex) {
            return -1;
        }
    }

    private static List<CodingRef> codings(Element selection) {
        List<CodingRef> out = new ArrayList<>();
        for (Element c : SafeXml.children(selection, "Coding")) {
            SafeXml.child(c, "CodeRef").flatMap(r -> SafeXml.attribute(r, "targetGUID")).ifPresent(code ->
                    out.add(new CodingRef(guidOf(c).orElse(null), guid(code),
                            SafeXml.attribute(c, "creatingUser").map(QdeProject::guid).orElse(null),
                            SafeXml.attribute(c, "creationDateTime").orElse(null))));
        }
        return out;
    }

    private static List<Value> values(Element owner) {
        List<Value> out = new ArrayList<>();
        for (Element v : SafeXml.children(owner, "VariableValue")) {
            Optional<String> variable = SafeXml.child(v, "VariableRef").flatMap(r -> SafeXml.attribute(r,
                    "targetGUID"));
            Optional<String> value = List.of("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue",
                    "DateTimeValue").stream().flatMap(k -> SafeXml.child(v, k).stream())
                    .map(Element::getTextContent).findFirst();
            if (variable.isPresent() && value.isPresent()) {
                out.add(new Value(guid(variable.get()), value.get().strip()));
            }
        }
        return out;
    }

    private static Optional<Note> note(Element n) {
        Optional<String> text = SafeXml.childText(n, "PlainTextContent").or(() -> SafeXml.childText(n,
                "Description"));
        return guidOf(n).flatMap(g -> text.map(t -> new Note(g, SafeXml.attribute(n, "name").orElse(""), t,
                SafeXml.attribute(n, "creatingUser").map(QdeProject::guid).orElse(null),
                SafeXml.attribute(n, "creationDateTime").orElse(null))));
    }

    private static List<String> refs(Element owner, String kind) {
        return SafeXml.children(owner, kind).stream().flatMap(r -> SafeXml.attribute(r, "targetGUID").stream())
                .map(QdeProject::guid).toList();
    }

    private static Optional<String> guidOf(Element e) {
        return SafeXml.attribute(e, "guid").map(QdeProject::guid);
    }
}
