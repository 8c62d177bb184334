-- Each key written once: an item's key is kept in item_keys and its rows name it by number,
-- so that a key carried over by many editions and written in many languages costs one text
-- (and the index of every row of a key holds numbers, not texts). Items without subtopics keep
-- NULL instead of '[]'. The data is kept: nothing needs to be indexed again.
CREATE TABLE item_keys (
  id  INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE
);

INSERT INTO item_keys (key)
  SELECT key FROM items WHERE key IS NOT NULL GROUP BY key ORDER BY MIN(id);

CREATE TABLE keyed_items (
  id          INTEGER PRIMARY KEY,
  key_id      INTEGER REFERENCES item_keys (id),  -- NULL: the item has no key
  title       TEXT NOT NULL,
  description TEXT,                               -- NULL when it has none
  subtopics   TEXT,                               -- a JSON array of strings; NULL when none
  key_origin  TEXT CHECK (key_origin IN ('inferred', 'minted')),  -- NULL: given (KeyOrigin)
  revision_id INTEGER GENERATED ALWAYS AS (id >> 32) VIRTUAL,
  lang        TEXT GENERATED ALWAYS AS
                (char(97 + ((id >> 22) & 1023) / 26, 97 + ((id >> 22) & 1023) % 26)) VIRTUAL,
  section     TEXT GENERATED ALWAYS AS
                (CASE (id >> 21) & 1 WHEN 0 THEN 'priorities' ELSE 'themes' END) VIRTUAL,
  rank        INTEGER GENERATED ALWAYS AS (id & 2097151) VIRTUAL
);

INSERT INTO keyed_items (id, key_id, title, description, subtopics, key_origin)
  SELECT i.id, k.id, i.title, i.description, NULLIF(i.subtopics, '[]'), i.key_origin
  FROM items i LEFT JOIN item_keys k ON k.key = i.key ORDER BY i.id;

DROP VIEW item_texts;
DROP INDEX items_by_key;
DROP TABLE items;
ALTER TABLE keyed_items RENAME TO items;

-- Every row of a key, in id order (so by revision).
CREATE INDEX items_by_key ON items (key_id) WHERE key_id IS NOT NULL;

-- What the full-text table indexes (0007_search_over_items.sql), the same texts as before:
-- the search table is still right.
CREATE VIEW item_texts (id, title, description, subtopics) AS
  SELECT id, title, description,
         (SELECT group_concat(value, '; ') FROM json_each(items.subtopics) WHERE value <> '')
  FROM items;
