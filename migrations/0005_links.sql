-- Curated lineage links (kiv link): the links of every SERIES/links.json of git's latest commit,
-- one row per link, with the commit that recorded it (its id, time, author and message).
CREATE TABLE links (
  series       TEXT NOT NULL,
  from_edition TEXT NOT NULL,
  from_key     TEXT NOT NULL,
  to_edition   TEXT NOT NULL,
  to_key       TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('renamed', 'split', 'merged')),
  commit_id    TEXT NOT NULL,
  linked_at    TEXT NOT NULL,  -- ISO 8601, UTC
  linked_by    TEXT NOT NULL,  -- "Name <email>"
  message      TEXT NOT NULL,
  PRIMARY KEY (series, from_edition, from_key, to_edition, to_key)
) WITHOUT ROWID;

-- An index made before this migration has not read links.json: empty it, and the store
-- indexes its whole git history again when it is next opened.
DELETE FROM item_search;
DELETE FROM items;
DELETE FROM edition_titles;
DELETE FROM editions;
DELETE FROM revisions;
DELETE FROM index_state;
