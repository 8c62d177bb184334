-- The texts once: the full-text table indexes the items table instead of keeping a copy of
-- every text (FTS5 external content), so that the index costs what its data costs.
--
-- An item's row is named by one integer, the rowid search used already
-- (core/src/index/search_rowid.hpp):
--
--   id = revision_id << 32 | lang << 22 | section << 21 | rank
--
-- where lang is 26 x (first letter - 'a') + (second letter - 'a'), section 0 for priorities and
-- 1 for themes. revision_id, section, rank and lang are read from it (generated columns, not
-- stored), so they cannot disagree with it; a revision's rows are the range of ids from
-- revision_id << 32, a section's rows in one language a range too, in rank order.
DROP TABLE item_search;
DROP INDEX items_by_key;
DROP TABLE items;

CREATE TABLE items (
  id          INTEGER PRIMARY KEY,
  key         TEXT,
  title       TEXT NOT NULL,
  description TEXT,                         -- NULL when it has none
  subtopics   TEXT NOT NULL DEFAULT '[]',   -- a JSON array of strings
  key_origin  TEXT CHECK (key_origin IN ('inferred', 'minted')),  -- NULL: given (KeyOrigin)
  revision_id INTEGER GENERATED ALWAYS AS (id >> 32) VIRTUAL,
  lang        TEXT GENERATED ALWAYS AS
                (char(97 + ((id >> 22) & 1023) / 26, 97 + ((id >> 22) & 1023) % 26)) VIRTUAL,
  section     TEXT GENERATED ALWAYS AS
                (CASE (id >> 21) & 1 WHEN 0 THEN 'priorities' ELSE 'themes' END) VIRTUAL,
  rank        INTEGER GENERATED ALWAYS AS (id & 2097151) VIRTUAL
);

-- Every row of a key, in id order (so by revision).
CREATE INDEX items_by_key ON items (key) WHERE key IS NOT NULL;

-- What the full-text table indexes, per item row: its title, description and its subtopics
-- in that language joined with '; ' (NULL when it has none).
CREATE VIEW item_texts (id, title, description, subtopics) AS
  SELECT id, title, description,
         (SELECT group_concat(value, '; ') FROM json_each(items.subtopics) WHERE value <> '')
  FROM items;

-- Full-text search over item_texts (kiv search). Its rowid is the item's id. FTS5 reads the
-- texts from the view for snippet() and highlight(); it stores only its index, without the
-- texts' lengths (columnsize=0: kiv's rank leaves them out, see search_rowid.hpp).
--
-- Tokenizer: unicode61 with remove_diacritics 2, so that case and diacritics are ignored on
-- both sides ("geintegreerd" finds "geïntegreerd", and the other way round). No prefix index
-- (see 0004_search.sql).
--
-- The table is written by the indexer only (from item_texts, in id order) and emptied with
-- 'delete-all' when the items are: an external-content table cannot see the items change.
CREATE VIRTUAL TABLE item_search USING fts5(
  title,
  description,
  subtopics,
  content = 'item_texts',
  content_rowid = 'id',
  columnsize = 0,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- Empty the index, and the store indexes its whole git history again when it is next opened
-- (Archive::open catches up from nothing).
DELETE FROM edition_titles;
DELETE FROM editions;
DELETE FROM links;
DELETE FROM revisions;
DELETE FROM index_state;
