-- Version 1: the corpus (documents, typed attributes, speaker turns, sentence units) and the change log.
-- Offsets are UTF-16 code-unit offsets into document.text, end exclusive (docs/OFFSETS.md).
CREATE TABLE document (
  id            INTEGER PRIMARY KEY,
  name          TEXT    NOT NULL UNIQUE,
  text          TEXT    NOT NULL,
  length        INTEGER NOT NULL,  -- UTF-16 code units (SQLite's length() counts code points)
  language      TEXT    NOT NULL,
  content_hash  TEXT    NOT NULL UNIQUE,
  source_file   TEXT    NOT NULL,
  imported_at   TEXT    NOT NULL
);

CREATE TABLE attribute (
  name  TEXT PRIMARY KEY,
  type  TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'boolean'))
);

CREATE TABLE document_attribute (
  document_id  INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
  attribute    TEXT    NOT NULL REFERENCES attribute(name) ON DELETE CASCADE,
  value        TEXT    NOT NULL,
  PRIMARY KEY (document_id, attribute)
);

CREATE TABLE turn (
  id            INTEGER PRIMARY KEY,
  document_id   INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
  seq           INTEGER NOT NULL,
  speaker       TEXT    NOT NULL,
  role          TEXT    NOT NULL CHECK (role IN ('interviewer', 'respondent', 'other')),
  timestamp     TEXT,
  line          INTEGER NOT NULL,
  start_offset  INTEGER NOT NULL,
  end_offset    INTEGER NOT NULL,
  CHECK (0 <= start_offset AND start_offset <= end_offset),
  UNIQUE (document_id, seq)
);

CREATE TABLE sentence (
  id            INTEGER PRIMARY KEY,
  document_id   INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
  turn_id       INTEGER NOT NULL REFERENCES turn(id) ON DELETE CASCADE,
  seq           INTEGER NOT NULL,
  start_offset  INTEGER NOT NULL,
  end_offset    INTEGER NOT NULL,
  CHECK (0 <= start_offset AND start_offset < end_offset),
  UNIQUE (document_id, seq)
);
CREATE INDEX sentence_by_turn ON sentence(turn_id);

CREATE TABLE change_log (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  at         TEXT    NOT NULL,
  actor      TEXT    NOT NULL,
  action     TEXT    NOT NULL,
  entity     TEXT    NOT NULL,
  entity_id  TEXT,
  detail     TEXT
);

CREATE TRIGGER change_log_is_append_only_update BEFORE UPDATE ON change_log
BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END;
CREATE TRIGGER change_log_is_append_only_delete BEFORE DELETE ON change_log
BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END;
