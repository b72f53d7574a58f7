-- Package team's tables in team.db: the projects of a team server, their members, and the audit log.
-- Times are milliseconds since the epoch (UTC), as in T1.

-- A project's files are in projects/<name>/; the name is its folder and its address (a header or ?project=), so it
-- is plain; the title is what people read and may be anything.
CREATE TABLE projects (
  name TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  created INTEGER NOT NULL,
  -- Set when an admin archives the project: its folder stays, nobody is served it.
  archived INTEGER
);

CREATE TABLE members (
  project TEXT NOT NULL REFERENCES projects(name),
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('admin', 'researcher', 'coder', 'evaluator', 'report-writer')),
  PRIMARY KEY (project, user_id)
);
CREATE INDEX members_by_user ON members(user_id);

-- Who did what that an admin must be able to account for: logins and failures, memberships, projects, exports,
-- deletions, settings. Names are kept as text so that the log outlives the accounts it names.
CREATE TABLE audit (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  address TEXT NOT NULL,
  action TEXT NOT NULL,
  project TEXT NOT NULL,
  detail TEXT NOT NULL
);

-- Append-only: not even the server's own code can change or remove an entry through SQLite.
CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_is_append_only_delete BEFORE DELETE ON audit
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
