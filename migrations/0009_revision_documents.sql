-- The document each revision was imported from, beyond its name and SHA-256 (revision.json's
-- "document"): the languages it gave (two-letter codes joined by ','; NULL: all, for
-- revisions recorded before kiv kept them), its media type, its size in bytes and the kiv
-- version that read it.
ALTER TABLE revisions ADD COLUMN document_languages TEXT;
ALTER TABLE revisions ADD COLUMN media_type TEXT;
ALTER TABLE revisions ADD COLUMN source_size INTEGER;
ALTER TABLE revisions ADD COLUMN kiv_version TEXT;

-- Only git has these: empty the index, and the store indexes its whole git history again when
-- it is next opened (Archive::open catches up from nothing).
INSERT INTO item_search (item_search) VALUES ('delete-all');
DELETE FROM items;
DELETE FROM item_keys;
DELETE FROM edition_titles;
DELETE FROM editions;
DELETE FROM links;
DELETE FROM revisions;
DELETE FROM index_state;
