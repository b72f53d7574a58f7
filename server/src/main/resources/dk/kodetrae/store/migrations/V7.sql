-- Version 7: a stable UUID (guid) for every document, codebook, code, coding and memo.
-- REFI-QDA (.qdpx/.qdc) names each object by a GUID, and a project sent to another tool and back must keep them:
-- an export writes these, an import keeps the file's where they do not collide. Lowercase, without braces.
-- Existing rows get a random version-4 UUID here; a row inserted without one gets one from its trigger, so no
-- insert site can leave a row without a guid (one that knows the guid, such as an import, sets it itself).

ALTER TABLE document ADD COLUMN guid TEXT;
UPDATE document SET guid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
    || substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX document_by_guid ON document(guid);
CREATE TRIGGER document_gets_a_guid AFTER INSERT ON document WHEN NEW.guid IS NULL
BEGIN UPDATE document SET guid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
    || substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))
  WHERE rowid = NEW.rowid; END;

ALTER TABLE codebook ADD COLUMN guid TEXT;
UPDATE codebook SET guid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
    || substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX codebook_by_guid ON codebook(guid);
CREATE TRIGGER codebook_gets_a_guid AFTER INSERT ON codebook WHEN NEW.guid IS NULL
BEGIN UPDATE codebook SET guid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
    || substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))
  WHERE rowid = NEW.rowid; END;

ALTER TABLE code ADD COLUMN guid TEXT;
UPDATE code SET guid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
    || substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX code_by_guid ON code(guid);
CREATE TRIGGER code_gets_a_guid AFTER INSERT ON code WHEN NEW.guid IS NULL
BEGIN UPDATE code SET guid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
    || substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))
  WHERE rowid = NEW.rowid; END;

ALTER TABLE coding ADD COLUMN guid TEXT;
UPDATE coding SET guid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
    || substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX coding_by_guid ON coding(guid);
CREATE TRIGGER coding_gets_a_guid AFTER INSERT ON coding WHEN NEW.guid IS NULL
BEGIN UPDATE coding SET guid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
    || substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))
  WHERE rowid = NEW.rowid; END;

ALTER TABLE memo ADD COLUMN guid TEXT;
UPDATE memo SET guid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
    || substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX memo_by_guid ON memo(guid);
CREATE TRIGGER memo_gets_a_guid AFTER INSERT ON memo WHEN NEW.guid IS NULL
BEGIN UPDATE memo SET guid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
    || substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))
  WHERE rowid = NEW.rowid; END;
