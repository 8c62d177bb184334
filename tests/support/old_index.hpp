#pragma once
// Taking an index back to an older schema, for the tests that open stores made before a
// migration.

// Takes back migration 13 (0013_listing.sql): edition rows without what a listing shows.
#define KIV_UNDO_MIGRATION_THIRTEEN                                                                \
  "ALTER TABLE editions DROP COLUMN revision; ALTER TABLE editions DROP COLUMN priorities; "       \
  "ALTER TABLE editions DROP COLUMN themes; ALTER TABLE editions DROP COLUMN languages; "          \
  "ALTER TABLE editions DROP COLUMN title; ALTER TABLE editions DROP COLUMN in_force_from; "       \
  "ALTER TABLE editions DROP COLUMN in_force_to; ALTER TABLE editions DROP COLUMN extended_to; "   \
  "ALTER TABLE editions DROP COLUMN superseded_by; DELETE FROM schema_migrations WHERE version > " \
  "12;"

// Takes back migration 12 (0012_attachments.sql): no attachments.
#define KIV_UNDO_MIGRATION_TWELVE \
  KIV_UNDO_MIGRATION_THIRTEEN     \
  "DROP TABLE attachments; DELETE FROM schema_migrations WHERE version > 11;"

// Takes back migration 11 (0011_series.sql): no series descriptions.
#define KIV_UNDO_MIGRATION_ELEVEN \
  KIV_UNDO_MIGRATION_TWELVE       \
  "DROP TABLE series_descriptions; DELETE FROM schema_migrations WHERE version > 10;"

// Takes back migration 10 (0010_in_force.sql): revisions without when they are in force.
#define KIV_UNDO_MIGRATION_TEN                                                              \
  KIV_UNDO_MIGRATION_ELEVEN                                                                 \
  "ALTER TABLE revisions DROP COLUMN in_force_from; ALTER TABLE revisions DROP COLUMN "     \
  "in_force_to; ALTER TABLE revisions DROP COLUMN extended_to; ALTER TABLE revisions DROP " \
  "COLUMN superseded_by; DELETE FROM schema_migrations WHERE version > 9;"

// Takes back migration 9 (0009_revision_documents.sql): revisions without their documents.
#define KIV_UNDO_MIGRATION_NINE                                                                   \
  KIV_UNDO_MIGRATION_TEN                                                                          \
  "ALTER TABLE revisions DROP COLUMN document_languages; ALTER TABLE revisions DROP COLUMN "      \
  "media_type; ALTER TABLE revisions DROP COLUMN source_size; ALTER TABLE revisions DROP COLUMN " \
  "kiv_version; DELETE FROM schema_migrations WHERE version > 8;"

// Takes back migration 8 (0008_keys_once.sql): every row holds its key's text again, and
// '[]' for no subtopics.
#define KIV_UNDO_MIGRATION_EIGHT                                                                \
  KIV_UNDO_MIGRATION_NINE                                                                       \
  "DROP VIEW item_texts; DROP INDEX items_by_key;"                                              \
  "CREATE TABLE v7_items (id INTEGER PRIMARY KEY, key TEXT, title TEXT NOT NULL, description "  \
  "TEXT, subtopics TEXT NOT NULL DEFAULT '[]', key_origin TEXT CHECK (key_origin IN "           \
  "('inferred', 'minted')), revision_id INTEGER GENERATED ALWAYS AS (id >> 32) VIRTUAL, lang "  \
  "TEXT GENERATED ALWAYS AS (char(97 + ((id >> 22) & 1023) / 26, 97 + ((id >> 22) & 1023) % "   \
  "26)) VIRTUAL, section TEXT GENERATED ALWAYS AS (CASE (id >> 21) & 1 WHEN 0 THEN "            \
  "'priorities' ELSE 'themes' END) VIRTUAL, rank INTEGER GENERATED ALWAYS AS (id & 2097151) "   \
  "VIRTUAL);"                                                                                   \
  "INSERT INTO v7_items (id, key, title, description, subtopics, key_origin) SELECT i.id, "     \
  "k.key, i.title, i.description, COALESCE(i.subtopics, '[]'), i.key_origin FROM items i LEFT " \
  "JOIN item_keys k ON k.id = i.key_id;"                                                        \
  "DROP TABLE items; DROP TABLE item_keys; ALTER TABLE v7_items RENAME TO items;"               \
  "CREATE INDEX items_by_key ON items (key) WHERE key IS NOT NULL;"                             \
  "CREATE VIEW item_texts (id, title, description, subtopics) AS SELECT id, title, "            \
  "description, (SELECT group_concat(value, '; ') FROM json_each(items.subtopics) WHERE value " \
  "<> '') FROM items;"                                                                          \
  "DELETE FROM schema_migrations WHERE version > 7;"

// Takes back migration 7 (0007_search_over_items.sql): the items table keyed by revision,
// section, rank and language again, and a search table that keeps its own copy of the texts.
#define KIV_UNDO_MIGRATION_SEVEN                                                                   \
  KIV_UNDO_MIGRATION_EIGHT                                                                         \
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
