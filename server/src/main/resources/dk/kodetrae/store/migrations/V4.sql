-- Version 4: turns and sentences are keyed by their document and their place in it, in tables without rowids.
-- An import writes hundreds of thousands of these rows in one transaction. As rowid tables with a unique
-- (document_id, seq) index beside them (and an index on sentence.turn_id), each row went into two or three
-- B-trees; now it goes into one. A sentence names its turn by the turn's seq; no other table used the ids.
CREATE TABLE turn_v4 (
  document_id   INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
  seq           INTEGER NOT NULL,
  speaker       TEXT    NOT NULL,
  role          TEXT    NOT NULL CHECK (role IN ('interviewer', 'respondent', 'other')),
  timestamp     TEXT,
  line          INTEGER NOT NULL,
  start_offset  INTEGER NOT NULL,
  end_offset    INTEGER NOT NULL,
  CHECK (0 <= start_offset AND start_offset <= end_offset),
  PRIMARY KEY (document_id, seq)
) WITHOUT ROWID;
INSERT INTO turn_v4 SELECT document_id, seq, speaker, role, timestamp, line, start_offset, end_offset FROM turn;

CREATE TABLE sentence_v4 (
  document_id   INTEGER NOT NULL,
  seq           INTEGER NOT NULL,
  turn_seq      INTEGER NOT NULL,
  start_offset  INTEGER NOT NULL,
  end_offset    INTEGER NOT NULL,
  CHECK (0 <= start_offset AND start_offset < end_offset),
  PRIMARY KEY (document_id, seq),
  FOREIGN KEY (document_id, turn_seq) REFERENCES turn_v4(document_id, seq) ON DELETE CASCADE
) WITHOUT ROWID;
INSERT INTO sentence_v4
  SELECT s.document_id, s.seq, t.seq, s.start_offset, s.end_offset FROM sentence s JOIN turn t ON t.id = s.turn_id;

DROP TABLE sentence;
DROP TABLE turn;
ALTER TABLE turn_v4 RENAME TO turn;
ALTER TABLE sentence_v4 RENAME TO sentence;
