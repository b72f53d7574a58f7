package dk.kodetrae.refiqda;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses the XML of a REFI-QDA file as untrusted input: a document type declaration is refused outright (so no
 * external entity, no entity expansion), external access is off and the JDK's secure-processing limits hold.
 * Elements are matched by local name, since exporters write several namespaces for the same format.
 */
final class SafeXml {
    private SafeXml() {
    }

    static Element parse(String file, byte[] bytes) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(null);
            Document document = builder.parse(new ByteArrayInputStream(bytes));
            return document.getDocumentElement();
        } catch (SAXParseException e) {
            throw new RefiQdaException(file, refusal(e) + " (line " + e.getLineNumber() + ")");
        } catch (SAXException | IOException e) {
            throw new RefiQdaException(file, refusal(e));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser supports secure processing", e);
        }
    }

    private static String refusal(Exception e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("DOCTYPE")
                ? "a DTD (<!DOCTYPE …>) is not allowed: REFI-QDA files have none, and entities can read files or"
                        + " expand without end"
                : "not well-formed XML: " + message;
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setExpandEntityReferences(false);
        f.setXIncludeAware(false);
        return f;
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    static Optional<Element> child(Element parent, String localName) {
        return children(parent, localName).stream().findFirst();
    }

    /** The element's text content of a child element, or empty when there is none or it is blank. */
    static Optional<String> childText(Element parent, String localName) {
        return child(parent, localName).map(Element::getTextContent).filter(t -> !t.isBlank());
    }

    /** An attribute's value, or empty when absent or blank. */
    static Optional<String> attribute(Element e, String name) {
        String value = e.getAttribute(name);
        return value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
