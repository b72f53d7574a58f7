-- Version 6: project settings, so that nothing of one study is written into the code. A project has at most one
-- row of settings; a missing row or a NULL column means "not set", and the readers fall back to a default.
-- Deleting the attribute or codebook a setting names clears the setting rather than leaving it dangling.
CREATE TABLE project_settings (
  id                    INTEGER PRIMARY KEY CHECK (id = 1),
  cluster_attribute     TEXT REFERENCES attribute(name) ON DELETE SET NULL,
  default_codebook      TEXT REFERENCES codebook(id) ON DELETE SET NULL,
  attribution_template  TEXT
);

-- The report wording of a group: interviews whose attribute has this value, e.g. ressourceteam = ja →
-- "Kommuner med ressourceteam". Used for the groups of a comparison and the group headings of every export.
CREATE TABLE group_label (
  attribute  TEXT NOT NULL REFERENCES attribute(name) ON DELETE CASCADE,
  value      TEXT NOT NULL,
  label      TEXT NOT NULL CHECK (length(trim(label)) > 0),
  PRIMARY KEY (attribute, value)
) WITHOUT ROWID;
