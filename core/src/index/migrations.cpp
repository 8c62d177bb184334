#include "index/migrations.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <set>
#include <string>

#include "embedded.hpp"
#include "kiv/error.hpp"

namespace kiv {
namespace {

int version_of(const EmbeddedFile& migration) {
  return std::stoi(std::string(migration.name.substr(0, 4)));
}

std::set<int> applied_versions(SQLite::Database& db) {
  std::set<int> versions;
  if (!db.tableExists("schema_migrations")) return versions;
  SQLite::Statement query(db, "SELECT version FROM schema_migrations");
  while (query.executeStep()) versions.insert(query.getColumn(0).getInt());
  return versions;
}

}  // namespace

int latest_schema_version() { return version_of(embedded::migrations.back()); }

int schema_version(SQLite::Database& db) {
  if (!db.tableExists("schema_migrations")) return 0;
  return db.execAndGet("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").getInt();
}

bool has_pending_migrations(SQLite::Database& db) {
  const std::set<int> applied = applied_versions(db);
  return std::any_of(
      embedded::migrations.begin(), embedded::migrations.end(),
      [&](const EmbeddedFile& migration) { return !applied.contains(version_of(migration)); });
}

void require_known_schema(int version, const std::filesystem::path& file, int latest) {
  if (version > latest) {
    throw Error(ErrorKind::store, file.string() + ": the index has schema version " +
                                      std::to_string(version) + ", newer than this kiv knows (" +
                                      std::to_string(latest) +
                                      "); use a newer kiv. The store was not changed.");
  }
}

void migrate(SQLite::Database& db, const std::filesystem::path& file, int target) {
  migrate(db, file, embedded::migrations, target);
}

void migrate(SQLite::Database& db, const std::filesystem::path& file,
             const std::vector<EmbeddedFile>& migrations, int target) {
  require_known_schema(schema_version(db), file, version_of(migrations.back()));
  const std::set<int> applied = applied_versions(db);
  for (const EmbeddedFile& migration : migrations) {
    const int version = version_of(migration);
    if (applied.contains(version) || version > target) continue;
    SQLite::Transaction transaction(db);
    db.exec(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    db.exec(std::string(migration.bytes));
    SQLite::Statement record(db,
                             "INSERT INTO schema_migrations (version, name, applied_at) "
                             "VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))");
    record.bind(1, version);
    record.bind(2, std::string(migration.name));
    record.exec();
    transaction.commit();
  }
}

}  // namespace kiv
