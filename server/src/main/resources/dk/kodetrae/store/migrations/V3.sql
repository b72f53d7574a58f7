-- Version 3: review state of auto codings and the per-coder undo history of coding actions.
ALTER TABLE coding ADD COLUMN status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'rejected'));
CREATE INDEX coding_by_code_origin ON coding(code_id, origin, status);

CREATE TABLE coding_history (
  seq      INTEGER PRIMARY KEY AUTOINCREMENT,
  coder    TEXT    NOT NULL,
  action   TEXT    NOT NULL CHECK (action IN ('add', 'remove', 'adjust')),
  before   TEXT,            -- the coding before the action, JSON; NULL for add
  after    TEXT,            -- the coding after the action, JSON; NULL for remove
  state    TEXT    NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone', 'discarded'))
);
CREATE INDEX coding_history_by_coder ON coding_history(coder, state, seq);
