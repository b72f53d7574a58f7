package dk.kodetrae.coding;

import dk.kodetrae.corpus.Span;
import dk.kodetrae.store.Change;
import dk.kodetrae.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Codings read from another tool's project file, written inside the caller's transaction. */
public final class ImportedCodings {
    private final Store store;

    public ImportedCodings(Store store) {
        this.store = store;
    }

    /**
     * A coding read from another tool's file.
     *
     * @param guid the coding's stable UUID from the file, or null for a new one
     */
    public record ImportedCoding(long documentId, long codeId, Span span, String coder, String created, String guid) {
    }

    public List<Coding> insert(Connection c, String tool, List<ImportedCoding> imported, String actor)
            throws SQLException {
        List<Coding> out = new ArrayList<>();
        String now = store.clock().instant().toString();
        for (ImportedCoding k : imported) {
            Coding coding = CodingRows.insert(c, new Coding(0, k.documentId(), k.codeId(), k.span(), k.coder(),
                    Origin.MANUAL, null, null, k.created() == null ? now : k.created()));
            if (k.guid() != null) {
                try (PreparedStatement p = c.prepareStatement("UPDATE coding SET guid = ? WHERE id = ?")) {
                    p.setString(1, k.guid());
                    p.setLong(2, coding.id());
                    p.executeUpdate();
                }
            }
            out.add(coding);
        }
        store.logChange(c, new Change(actor, "import", "coding", null, out.size() + " codings imported from " + tool));
        return out;
    }
}
