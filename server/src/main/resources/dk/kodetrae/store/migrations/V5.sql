-- Version 5: a coding keeps where it came from (origin) apart from what a reviewer decided (review), and the undo
-- history covers every coder action, codebook edits included.
--
-- SQLite cannot change a CHECK constraint in place, so the coding table is built anew and its rows copied with their
-- ids. The old table kept one column for both facts: accepting an auto coding set origin = 'manual' and the
-- reviewer as coder, but left its rule_query behind, which a manual coding never has. So:
--   origin 'auto',   status 'active'                 → auto, unreviewed
--   origin 'auto',   status 'rejected'               → auto, rejected by its coder (the reviewer had become the coder)
--   origin 'manual', rule_query set (an accepted one) → auto, accepted by its coder (likewise)
--   origin 'manual', no rule_query                   → manual
-- For a reviewed coding, the time of the review is taken from the change-log entry of the accept or reject that
-- names its id; where none does, its creation time stands in. Who applied the rule is lost for reviewed codings
-- (the old accept and reject overwrote it): their coder is the reviewer.
--
-- Codings no longer vanish with their code or document by a cascade: the coding package deletes them itself,
-- in the same transaction, so that it stays the only writer of this table and every deletion can be undone.
CREATE TABLE coding_v5 (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: an undone coding keeps its id for a redo
  document_id   INTEGER NOT NULL REFERENCES document(id),
  code_id       INTEGER NOT NULL REFERENCES code(id),
  start_offset  INTEGER NOT NULL,
  end_offset    INTEGER NOT NULL,
  coder         TEXT    NOT NULL,  -- manual: who coded; auto: who applied the rule; imported: the coder named in the file
  origin        TEXT    NOT NULL CHECK (origin IN ('manual', 'auto', 'imported')),
  rule_query    TEXT,              -- auto only: the rule text as applied
  rule_version  INTEGER,           -- auto only: the rule's version when applied
  source        TEXT,              -- imported only: the tool it came from, e.g. 'NVivo'
  review        TEXT    NOT NULL CHECK (review IN ('none', 'unreviewed', 'accepted', 'rejected')),
  reviewer      TEXT,
  reviewed_at   TEXT,
  created       TEXT    NOT NULL,
  CHECK (0 <= start_offset AND start_offset < end_offset),
  CHECK ((origin = 'auto') = (rule_query IS NOT NULL AND rule_version IS NOT NULL)),
  CHECK ((origin = 'imported') = (source IS NOT NULL)),
  CHECK ((origin = 'auto') = (review <> 'none')),
  CHECK ((review IN ('accepted', 'rejected')) = (reviewer IS NOT NULL AND reviewed_at IS NOT NULL))
);

INSERT INTO coding_v5(id, document_id, code_id, start_offset, end_offset, coder, origin, rule_query, rule_version,
                      source, review, reviewer, reviewed_at, created)
SELECT k.id, k.document_id, k.code_id, k.start_offset, k.end_offset, k.coder,
       CASE WHEN k.origin = 'auto' OR k.rule_query IS NOT NULL THEN 'auto' ELSE 'manual' END,
       CASE WHEN k.origin = 'auto' OR k.rule_query IS NOT NULL THEN COALESCE(k.rule_query, '') END,
       CASE WHEN k.origin = 'auto' OR k.rule_query IS NOT NULL THEN COALESCE(k.rule_version, 1) END,
       NULL,
       CASE WHEN k.status = 'rejected' THEN 'rejected'
            WHEN k.origin = 'manual' AND k.rule_query IS NOT NULL THEN 'accepted'
            WHEN k.origin = 'auto' THEN 'unreviewed'
            ELSE 'none' END,
       CASE WHEN k.status = 'rejected' OR (k.origin = 'manual' AND k.rule_query IS NOT NULL) THEN k.coder END,
       CASE WHEN k.status = 'rejected' OR (k.origin = 'manual' AND k.rule_query IS NOT NULL) THEN
         COALESCE((SELECT MAX(l.at) FROM change_log l
                   WHERE l.entity = 'coding' AND l.action = CASE WHEN k.status = 'rejected' THEN 'reject' ELSE 'accept' END
                     AND (l.detail LIKE '%[' || k.id || ']%' OR l.detail LIKE '%[' || k.id || ',%'
                          OR l.detail LIKE '% ' || k.id || ',%' OR l.detail LIKE '% ' || k.id || ']%')),
                  k.created) END,
       k.created
FROM coding k;

-- AUTOINCREMENT's high-water mark moves with the rows: ids of deleted codings stay used.
DELETE FROM sqlite_sequence WHERE name = 'coding_v5';
INSERT INTO sqlite_sequence(name, seq) SELECT 'coding_v5', seq FROM sqlite_sequence WHERE name = 'coding';

DROP TABLE coding;
ALTER TABLE coding_v5 RENAME TO coding;
CREATE INDEX coding_by_document ON coding(document_id, start_offset);
CREATE INDEX coding_by_code ON coding(code_id);
CREATE INDEX coding_by_code_origin ON coding(code_id, origin, review);

-- The undo history: one row per coder action, with the rows it changed as they were before and after
-- (changes: JSON [{table, id, before, after}], a row as {column: value}, null where the row did not exist).
-- The steps of the old coding_history are not carried over: they held codings in the old, single-fact form, which
-- an undo would write back with the origin lost again.
DROP TABLE coding_history;
CREATE TABLE undo_step (
  seq      INTEGER PRIMARY KEY AUTOINCREMENT,
  actor    TEXT    NOT NULL,
  action   TEXT    NOT NULL,
  about    TEXT    NOT NULL,  -- JSON {code, document, into, count}: what the page names when it offers the step
  changes  TEXT    NOT NULL,
  state    TEXT    NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone', 'discarded'))
);
CREATE INDEX undo_step_by_actor ON undo_step(actor, state, seq);
