-- Version 9: independent coding rounds and consensus decisions (intercoder agreement).
-- A round names documents, a codebook (or some of its codes) and the coders taking part. While it is open
-- (closed_at NULL) each reader sees only their own codings of its documents and codes; show_auto says whether
-- auto codings stay visible. Package round writes these tables; package coding reads them on every coding read.

CREATE TABLE coding_round (
  id               INTEGER PRIMARY KEY,
  name             TEXT    NOT NULL,
  codebook_id      TEXT    NOT NULL REFERENCES codebook(id) ON DELETE CASCADE,
  show_auto        INTEGER NOT NULL DEFAULT 0 CHECK (show_auto IN (0, 1)),
  consensus_coder  TEXT    NOT NULL,
  opened_by        TEXT    NOT NULL,
  opened_at        TEXT    NOT NULL,
  closed_by        TEXT,
  closed_at        TEXT
);

CREATE TABLE coding_round_document (
  round_id     INTEGER NOT NULL REFERENCES coding_round(id) ON DELETE CASCADE,
  document_id  INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
  PRIMARY KEY (round_id, document_id)
) WITHOUT ROWID;

-- The codes a round is about; none means every code of its codebook.
CREATE TABLE coding_round_code (
  round_id  INTEGER NOT NULL REFERENCES coding_round(id) ON DELETE CASCADE,
  code_id   INTEGER NOT NULL REFERENCES code(id) ON DELETE CASCADE,
  PRIMARY KEY (round_id, code_id)
) WITHOUT ROWID;

CREATE TABLE coding_round_coder (
  round_id  INTEGER NOT NULL REFERENCES coding_round(id) ON DELETE CASCADE,
  coder     TEXT    NOT NULL,
  PRIMARY KEY (round_id, coder)
) WITHOUT ROWID;

-- How a disagreement was resolved: take one coder's coding, adjust the passage, or drop it. coding_id is the
-- consensus coder's coding the decision wrote (NULL for drop, or when an undo took it back).
CREATE TABLE consensus_decision (
  id           INTEGER PRIMARY KEY,
  round_id     INTEGER NOT NULL REFERENCES coding_round(id) ON DELETE CASCADE,
  document_id  INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
  code_id      INTEGER NOT NULL REFERENCES code(id) ON DELETE CASCADE,
  decision     TEXT    NOT NULL CHECK (decision IN ('take', 'adjust', 'drop')),
  taken_from   TEXT,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  coding_id    INTEGER,
  decided_by   TEXT    NOT NULL,
  decided_at   TEXT    NOT NULL
);
CREATE INDEX consensus_decision_by_round ON consensus_decision(round_id);
