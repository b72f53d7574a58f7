// Codebooks and their codes, as GET /codebooks gives them (codes in tree pre-order), with look-ups by id and the
// codebook the user last worked in (localStorage), else the project's default codebook.

const CURRENT = 'kodetrae.codebook';

/** Wraps the /codebooks answer; defaultId is the project's default codebook (its settings). */
export function codebookIndex(codebooks, defaultId = null) {
  const byId = new Map();
  for (const book of codebooks) {
    for (const code of book.codes) {
      byId.set(code.id, code);
    }
  }
  return {
    codebooks,
    code: (id) => byId.get(Number(id)),
    book: (id) => codebooks.find((b) => b.id === id),
    /** The project's default codebook, or the first one. */
    standard() {
      return codebooks.find((b) => b.id === defaultId) || codebooks[0] || null;
    },
    /** The codebook last chosen in this browser, else the project's default. */
    current() {
      const saved = localStorage.getItem(CURRENT);
      return codebooks.find((b) => b.id === saved) || this.standard();
    },
    choose(id) {
      localStorage.setItem(CURRENT, id);
    },
    /** Depth of a code in its tree (0 = top). */
    depth(code) {
      let d = 0;
      for (let c = code; c && c.parentId; c = byId.get(c.parentId)) {
        d++;
      }
      return d;
    },
    /** "Organisering › Forankring" */
    path(code) {
      const names = [];
      for (let c = code; c; c = c.parentId ? byId.get(c.parentId) : null) {
        names.unshift(c.name);
      }
      return names.join(' › ');
    },
    /** The code and all its descendants. */
    subtree(code) {
      const book = codebooks.find((b) => b.id === code.codebookId);
      const ids = new Set([code.id]);
      for (const c of book.codes) {
        if (c.parentId && ids.has(c.parentId)) {
          ids.add(c.id);
        }
      }
      return book.codes.filter((c) => ids.has(c.id));
    },
  };
}

/** "#81aada" → "rgba(129, 170, 218, 0.3)". */
export function translucent(hex, alpha) {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex || '');
  if (!m) {
    return `rgba(128, 128, 128, ${alpha})`;
  }
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
