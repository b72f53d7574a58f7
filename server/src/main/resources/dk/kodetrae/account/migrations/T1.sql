-- team.db, the team server's own store: accounts and their sessions. Times are milliseconds since the epoch (UTC).
-- Names compare without regard to case, so "Anna" and "anna" cannot both exist and log in as each other's look-alike.
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  role TEXT NOT NULL CHECK (role IN ('admin', 'researcher', 'evaluator', 'report-writer')),
  -- Argon2id in the PHC string format: $argon2id$v=19$m=…,t=…,p=…$salt$hash
  password TEXT NOT NULL,
  created INTEGER NOT NULL,
  password_changed INTEGER NOT NULL
);

-- A session is known by the SHA-256 of its token only: a copy of this file logs nobody in.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created INTEGER NOT NULL,
  last_used INTEGER NOT NULL
);
CREATE INDEX sessions_by_user ON sessions(user_id);
