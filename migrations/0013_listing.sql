-- What `kiv list` shows of each edition, kept on the edition's row, so that a listing reads one
-- row per edition and nothing else: its latest revision's number, its numbers of priorities
-- and themes, its languages (sorted, joined with ","), its title in its default language (nl
-- when it has one, else the first of its languages) and when it is in force. Every import sets
-- them with latest_revision; here they are filled from the rows the index already has.
ALTER TABLE editions ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE editions ADD COLUMN priorities INTEGER NOT NULL DEFAULT 0;
ALTER TABLE editions ADD COLUMN themes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE editions ADD COLUMN languages TEXT NOT NULL DEFAULT '';
ALTER TABLE editions ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE editions ADD COLUMN in_force_from TEXT;
ALTER TABLE editions ADD COLUMN in_force_to TEXT;
ALTER TABLE editions ADD COLUMN extended_to TEXT;
ALTER TABLE editions ADD COLUMN superseded_by TEXT;

UPDATE editions SET revision = r.revision, priorities = r.priorities, themes = r.themes,
  in_force_from = r.in_force_from, in_force_to = r.in_force_to, extended_to = r.extended_to,
  superseded_by = r.superseded_by
  FROM revisions r WHERE r.id = editions.latest_revision;

-- group_concat over a subquery in lang order (the order SQLite keeps from the subquery).
UPDATE editions SET
  languages = COALESCE((SELECT group_concat(lang, ',') FROM (SELECT lang FROM edition_titles
                         WHERE revision_id = editions.latest_revision ORDER BY lang)), ''),
  title = COALESCE((SELECT title FROM edition_titles
                     WHERE revision_id = editions.latest_revision AND lang = 'nl'),
                   (SELECT title FROM edition_titles
                     WHERE revision_id = editions.latest_revision ORDER BY lang LIMIT 1), '');
