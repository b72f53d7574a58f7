package dk.kodetrae.codebook;

import dk.kodetrae.history.About;
import dk.kodetrae.history.Action;
import dk.kodetrae.history.History;
import dk.kodetrae.history.Recording;
import dk.kodetrae.history.RowWriter;
import dk.kodetrae.history.UndoRefusedException;
import dk.kodetrae.message.Message;
import dk.kodetrae.search.QueryLanguage;
import dk.kodetrae.store.Change;
import dk.kodetrae.store.RowImage;
import dk.kodetrae.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The codebooks of a project, in its store. Every edit is one transaction with its change-log entry, so when a
 * method returns the edit is durable; an edit that would break the tree (unknown parent, a cycle, codes of
 * different codebooks) is refused and changes nothing. Adding, editing, moving, merging and deleting a code are steps
 * of the actor's undo history. Thread-safe.
 */
public final class Codebooks {
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final String CODE_COLUMNS = """
            id, codebook_id, key, parent_id, position, name, label, color, description, include_criteria,
            exclude_criteria, example, rule_query, rule_unit, rule_speaker, rule_version""";

    private static final String TABLE = "code";

    private final Store store;
    private final History history;
    private final CodingsOfCodes codings;
    private final QueryLanguage language = QueryLanguage.standard();

    /**
     * @param history where adding, editing, moving, merging and deleting codes are recorded for undo
     * @param codings what merging and deleting do to the codes' codings (the coding package writes those)
     */
    public Codebooks(Store store, History history, CodingsOfCodes codings) {
        this.store = store;
        this.history = history;
        this.codings = codings;
    }

    /** How the undo history writes code rows back; refuses to take a code away that has codings or sub-codes. */
    public static RowWriter rowWriter() {
        return (c, id, now, to) -> {
            if (now != null && to == null && (descendants(c, id).size() > 1 || countCodings(c, Set.of(id)) > 0)) {
                throw new UndoRefusedException("code '" + now.get("name") + "' has codings or sub-codes now");
            }
            RowImage.restore(c, TABLE, id, now, to);
        };
    }

