package dk.kodetrae.refiqda;

import dk.kodetrae.codebook.Code;
import dk.kodetrae.coding.Coding;
import dk.kodetrae.corpus.Attribute;
import dk.kodetrae.corpus.AttributeType;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.memo.Memos;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes {@code project.qde} and {@code .qdc} XML as the QDA-XML 1.0 schemas order it. Positions are written in
 * code points, as the standard counts them.
 */
final class QdeWriter {
    static final String PROJECT_NS = "urn:QDA-XML:project:1.0";
    static final String CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";

    private final XMLStreamWriter xml;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private QdeWriter(String namespace, String root) throws XMLStreamException {
        xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(namespace);
        xml.writeStartElement(namespace, root);
        xml.writeDefaultNamespace(namespace);
    }

    /** What a project export holds: everything read from the project before writing. */
    record ProjectContent(String name, String creator, String created, List<Document> documents,
                          Map<Long, String> texts, Map<Long, String> documentGuids, List<Attribute> attributes,
                          List<Code> codes, Map<Long, String> codeGuids, List<Coding> codings,
                          Map<Long, String> codingGuids, List<Memos.Guided> memos) {
    }

    static byte[] project(ProjectContent p) {
        try {
            QdeWriter w = new QdeWriter(PROJECT_NS, "Project");
            w.xml.writeAttribute("name", p.name());
            w.xml.writeAttribute("origin", "Kodetræ");
            w.xml.writeAttribute("creatingUserGUID", Guids.named("coder", p.creator()));
            w.xml.writeAttribute("creationDateTime", p.created());
            w.users(p);
            if (!p.codes().isEmpty()) {
                w.start("CodeBook");
                w.codes(p.codes(), p.codeGuids(), code -> notesOn(p, "code", code.id()));
                w.end();
            }
            w.variables(p.attributes());
            w.sources(p);
            w.notes(p);
            return w.finish();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to memory cannot fail", e);
        }
    }

    static byte[] codebook(List<Code> codes, Map<Long, String> guids) {
        try {
            QdeWriter w = new QdeWriter(CODEBOOK_NS, "CodeBook");
            w.xml.writeAttribute("origin", "Kodetræ");
            w.codes(codes, guids, code -> List.of());
            return w.finish();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to memory cannot fail", e);
        }
    }

