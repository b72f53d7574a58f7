-- Version 12: pseudonymisation. The key (original ↔ pseudonym) is never in the project: it is a file apart, and
-- the project keeps only where it is. What is kept here names no person: which documents have been pseudonymised
-- (when, by whom, how many replacements), and whether exports are restricted to those documents.
CREATE TABLE pseudonymised_document (
  document_id   INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
  applied_at    TEXT    NOT NULL,
  actor         TEXT    NOT NULL,
  replacements  INTEGER NOT NULL CHECK (replacements >= 0)
);

-- The path of the key file the researcher chose; no row: the default, beside the project folder.
CREATE TABLE pseudonym_key_file (
  id    INTEGER PRIMARY KEY CHECK (id = 1),
  path  TEXT    NOT NULL CHECK (length(trim(path)) > 0)
);

-- NULL: not set (exports take every document); 1: exports take pseudonymised documents only.
ALTER TABLE project_settings ADD COLUMN pseudonymised_exports_only INTEGER
  CHECK (pseudonymised_exports_only IN (0, 1));
