-- Version 2: codebooks, codes (a tree), codings and memos.
CREATE TABLE codebook (
  id           TEXT PRIMARY KEY,
  name         TEXT NOT NULL,
  label        TEXT NOT NULL DEFAULT '',
  description  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE code (
  id           INTEGER PRIMARY KEY,
  codebook_id  TEXT    NOT NULL REFERENCES codebook(id) ON DELETE CASCADE,
  key          TEXT    NOT NULL,
  parent_id    INTEGER REFERENCES code(id) ON DELETE CASCADE,
  position     INTEGER NOT NULL DEFAULT 0,
  name         TEXT    NOT NULL,
  label        TEXT    NOT NULL DEFAULT '',
  color        TEXT    NOT NULL DEFAULT '#888888',
  description  TEXT    NOT NULL DEFAULT '',
  include_criteria  TEXT NOT NULL DEFAULT '',
  exclude_criteria  TEXT NOT NULL DEFAULT '',
  example      TEXT    NOT NULL DEFAULT '',
  rule_query   TEXT,
  rule_unit    TEXT    CHECK (rule_unit IN ('sentence', 'turn')),
  rule_speaker TEXT    CHECK (rule_speaker IN ('respondent', 'interviewer', 'any')),
  rule_version INTEGER NOT NULL DEFAULT 1,
  UNIQUE (codebook_id, key)
);

-- AUTOINCREMENT: an undone coding keeps its id for a redo, so ids must never be reused.
CREATE TABLE coding (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id   INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
  code_id       INTEGER NOT NULL REFERENCES code(id) ON DELETE CASCADE,
  start_offset  INTEGER NOT NULL,
  end_offset    INTEGER NOT NULL,
  coder         TEXT    NOT NULL,
  origin        TEXT    NOT NULL CHECK (origin IN ('manual', 'auto')),
  rule_query    TEXT,
  rule_version  INTEGER,
  created       TEXT    NOT NULL,
  CHECK (0 <= start_offset AND start_offset < end_offset)
);
CREATE INDEX coding_by_document ON coding(document_id, start_offset);
CREATE INDEX coding_by_code ON coding(code_id);

CREATE TABLE memo (
  id           INTEGER PRIMARY KEY,
  target_type  TEXT    NOT NULL CHECK (target_type IN ('code', 'document')),
  target_id    INTEGER NOT NULL,
  author       TEXT    NOT NULL,
  text         TEXT    NOT NULL,
  created      TEXT    NOT NULL,
  updated      TEXT    NOT NULL
);
CREATE INDEX memo_by_target ON memo(target_type, target_id);
