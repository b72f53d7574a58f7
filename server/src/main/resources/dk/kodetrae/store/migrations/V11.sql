-- Version 11: transcript edits with their versions, codings flagged by an edit, erasable change-log details, and
-- a generation counter of the tables the search index reflects.

-- A document's text may now be edited. Its current version number is kept with it (0: as imported); each edit is
-- one row here with what it replaced, so that any earlier version can be rebuilt from the current text by taking
-- the edits back, newest first. Deleting the document deletes its versions; they may also be purged on their own.
ALTER TABLE document ADD COLUMN version INTEGER NOT NULL DEFAULT 0;

CREATE TABLE document_version (
  document_id  INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
  version      INTEGER NOT NULL,  -- the version this edit made; the text before it is version - 1
  actor        TEXT    NOT NULL,
  at           TEXT    NOT NULL,
  edits        TEXT    NOT NULL,  -- JSON [{start, end, removed, inserted}], offsets into the text before the edit
  codings      TEXT    NOT NULL,  -- JSON [{id, before: [start, end], after: [start, end] or null, flagged}]
  PRIMARY KEY (document_id, version)
) WITHOUT ROWID;

-- The version whose edit overlapped a coding (its text changed under it): it is to be reviewed. NULL for every
-- coding whose text no edit touched; cleared when a coder adjusts or confirms the coding.
ALTER TABLE coding ADD COLUMN edited_in INTEGER;

-- The change log stays append-only, but the detail of an entry (where names and values were written) may be
-- erased, once, by the delete of what it was about: the row, its time, actor, action, entity and id stay.
ALTER TABLE change_log ADD COLUMN erased_at TEXT;
DROP TRIGGER change_log_is_append_only_update;
CREATE TRIGGER change_log_is_append_only_update BEFORE UPDATE ON change_log
WHEN NOT (OLD.erased_at IS NULL AND NEW.erased_at IS NOT NULL AND NEW.detail IS NULL
          AND NEW.seq = OLD.seq AND NEW.at = OLD.at AND NEW.actor = OLD.actor AND NEW.action = OLD.action
          AND NEW.entity = OLD.entity AND NEW.entity_id IS OLD.entity_id)
BEGIN SELECT RAISE(ABORT, 'change_log is append-only: only the detail of an entry may be erased, once'); END;

-- Every change of a row the search index reflects, made by Kodetræ or by anyone else with SQLite, counts up this
-- generation; the index keeps the generation it reflects in its commit data and is rebuilt when they differ.
-- Turns and sentences are only written with their document, so the triggers on document cover them; a trigger on
-- each of their rows would cost an import hundreds of thousands of updates.
CREATE TABLE store_generation (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  generation  INTEGER NOT NULL
);
INSERT INTO store_generation(id, generation) VALUES (1, 1);
CREATE TRIGGER generation_document_insert AFTER INSERT ON document
BEGIN UPDATE store_generation SET generation = generation + 1; END;
CREATE TRIGGER generation_document_update AFTER UPDATE ON document
BEGIN UPDATE store_generation SET generation = generation + 1; END;
CREATE TRIGGER generation_document_delete AFTER DELETE ON document
BEGIN UPDATE store_generation SET generation = generation + 1; END;
CREATE TRIGGER generation_attribute_insert AFTER INSERT ON document_attribute
BEGIN UPDATE store_generation SET generation = generation + 1; END;
CREATE TRIGGER generation_attribute_update AFTER UPDATE ON document_attribute
BEGIN UPDATE store_generation SET generation = generation + 1; END;
CREATE TRIGGER generation_attribute_delete AFTER DELETE ON document_attribute
BEGIN UPDATE store_generation SET generation = generation + 1; END;
