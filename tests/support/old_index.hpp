#pragma once
// Taking an index back to an older schema, for the tests that open stores made before a
// migration.

// Takes back migration 7 (0007_search_over_items.sql): the items table keyed by revision,
// section, rank and language again, and a search table that keeps its own copy of the texts.
#define KIV_UNDO_MIGRATION_SEVEN                                                                   \
  "DROP TABLE item_search; DROP VIEW item_texts; DROP INDEX items_by_key;"                         \
  "CREATE TABLE old_items (revision_id INTEGER NOT NULL, section TEXT NOT NULL, rank INTEGER "     \
  "NOT NULL, lang TEXT NOT NULL, key TEXT, title TEXT NOT NULL, description TEXT, subtopics TEXT " \
  "NOT NULL DEFAULT '[]', PRIMARY KEY (revision_id, section, rank, lang)) WITHOUT ROWID;"          \
  "INSERT INTO old_items SELECT revision_id, section, rank, lang, key, title, description, "       \
  "subtopics FROM items;"                                                                          \
  "DROP TABLE items; ALTER TABLE old_items RENAME TO items;"                                       \
  "CREATE INDEX items_by_key ON items (key, revision_id) WHERE key IS NOT NULL;"                   \
  "CREATE VIRTUAL TABLE item_search USING fts5(title, description, subtopics, tokenize = "         \
  "'unicode61 remove_diacritics 2');"                                                              \
  "DELETE FROM schema_migrations WHERE version > 6;"
