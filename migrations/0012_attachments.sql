-- The attachments of each edition (kiv import --attach): SERIES/EDITION.attachments/
-- attachments.json as recorded, one row per attachment in the order attached, with the commit
-- that attached it. No store made before this migration has any.
CREATE TABLE attachments (
  series TEXT NOT NULL,
  edition TEXT NOT NULL,
  position INTEGER NOT NULL,  -- 1, 2, ... in the order attached
  name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  media_type TEXT NOT NULL,
  source_url TEXT,
  retrieved TEXT,
  note TEXT,
  commit_id TEXT NOT NULL,
  attached_at TEXT NOT NULL,
  attached_by TEXT NOT NULL,
  PRIMARY KEY (series, edition, position)
) WITHOUT ROWID;
