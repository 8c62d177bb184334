#pragma once
// Schema migrations of the SQLite index: migrations/NNNN_name.sql, compiled into the library,
// applied in order, each in its own transaction and recorded in the table schema_migrations.

#include <SQLiteCpp/Database.h>

#include <filesystem>

namespace kiv {

// The highest schema version this program knows.
int latest_schema_version();

// The schema version of `db`: the highest applied migration, 0 for an empty database.
int schema_version(SQLite::Database& db);

// Applies the migrations after the current version, up to `target`. Throws Error{store}
// naming `file` when the database is of a newer schema than this program knows; the database
// is then not altered.
void migrate(SQLite::Database& db, const std::filesystem::path& file,
             int target = latest_schema_version());

}  // namespace kiv
