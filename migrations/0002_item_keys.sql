-- Find every revision of an item by its key (the item's lineage across editions).
CREATE INDEX items_by_key ON items (key, revision_id) WHERE key IS NOT NULL;
