-- The subtopics of each item in each language, as a JSON array of strings ('[]' for none),
-- so that search and timelines read them from the index.
ALTER TABLE items ADD COLUMN subtopics TEXT NOT NULL DEFAULT '[]';

-- An index made before this migration has no subtopics: empty it, and the store indexes its
-- whole git history again when it is next opened (Store::open catches up from nothing).
DELETE FROM items;
DELETE FROM edition_titles;
DELETE FROM editions;
DELETE FROM revisions;
DELETE FROM index_state;
