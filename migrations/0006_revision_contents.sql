-- Each revision with everything its edition records beyond its title and items, so that the
-- index holds whole editions (Index::load) and kiv show needs no git: its numbers of
-- priorities and themes (kiv list reads them instead of counting the items of each), its
-- period, adoption date and provenance (the editions table keeps those of latest revisions
-- only).
ALTER TABLE revisions ADD COLUMN priorities INTEGER NOT NULL DEFAULT 0;
ALTER TABLE revisions ADD COLUMN themes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE revisions ADD COLUMN period_from INTEGER;
ALTER TABLE revisions ADD COLUMN period_to INTEGER;
ALTER TABLE revisions ADD COLUMN adopted TEXT;
ALTER TABLE revisions ADD COLUMN source_url TEXT;
ALTER TABLE revisions ADD COLUMN retrieved TEXT;
ALTER TABLE revisions ADD COLUMN note TEXT;

-- Only git has these: empty the index, and the store indexes its whole git history again when
-- it is next opened (Archive::open catches up from nothing).
DELETE FROM item_search;
DELETE FROM items;
DELETE FROM edition_titles;
DELETE FROM editions;
DELETE FROM links;
DELETE FROM revisions;
DELETE FROM index_state;
