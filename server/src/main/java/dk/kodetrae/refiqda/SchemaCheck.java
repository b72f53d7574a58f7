package dk.kodetrae.refiqda;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates exported XML against a REFI-QDA schema file with the JDK's validator: secure processing on and no
 * external access, so neither the schema nor the document can reach beyond the given file.
 */
public final class SchemaCheck {
    private final Schema schema;

    private SchemaCheck(Schema schema) {
        this.schema = schema;
    }

    public static SchemaCheck of(Path xsd) {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return new SchemaCheck(f.newSchema(xsd.toFile()));
        } catch (SAXException e) {
            throw new IllegalArgumentException("cannot read the schema " + xsd + ": " + e.getMessage(), e);
        }
    }

    /** Every violation of the schema, each with its line; empty when the document is valid. */
    public List<String> problems(byte[] xml) {
        List<String> out = new ArrayList<>();
        try {
            Validator v = schema.newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // Warnings do not make a document invalid.
                }

                @Override
                public void error(SAXParseException e) {
                    out.add("line " + e.getLineNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    out.add("line " + e.getLineNumber() + ": " + e.getMessage());
                }
            });
            v.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            if (out.isEmpty()) {
                out.add(e.getMessage());
            }
        } catch (IOException e) {
            out.add("cannot read: " + e.getMessage());
        }
        return out;
    }

    /** The {@code project.qde} of an exported package. */
    public static byte[] projectXml(byte[] qdpx) {
        return QdpxArchive.read("export", qdpx, new QdpxArchive.Limits(Long.MAX_VALUE, Long.MAX_VALUE,
                Integer.MAX_VALUE)).qde();
    }
}