    public List<Codebook> codebooks() {
        return store.read(c -> {
            List<Codebook> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT id, name, label, description FROM codebook ORDER BY name")) {
                while (r.next()) {
                    out.add(new Codebook(r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
                }
            }
            return out;
        });
    }

    /** The codes of one codebook in tree pre-order: each parent directly before its children, siblings by position. */
    public List<Code> codes(String codebookId) {
        List<Code> all = store.read(c -> query(c, "WHERE codebook_id = ?", codebookId));
        if (all.isEmpty() && codebooks().stream().noneMatch(b -> b.id().equals(codebookId))) {
            throw new CodeNotFoundException("codebook.notFound", "no codebook '" + codebookId + "'", "codebook", codebookId);
        }
        return preOrder(all);
    }

    /** Every code of every codebook, each codebook in tree pre-order. */
    public List<Code> allCodes() {
        return preOrder(store.read(c -> query(c, "", null)));
    }

    public Code code(long id) {
        return store.read(c -> code(c, id));
    }

    /** A code and all codes below it. */
    public Set<Long> withDescendants(long id) {
        return store.read(c -> descendants(c, id));
    }

    /** Loads a codebook file into the project: validated in full first, then stored in one transaction. */
    public Codebook load(CodebookFile file, String actor) {
        checkValid(file);
        return store.write(c -> {
            insert(c, file, null, Map.of(), actor);
            return new Codebook(file.id(), file.name(), nonNull(file.label()), nonNull(file.description()));
        });
    }

    /**
     * Stores a codebook file inside the caller's write transaction (see {@link Store#write}), for an import that
     * writes more than a codebook and must be all or nothing as a whole. Refused like {@link #load}.
     *
     * @param guid      the codebook's stable UUID, or null for a new one
     * @param codeGuids code key to the stable UUID it should get; codes not in it get a new one
     * @return the id given to each code, by key
     */
    public Map<String, Long> insert(Connection c, CodebookFile file, String guid, Map<String, String> codeGuids,
                                    String actor) throws SQLException {
        checkValid(file);
        if (exists(c, file.id())) {
            throw CodebookException.conflict("codebook.exists", "the project already has a codebook '" + file.id() + "'",
                    "codebook", file.id());
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO codebook(id, name, label, description, guid) VALUES (?,?,?,?,?)")) {
            p.setString(1, file.id());
            p.setString(2, file.name());
            p.setString(3, nonNull(file.label()));
            p.setString(4, nonNull(file.description()));
            p.setString(5, guid);
            p.executeUpdate();
        }
        Map<String, Long> ids = insertCodes(c, file, codeGuids);
        store.logChange(c, new Change(actor, "load", "codebook", file.id(), file.codes().size() + " codes"));
        return ids;
    }

    private void checkValid(CodebookFile file) {
        List<String> problems = CodebookValidator.problems(file, language);
        if (!problems.isEmpty()) {
            throw new CodebookException(Message.of("codebook.notValid", "codebook '" + file.id() + "' is not valid",
                    "codebook", file.id()), problems, false);
        }
    }

    /** The stable UUID of every code, by id. */
    public Map<Long, String> codeGuids() {
        return store.read(c -> guids(c, "SELECT id, guid FROM code"));
    }

    /** The stable UUID of a codebook. */
    public String guid(String codebookId) {
        codebook(codebookId);
        return store.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT guid FROM codebook WHERE id = ?")) {
                p.setString(1, codebookId);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? r.getString(1) : null;
                }
            }
        });
    }

    private static Map<Long, String> guids(Connection c, String sql) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.put(r.getLong(1), r.getString(2));
            }
        }
        return out;
    }

    private static Map<String, Long> insertCodes(Connection c, CodebookFile file, Map<String, String> guids)
            throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        Map<String, Integer> positions = new HashMap<>();
        for (CodebookFile.Entry e : file.codes()) {
            Long parent = e.parent() == null ? null : ids.get(e.parent());
            int position = positions.merge(String.valueOf(e.parent()), 1, Integer::sum) - 1;
            ids.put(e.id(), insertCode(c, file.id(), e.id(), parent, position, e, guids.get(e.id())));
        }
        return ids;
    }

    private static long insertCode(Connection c, String codebook, String key, Long parent, int position,
                                   CodebookFile.Entry e, String guid) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO code(codebook_id, key, parent_id, position, name, label, color, description,
                  include_criteria, exclude_criteria, example, rule_query, rule_unit, rule_speaker, guid)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id""")) {
            p.setString(1, codebook);
            p.setString(2, key);
            p.setObject(3, parent);
            p.setInt(4, position);
            p.setString(5, e.name());
            p.setString(6, nonNull(e.label()));
            p.setString(7, e.color() == null ? "#888888" : e.color().toLowerCase(Locale.ROOT));
            p.setString(8, nonNull(e.description()));
            p.setString(9, nonNull(e.include()));
            p.setString(10, nonNull(e.exclude()));
            p.setString(11, nonNull(e.example()));
            p.setString(12, e.rule() == null ? null : e.rule().query());
            p.setString(13, e.rule() == null ? null : e.rule().unit());
            p.setString(14, e.rule() == null ? null : e.rule().speaker());
            p.setString(15, guid);
            return Store.insertedId(p);
        }
    }

    /** One codebook of the project; refused (as not found) when there is none with that id. */
    public Codebook codebook(String codebookId) {
        return codebooks().stream().filter(b -> b.id().equals(codebookId)).findFirst()
                .orElseThrow(() -> new CodeNotFoundException("codebook.notFound", "no codebook '" + codebookId + "'", "codebook", codebookId));
    }

    /** The project's current codebook, in the file format. */
    public CodebookFile export(String codebookId) {
        Codebook book = codebook(codebookId);
        List<Code> codes = codes(codebookId);
        Map<Long, String> keys = new HashMap<>();
        codes.forEach(code -> keys.put(code.id(), code.key()));
        List<CodebookFile.Entry> entries = codes.stream().map(code -> new CodebookFile.Entry(code.key(),
                code.parentId() == null ? null : keys.get(code.parentId()), code.name(), code.label(), code.color(),
                code.description(), code.include(), code.exclude(), code.example(), code.rule())).toList();
        return new CodebookFile(CodebookFile.FORMAT, book.id(), book.name(), book.label(), book.description(), entries);
    }

    /** Adds a code (e.g. in vivo, named after a selection) under {@code parentId}, or at the top when null. */
    public Code add(String codebookId, Long parentId, String name, String color, String actor) {
        String cleanName = requireName(name);
        String cleanColor = color == null ? "#888888" : requireColor(color);
        return store.write(c -> {
            if (!exists(c, codebookId)) {
                throw new CodeNotFoundException("codebook.notFound", "no codebook '" + codebookId + "'", "codebook", codebookId);
            }
            if (parentId != null && !code(c, parentId).codebookId().equals(codebookId)) {
                throw CodebookException.invalid("code.parentElsewhere", "the parent code belongs to another codebook");
            }
            CodebookFile.Entry entry = new CodebookFile.Entry(null, null, cleanName, "", cleanColor, "", "", "", "", null);
            long id = insertCode(c, codebookId, uniqueKey(c, codebookId, cleanName), parentId,
                    nextPosition(c, codebookId, parentId), entry, null);
            store.logChange(c, new Change(actor, "add", "code", Long.toString(id), cleanName));
            Recording step = history.record(actor, Action.CODE_ADD).about(About.code(cleanName));
            step.created(TABLE, id);
            step.finish(c);
            return code(c, id);
        });
    }

    /** Applies a partial edit: rename, recolour, describe, move, or change the rule (which bumps its version). */
    public Code edit(long id, CodeEdit edit, String actor) {
        if (edit.name() != null) {
            requireName(edit.name());
        }
        if (edit.color() != null) {
            requireColor(edit.color());
        }
        if (edit.rule() != null) {
            language.parse(edit.rule().query());
        }
        return store.write(c -> {
            Code before = code(c, id);
            Long parent = edit.parentId() == null ? before.parentId() : edit.parentId() == 0 ? null : edit.parentId();
            if (edit.parentId() != null) {
                checkMove(c, before, parent);
            }
            boolean ruleChanged = edit.rule() != null && !edit.rule().equals(before.rule());
            Recording step = history.record(actor, edit.movesOnly() ? Action.CODE_MOVE : Action.CODE_EDIT)
                    .about(About.code(before.name()));
            step.before(c, TABLE, id);
            update(c, before, edit, parent, ruleChanged);
            store.logChange(c, new Change(actor, "edit", "code", Long.toString(id), describe(edit)));
            step.finish(c);
            return code(c, id);
        });
    }

    private void checkMove(Connection c, Code code, Long newParent) throws SQLException {
        if (newParent == null) {
            return;
        }
        Code parent = code(c, newParent);
        if (!parent.codebookId().equals(code.codebookId())) {
            throw CodebookException.invalid("code.moveElsewhere", "cannot move a code into another codebook");
        }
        if (descendants(c, code.id()).contains(newParent)) {
            throw CodebookException.conflict("code.moveUnderItself",
                    "cannot move '" + code.name() + "' under itself or its own sub-code", "code", code.name());
        }
    }

    private static void update(Connection c, Code before, CodeEdit e, Long parent, boolean ruleChanged)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                UPDATE code SET name = ?, label = ?, color = ?, description = ?, include_criteria = ?,
                  exclude_criteria = ?, example = ?, parent_id = ?, position = ?, rule_query = ?, rule_unit = ?,
                  rule_speaker = ?, rule_version = ? WHERE id = ?""")) {
            Rule rule = e.rule() == null ? before.rule() : e.rule();
            p.setString(1, or(e.name(), before.name()).strip());
            p.setString(2, or(e.label(), before.label()));
            p.setString(3, or(e.color(), before.color()).toLowerCase(Locale.ROOT));
            p.setString(4, or(e.description(), before.description()));
            p.setString(5, or(e.include(), before.include()));
            p.setString(6, or(e.exclude(), before.exclude()));
            p.setString(7, or(e.example(), before.example()));
            p.setObject(8, parent);
            p.setInt(9, e.position() == null ? before.position() : e.position());
            p.setString(10, rule == null ? null : rule.query());
            p.setString(11, rule == null ? null : rule.unit());
            p.setString(12, rule == null ? null : rule.speaker());
            p.setInt(13, before.ruleVersion() + (ruleChanged ? 1 : 0));
            p.setLong(14, before.id());
            p.executeUpdate();
        }
    }

    /** How much a delete would remove: codings (of the code and its sub-codes) and sub-codes. */
    public record Impact(int codings, int subcodes) {
    }

    public Impact impact(long id) {
        return store.read(c -> {
            Set<Long> subtree = descendants(c, id);
            return new Impact(countCodings(c, subtree), subtree.size() - 1);
        });
    }

    /**
     * Deletes a code, its sub-codes and all their codings (the coding package deletes those, in this transaction);
     * returns the number of codings deleted that were not rejected.
     */
    public int delete(long id, String actor) {
        return store.write(c -> {
            Code code = code(c, id);
            List<Long> subtree = new ArrayList<>(descendants(c, id));
            Recording step = history.record(actor, Action.CODE_DELETE);
            int deleted = codings.delete(c, subtree, step);
            // Children before parents: an undo writes the rows back in reverse, so each parent is there first.
            for (long member : subtree.reversed()) {
                step.before(c, TABLE, member);
            }
            execute(c, "DELETE FROM code WHERE id = ?", id);
            store.logChange(c, new Change(actor, "delete", "code", Long.toString(id),
                    code.name() + ": " + (subtree.size() - 1) + " sub-codes, " + deleted + " codings"));
            step.about(About.code(code.name()).withCount(deleted)).finish(c);
            return deleted;
        });
    }

    /**
     * Deletes a code, its sub-codes and all their codings for good, inside the caller's write transaction: as
     * {@link #delete} but not a step of anyone's undo history (a delete that must leave no trace cannot keep the rows
     * to write them back). The caller erases what else holds them.
     *
     * @return the codes deleted (the code and its sub-codes) with their names, and the codings deleted
     */
    public Removed deleteForGood(Connection c, long id, String actor) throws SQLException {
        Code code = code(c, id);
        List<Long> subtree = new ArrayList<>(descendants(c, id));
        List<String> names = new ArrayList<>();
        for (long member : subtree) {
            names.add(code(c, member).name());
        }
        int deleted = codings.delete(c, subtree, history.record(actor, Action.CODE_DELETE));
        execute(c, "DELETE FROM code WHERE id = ?", code.id());
        return new Removed(subtree, names, deleted);
    }

    /** What {@link #deleteForGood} deleted: code ids and names, and the number of codings that were not rejected. */
    public record Removed(List<Long> codes, List<String> names, int codings) {
    }

    /** Merges {@code from} into {@code into}: codings and sub-codes move to the survivor; returns codings moved. */
    public int merge(long from, long into, String actor) {
        return store.write(c -> {
            Code source = code(c, from);
            Code target = code(c, into);
            if (!source.codebookId().equals(target.codebookId())) {
                throw CodebookException.invalid("code.mergeElsewhere", "cannot merge codes of different codebooks");
            }
            if (descendants(c, from).contains(into)) {
                throw CodebookException.conflict("code.mergeIntoItself",
                        "cannot merge '" + source.name() + "' into its own sub-code or itself", "code", source.name());
            }
            Recording step = history.record(actor, Action.CODE_MERGE)
                    .about(new About(source.name(), null, target.name(), 0));
            int moved = codings.move(c, from, into, step);
            for (long child : children(c, from)) {
                step.before(c, TABLE, child);
            }
            step.before(c, TABLE, from);
            execute(c, "UPDATE code SET parent_id = ? WHERE parent_id = ?", into, from);
            execute(c, "DELETE FROM code WHERE id = ?", from);
            store.logChange(c, new Change(actor, "merge", "code", Long.toString(from),
                    source.name() + " into " + target.name() + " (" + into + "): " + moved + " codings"));
            step.about(new About(source.name(), null, target.name(), moved)).finish(c);
            return moved;
        });
    }

    private static int execute(Connection c, String sql, long a, long b) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, a);
            p.setLong(2, b);
            return p.executeUpdate();
        }
    }

    private static int execute(Connection c, String sql, long a) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, a);
            return p.executeUpdate();
        }
    }

    private static List<Long> children(Connection c, long id) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM code WHERE parent_id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getLong(1));
                }
            }
        }
        return out;
    }

    private static int countCodings(Connection c, Set<Long> codes) throws SQLException {
        int n = 0;
        try (PreparedStatement p = c.prepareStatement(
                "SELECT COUNT(*) FROM coding WHERE code_id = ? AND review <> 'rejected'")) {
            for (long id : codes) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    n += r.next() ? r.getInt(1) : 0;
                }
            }
        }
        return n;
    }

    static Set<Long> descendants(Connection c, long id) throws SQLException {
        Set<Long> out = new LinkedHashSet<>();
        try (PreparedStatement p = c.prepareStatement("""
                WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT code.id FROM code JOIN sub ON code.parent_id = sub.id)
                SELECT id FROM sub""")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getLong(1));
                }
            }
        }
        return out;
    }

    private static Code code(Connection c, long id) throws SQLException {
        List<Code> found = query(c, "WHERE id = ?", id);
        if (found.isEmpty()) {
            throw new CodeNotFoundException("code.notFound", "no code with id " + id, "code", id);
        }
        return found.getFirst();
    }

    private static List<Code> query(Connection c, String where, Object arg) throws SQLException {
        List<Code> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + CODE_COLUMNS + " FROM code " + where)) {
            if (arg != null) {
                p.setObject(1, arg);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(code(r));
                }
            }
        }
        return out;
    }

    private static Code code(ResultSet r) throws SQLException {
        long parentValue = r.getLong(4);
        Long parent = r.wasNull() ? null : parentValue;
        String query = r.getString(13);
        Rule rule = query == null ? null : new Rule(query, r.getString(14), r.getString(15));
        return new Code(r.getLong(1), r.getString(2), r.getString(3), parent, r.getInt(5),
                r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getString(11),
                r.getString(12), rule, r.getInt(16));
    }

    private static List<Code> preOrder(List<Code> codes) {
        Map<Long, List<Code>> children = new HashMap<>();
        for (Code code : codes) {
            children.computeIfAbsent(code.parentId() == null ? 0L : code.parentId(), k -> new ArrayList<>()).add(code);
        }
        children.values().forEach(list -> list.sort((a, b) -> a.position() != b.position()
                ? Integer.compare(a.position(), b.position()) : Long.compare(a.id(), b.id())));
        List<Code> out = new ArrayList<>();
        List<Code> roots = new ArrayList<>(children.getOrDefault(0L, List.of()));
        roots.sort((a, b) -> a.codebookId().compareTo(b.codebookId()) != 0 ? a.codebookId().compareTo(b.codebookId())
                : a.position() != b.position() ? Integer.compare(a.position(), b.position()) : Long.compare(a.id(), b.id()));
        for (Code root : roots) {
            visit(root, children, out);
        }
        return out;
    }

    private static void visit(Code code, Map<Long, List<Code>> children, List<Code> out) {
        out.add(code);
        for (Code child : children.getOrDefault(code.id(), List.of())) {
            visit(child, children, out);
        }
    }

    private static boolean exists(Connection c, String codebookId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM codebook WHERE id = ?")) {
            p.setString(1, codebookId);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    private static int nextPosition(Connection c, String codebookId, Long parentId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT COALESCE(MAX(position) + 1, 0) FROM code WHERE codebook_id = ? AND parent_id IS ?")) {
            p.setString(1, codebookId);
            p.setObject(2, parentId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        }
    }

    private static String uniqueKey(Connection c, String codebookId, String name) throws SQLException {
        String base = slug(name);
        Set<String> taken = new HashSet<>();
        try (PreparedStatement p = c.prepareStatement("SELECT key FROM code WHERE codebook_id = ? AND key LIKE ?")) {
            p.setString(1, codebookId);
            p.setString(2, base + "%");
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    taken.add(r.getString(1));
                }
            }
        }
        String key = base;
        for (int i = 2; taken.contains(key); i++) {
            key = base + "-" + i;
        }
        return key;
    }

    /** A stable ASCII id from a Danish name: æ→ae, ø→oe, å→aa, other accents dropped. */
    public static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        s = s.length() > 60 ? s.substring(0, 60) : s;
        return s.isEmpty() ? "kode" : s;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw CodebookException.invalid("code.nameLength", "a code name must have 1 to 200 characters", "max", 200);
        }
        return name.strip();
    }

    private static String requireColor(String color) {
        if (!COLOR.matcher(color).matches()) {
            throw CodebookException.invalid("code.colour", "a colour must be #rrggbb, got '" + color + "'", "got", color);
        }
        return color.toLowerCase(Locale.ROOT);
    }

    private static String describe(CodeEdit e) {
        List<String> parts = new ArrayList<>();
        if (e.name() != null) {
            parts.add("name=" + e.name());
        }
        if (e.color() != null) {
            parts.add("color=" + e.color());
        }
        if (e.parentId() != null) {
            parts.add("parent=" + e.parentId());
        }
        if (e.rule() != null) {
            parts.add("rule=" + e.rule().query());
        }
        if (e.description() != null || e.include() != null || e.exclude() != null || e.example() != null
                || e.label() != null) {
            parts.add("description");
        }
        return String.join(", ", parts);
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
