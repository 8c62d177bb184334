-- The number of priorities and themes of each revision, recorded with it, so that listing the
-- editions reads one row per edition instead of counting the items of each.
ALTER TABLE revisions ADD COLUMN priorities INTEGER NOT NULL DEFAULT 0;
ALTER TABLE revisions ADD COLUMN themes INTEGER NOT NULL DEFAULT 0;
UPDATE revisions SET
  priorities = (SELECT COUNT(DISTINCT rank) FROM items i
                WHERE i.revision_id = revisions.id AND i.section = 'priorities'),
  themes = (SELECT COUNT(DISTINCT rank) FROM items i
            WHERE i.revision_id = revisions.id AND i.section = 'themes');
