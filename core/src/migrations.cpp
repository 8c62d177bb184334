#include "migrations.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <string>

#include "embedded.hpp"
#include "kiv/error.hpp"

namespace kiv {
namespace {

int version_of(const EmbeddedFile& migration) {
  return std::stoi(std::string(migration.name.substr(0, 4)));
}

}  // namespace

int latest_schema_version() { return version_of(embedded::migrations.back()); }

int schema_version(SQLite::Database& db) {
  if (!db.tableExists("schema_migrations")) return 0;
  return db.execAndGet("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").getInt();
}

void migrate(SQLite::Database& db, const std::filesystem::path& file, int target) {
  const int current = schema_version(db);
  if (current > latest_schema_version()) {
    throw Error(ErrorKind::store,
                file.string() + ": the index has schema version " + std::to_string(current) +
                    ", newer than this kiv knows (" + std::to_string(latest_schema_version()) +
                    "); use a newer kiv. The store was not changed.");
  }
  for (const EmbeddedFile& migration : embedded::migrations) {
    const int version = version_of(migration);
    if (version <= current || version > target) continue;
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
