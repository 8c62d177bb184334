-- Full-text search over the items (kiv search): one row per item, revision and language, as in
-- `items`, with the item's texts in that language:
--
--   title        the item's title
--   description  its description, NULL when it has none
--   subtopics    its subtopics joined with '; ', NULL when it has none
--
-- The rowid says which item a row is, so that search filters its matches (latest revisions, a
-- series, a language) and ranks them without reading the rows (core/src/search_index.hpp):
--
--   rowid = revision_id << 32 | lang << 22 | section << 21 | rank
--
-- where lang is 26 x (first letter - 'a') + (second letter - 'a'), section 0 for priorities and
-- 1 for themes. Together these are the key of `items` (revision_id, section, rank, lang).
--
-- The table keeps its own copy of the texts (not an external-content table over `items`, which
-- is WITHOUT ROWID: FTS5 reads an external table by an integer rowid), so that snippet() and
-- highlight() need no join.
--
-- Tokenizer: unicode61 with remove_diacritics 2, so that case and diacritics are ignored on
-- both sides ("geintegreerd" finds "geïntegreerd", and the other way round). Prefix queries
-- (drugs*) read the range of terms that begin with the prefix. No prefix index: FTS5 uses one
-- only for prefixes of exactly its lengths; on the bench's 400,000 rows prefix='2 3' made the
-- table 46% larger and its writing 80% slower, for cr* in 1.5 ms instead of 8.9 (crimi*: 2.2 ms
-- either way).
CREATE VIRTUAL TABLE item_search USING fts5(
  title,
  description,
  subtopics,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- An index made before this migration has no search rows: empty it, and the store indexes its
-- whole git history again when it is next opened (Store::open catches up from nothing).
DELETE FROM items;
DELETE FROM edition_titles;
DELETE FROM editions;
DELETE FROM revisions;
DELETE FROM index_state;
