package dk.kodetrae.refiqda;

import dk.kodetrae.codebook.CodebookFile;
import dk.kodetrae.codebook.Codebooks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A REFI-QDA code tree as a Kodetræ codebook file: each code gets a key made from its name (unique in the book),
 * its colour as {@code #rrggbb} and its description; the file's code guids are kept by key.
 */
record CodeTree(CodebookFile file, Map<String, String> keyByGuid) {
    private static final Pattern SHORT_COLOR = Pattern.compile("#([0-9a-fA-F])([0-9a-fA-F])([0-9a-fA-F])");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    static CodeTree of(String id, String name, List<QdeProject.CodeNode> codes) {
        List<CodebookFile.Entry> entries = new ArrayList<>();
        Map<String, String> keys = new HashMap<>();
        Set<String> used = new HashSet<>();
        add(codes, null, entries, keys, used);
        return new CodeTree(new CodebookFile(CodebookFile.FORMAT, id, name, "", "", entries), keys);
    }

    private static void add(List<QdeProject.CodeNode> codes, String parent, List<CodebookFile.Entry> out,
                            Map<String, String> keys, Set<String> used) {
        for (QdeProject.CodeNode code : codes) {
            String name = code.name().isBlank() ? "(uden navn)" : code.name().strip();
            String key = unique(Codebooks.slug(name), used);
            CodeDescription d = CodeDescription.read(code.description());
            out.add(new CodebookFile.Entry(key, parent, name, d.label(), color(code.color()), d.description(),
                    d.include(), d.exclude(), d.example(), null));
            if (code.guid() != null) {
                keys.putIfAbsent(code.guid(), key);
            }
            add(code.children(), key, out, keys, used);
        }
    }

    /** A key unique in the book, within the 80 characters a key may have. */
    static String unique(String base, Set<String> used) {
        String key = base.length() > 70 ? base.substring(0, 70) : base;
        String candidate = key;
        for (int i = 2; !used.add(candidate); i++) {
            candidate = key + "-" + i;
        }
        return candidate;
    }

    private static String color(String raw) {
        if (raw == null) {
            return null;
        }
        var shortForm = SHORT_COLOR.matcher(raw);
        if (shortForm.matches()) {
            return ("#" + shortForm.group(1).repeat(2) + shortForm.group(2).repeat(2) + shortForm.group(3).repeat(2))
                    .toLowerCase(Locale.ROOT);
        }
        return COLOR.matcher(raw).matches() ? raw.toLowerCase(Locale.ROOT) : null;
    }
}