    private byte[] finish() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toByteArray();
    }

    private void start(String element) throws XMLStreamException {
        xml.writeStartElement(element);
    }

    private void end() throws XMLStreamException {
        xml.writeEndElement();
    }

    private void empty(String element, String... attributes) throws XMLStreamException {
        xml.writeEmptyElement(element);
        for (int i = 0; i < attributes.length; i += 2) {
            xml.writeAttribute(attributes[i], attributes[i + 1]);
        }
    }

    private void text(String element, String text) throws XMLStreamException {
        start(element);
        xml.writeCharacters(text);
        end();
    }

    private void users(ProjectContent p) throws XMLStreamException {
        List<String> names = new ArrayList<>();
        names.add(p.creator());
        p.codings().forEach(c -> names.add(c.coder()));
        p.memos().forEach(m -> names.add(m.memo().author()));
        start("Users");
        for (String name : names.stream().distinct().sorted().toList()) {
            empty("User", "guid", Guids.named("coder", name), "name", name);
        }
        end();
    }

    /** The code tree: children nested in their parent, in the pre-order the codebook lists them. */
    private void codes(List<Code> codes, Map<Long, String> guids, Function<Code, List<String>> noteRefs)
            throws XMLStreamException {
        Map<Long, List<Code>> children = new HashMap<>();
        List<Code> roots = new ArrayList<>();
        for (Code c : codes) {
            if (c.parentId() == null) {
                roots.add(c);
            } else {
                children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            }
        }
        start("Codes");
        for (Code root : roots) {
            code(root, children, guids, noteRefs);
        }
        end();
    }

    private void code(Code c, Map<Long, List<Code>> children, Map<Long, String> guids,
                      Function<Code, List<String>> noteRefs) throws XMLStreamException {
        start("Code");
        xml.writeAttribute("guid", guids.get(c.id()));
        xml.writeAttribute("name", c.name());
        xml.writeAttribute("isCodable", "true");
        xml.writeAttribute("color", c.color());
        String description = new CodeDescription(c.description(), c.label(), c.include(), c.exclude(), c.example())
                .write();
        if (!description.isBlank()) {
            text("Description", description);
        }
        for (String note : noteRefs.apply(c)) {
            empty("NoteRef", "targetGUID", note);
        }
        for (Code child : children.getOrDefault(c.id(), List.of())) {
            code(child, children, guids, noteRefs);
        }
        end();
    }

    private void variables(List<Attribute> attributes) throws XMLStreamException {
        if (attributes.isEmpty()) {
            return;
        }
        start("Variables");
        for (Attribute a : attributes) {
            empty("Variable", "guid", Guids.named("attribute", a.name()), "name", a.name(), "typeOfVariable",
                    variableType(a.type()));
        }
        end();
    }

    private static String variableType(AttributeType type) {
        return switch (type) {
            case TEXT -> "Text";
            case NUMBER -> "Float";
            case DATE -> "Date";
            case BOOLEAN -> "Boolean";
        };
    }

    private void sources(ProjectContent p) throws XMLStreamException {
        if (p.documents().isEmpty()) {
            return;
        }
        Map<Long, List<Coding>> byDocument = new HashMap<>();
        p.codings().forEach(c -> byDocument.computeIfAbsent(c.documentId(), k -> new ArrayList<>()).add(c));
        Map<String, AttributeType> types = new HashMap<>();
        p.attributes().forEach(a -> types.put(a.name(), a.type()));
        start("Sources");
        for (Document d : p.documents()) {
            String guid = p.documentGuids().get(d.id());
            start("TextSource");
            xml.writeAttribute("guid", guid);
            xml.writeAttribute("name", d.name());
            xml.writeAttribute("plainTextPath", "internal://" + guid + ".txt");
            String text = p.texts().get(d.id());
            for (Coding c : byDocument.getOrDefault(d.id(), List.of())) {
                selection(p, text, c);
            }
            for (String note : notesOn(p, "document", d.id())) {
                empty("NoteRef", "targetGUID", note);
            }
            for (var e : d.attributes().entrySet()) {
                value(e.getKey(), types.getOrDefault(e.getKey(), AttributeType.TEXT), e.getValue());
            }
            end();
        }
        end();
    }

    /** One coding as a selection of its own, in code points; the selection's guid is derived from the coding's. */
    private void selection(ProjectContent p, String text, Coding c) throws XMLStreamException {
        String guid = p.codingGuids().get(c.id());
        String coder = Guids.named("coder", c.coder());
        start("PlainTextSelection");
        xml.writeAttribute("guid", Guids.named("selection", guid));
        xml.writeAttribute("name", excerpt(text.substring(c.span().start(), c.span().end())));
        xml.writeAttribute("startPosition", Integer.toString(text.codePointCount(0, c.span().start())));
        xml.writeAttribute("endPosition", Integer.toString(text.codePointCount(0, c.span().end())));
        xml.writeAttribute("creatingUser", coder);
        xml.writeAttribute("creationDateTime", c.created());
        start("Coding");
        xml.writeAttribute("guid", guid);
        xml.writeAttribute("creatingUser", coder);
        xml.writeAttribute("creationDateTime", c.created());
        empty("CodeRef", "targetGUID", p.codeGuids().get(c.codeId()));
        end();
        end();
    }

    /** A name for a selection or a note: its text on one line, cut at 60 characters. */
    static String excerpt(String quote) {
        String flat = quote.replaceAll("\\s+", " ").strip();
        return flat.codePointCount(0, flat.length()) <= 60 ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, 60)) + "…";
    }

    private void value(String attribute, AttributeType type, String value) throws XMLStreamException {
        start("VariableValue");
        empty("VariableRef", "targetGUID", Guids.named("attribute", attribute));
        switch (type) {
            case BOOLEAN -> text("BooleanValue", "ja".equals(value) ? "true" : "false");
            case NUMBER -> text("FloatValue", value);
            case DATE -> text("DateValue", value);
            case TEXT -> text("TextValue", value);
        }
        end();
    }

    private void notes(ProjectContent p) throws XMLStreamException {
        if (p.memos().isEmpty()) {
            return;
        }
        start("Notes");
        for (Memos.Guided m : p.memos()) {
            start("Note");
            xml.writeAttribute("guid", m.guid());
            xml.writeAttribute("name", excerpt(m.memo().text()));
            xml.writeAttribute("creatingUser", Guids.named("coder", m.memo().author()));
            xml.writeAttribute("creationDateTime", m.memo().created());
            text("PlainTextContent", m.memo().text());
            end();
        }
        end();
    }

    private static List<String> notesOn(ProjectContent p, String type, long id) {
        return p.memos().stream().filter(m -> m.memo().targetType().equals(type) && m.memo().targetId() == id)
                .map(Memos.Guided::guid).toList();
    }
}
