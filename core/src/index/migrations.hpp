#pragma once
// Schema migrations of the SQLite index: migrations/NNNN_name.sql, compiled into the library,
// applied in order, each in its own transaction and recorded in the table schema_migrations.

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <vector>

#include "embedded.hpp"

namespace kiv {

// The highest schema version this program knows.
int latest_schema_version();

// The schema version of `db`: the highest applied migration, 0 for an empty database.
int schema_version(SQLite::Database& db);

// Whether `db` lacks a migration this program has (one numbered below its version included).
bool has_pending_migrations(SQLite::Database& db);

// Throws Error{store} naming `file` when `version` is newer than `latest`: the index is of a
// newer kiv, and is left as it is.
void require_known_schema(int version, const std::filesystem::path& file,
                          int latest = latest_schema_version());

// Applies, in order, every migration up to `target` that the database has not recorded. The
// numbers come from the file names and may have gaps (0003 then 0005); a migration numbered
// below the current version that the database lacks (0004 arriving after 0005 was applied) is
// applied too. Throws Error{store} naming `file` when the database is of a newer schema than
// this program knows; the database is then not altered.
void migrate(SQLite::Database& db, const std::filesystem::path& file,
             int target = latest_schema_version());

// The same with `migrations` (sorted by name, NNNN_name.sql) in place of the compiled-in ones.
void migrate(SQLite::Database& db, const std::filesystem::path& file,
             const std::vector<EmbeddedFile>& migrations, int target);

}  // namespace kiv
