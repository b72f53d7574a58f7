package dk.kodetrae.coding;

import dk.kodetrae.codebook.CodingsOfCodes;
import dk.kodetrae.history.Recording;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/** The codings' side of merging and deleting codes, written here because this package owns the coding rows. */
final class CodeCodings implements CodingsOfCodes {
    @Override
    public int move(Connection c, long from, long into, Recording step) throws SQLException {
        int visible = 0;
        for (Coding k : CodingRows.selectAll(c, "code_id = ?", from)) {
            step.before(c, CodingRows.TABLE, k.id());
            CodingRows.setCode(c, k.id(), into);
            visible += k.rejected() ? 0 : 1;
        }
        return visible;
    }

    @Override
    public int delete(Connection c, Collection<Long> codes, Recording step) throws SQLException {
        int visible = 0;
        for (long code : codes) {
            List<Coding> codings = CodingRows.selectAll(c, "code_id = ?", code);
            for (Coding k : codings) {
                step.before(c, CodingRows.TABLE, k.id());
                CodingRows.delete(c, k.id());
                visible += k.rejected() ? 0 : 1;
            }
        }
        return visible;
    }
}
