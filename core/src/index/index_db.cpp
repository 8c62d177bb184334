#include "index/index_db.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <sqlite3.h>

#include <algorithm>
#include <set>
#include <utility>

#include "fault_points.hpp"
#include "index/migrations.hpp"
#include "index/search_rowid.hpp"
#include "kiv/error.hpp"
#include "kiv/series.hpp"
#include "kiv/text.hpp"
#include "main_ref.hpp"
#include "store_files.hpp"
#include "store_lock.hpp"

namespace kiv {
namespace {

// Languages as a column holds them, joined with ",": "de,nl" -> {"de", "nl"}; "" -> {}.
std::vector<std::string> languages_from(std::string_view joined) {
  std::vector<std::string> languages;
  while (!joined.empty()) {
    const std::size_t comma = joined.find(',');
    languages.emplace_back(joined.substr(0, comma));
    joined = comma == std::string_view::npos ? std::string_view() : joined.substr(comma + 1);
  }
  return languages;
}

// By series, then period (editions without one last), then id. The rows come by series and
// id, which is mostly the period order already: checking costs less than SQLite's sort.
void sort_listing(std::vector<EditionSummary>& summaries) {
  const auto before = [](const EditionSummary& a, const EditionSummary& b) {
    if (a.series != b.series) return a.series < b.series;
    if (a.period.has_value() != b.period.has_value()) return a.period.has_value();
    if (!a.period) return false;
    return std::pair(a.period->from, a.period->to) < std::pair(b.period->from, b.period->to);
  };
  if (!std::is_sorted(summaries.begin(), summaries.end(), before))
    std::stable_sort(summaries.begin(), summaries.end(), before);
}

// The columns revision_from reads, first in a query; what follows them starts at
// kRevisionColumnCount.
constexpr int kRevisionColumnCount = 16;
constexpr const char* kRevisionColumns =
    "r.series, r.edition, r.revision, r.commit_id, r.imported_at, r.imported_by, r.message, "
    "r.source_name, r.source_sha256, r.document_languages, r.media_type, r.source_size, "
    "r.kiv_version, r.source_url, r.retrieved, r.note";

RevisionInfo revision_from(SQLite::Statement& row, int first = 0) {
  RevisionInfo revision;
  revision.series = row.getColumn(first).getString();
  revision.edition = row.getColumn(first + 1).getString();
  revision.revision = row.getColumn(first + 2).getInt();
  revision.commit = row.getColumn(first + 3).getString();
  revision.imported_at = row.getColumn(first + 4).getString();
  revision.imported_by = row.getColumn(first + 5).getString();
  revision.message = row.getColumn(first + 6).getString();
  revision.source_name = row.getColumn(first + 7).getString();
  revision.source_sha256 = row.getColumn(first + 8).getString();
  revision.document_languages = languages_from(row.getColumn(first + 9).getString());  // NULL: ""
  revision.media_type = row.getColumn(first + 10).getString();
  revision.source_size =
      row.getColumn(first + 11).isNull() ? -1 : row.getColumn(first + 11).getInt64();
  revision.kiv_version = row.getColumn(first + 12).getString();
  revision.provenance = {row.getColumn(first + 13).getString(),
                         row.getColumn(first + 14).getString(),
                         row.getColumn(first + 15).getString()};
  return revision;
}

// The item's subtopics in `lang` as a JSON array of strings.
std::string subtopics_json(const Item& item, const std::string& lang) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.StartArray();
  for (const LangText& subtopic : item.subtopics) {
    const std::string& text = text_in(subtopic, lang);
    writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  }
  writer.EndArray();
  return std::string(buffer.GetString(), buffer.GetSize());
}

// Binds `text` to parameter `index`, or NULL when it is empty.
void bind_or_null(SQLite::Statement& statement, int index, const std::string& text) {
  if (text.empty()) {
    statement.bind(index);
  } else {
    statement.bind(index, text);
  }
}

// How long a statement waits for a lock another connection holds. In write-ahead-log mode a
// reader never waits for a writer, nor a writer for readers; what is left are checkpoints and
// a writer that is not kiv (kiv's writers queue on the store lock).
constexpr int kBusyTimeoutMs = 30'000;

SQLite::Database open_database(const std::filesystem::path& file) {
  try {
    std::error_code error;
    const bool is_new =
        !std::filesystem::exists(file, error) || std::filesystem::is_empty(file, error);
    // NOMUTEX: a connection is used by one thread, so SQLite need not lock around every call.
    SQLite::Database db(file.string(),
                        SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX,
                        kBusyTimeoutMs);
    db.exec("PRAGMA foreign_keys = ON");
    // The pages a merge of the search table frees are given back to the file system
    // (tidy_search). It can be set only before the first table; on a file that has tables,
    // setting it would write the file.
    if (is_new) db.exec("PRAGMA auto_vacuum = INCREMENTAL");
    // Readers see the last committed state while a writer works; NORMAL synchronisation keeps
    // the file whole across a crash (a power cut may lose the last transaction, which the index
    // then catches up from git).
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = NORMAL");
    return db;
  } catch (const SQLite::Exception& e) {
    throw Error(ErrorKind::store, file.string() + ": cannot open the index: " + e.what());
  }
}

// `file` as the path of an SQLite URI (file:PATH?...): %, ? and # escaped.
std::string uri_path(const std::filesystem::path& file) {
  const std::string absolute = std::filesystem::absolute(file).string();
  std::string escaped;
  for (const char c : absolute) {
    if (c == '%' || c == '?' || c == '#') {
      escaped += fmt::format("%{:02X}", static_cast<unsigned char>(c));
    } else {
      escaped += c;
    }
  }
  return escaped;
}

// A connection that only reads `file` (it must exist). On a store the user cannot write,
// SQLite cannot make the write-ahead log's shared-memory file; when no writer's log is beside
// the index, none can be at work (no one may write there), and the file is read as immutable.
SQLite::Database open_reading(const std::filesystem::path& file) {
  const std::filesystem::path dir = file.parent_path().empty() ? "." : file.parent_path();
  std::error_code error;
  if (!is_writable_dir(dir) && !std::filesystem::exists(file.string() + "-wal", error)) {
    return SQLite::Database("file:" + uri_path(file) + "?immutable=1",
                            SQLite::OPEN_READONLY | SQLite::OPEN_URI | SQLite::OPEN_NOMUTEX,
                            kBusyTimeoutMs);
  }
  // Opened for writing although it only reads: the last connection to close then removes the
  // write-ahead log's companion files (-wal, -shm), which a read-only one would leave behind.
  return SQLite::Database(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX,
                          kBusyTimeoutMs);
}

}  // namespace

IndexDb::IndexDb(const std::filesystem::path& file) : db_(open_database(file)) {
  try {
    migrate(db_, file);
    register_search_rank(db_);
  } catch (const SQLite::Exception& e) {
    throw Error(ErrorKind::store, file.string() + ": cannot migrate the index: " + e.what());
  }
}

std::optional<IndexDb> IndexDb::open_for_reading(const std::filesystem::path& file) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(file, error)) return std::nullopt;
  try {
    IndexDb index(open_reading(file), AsIs{});
    require_known_schema(index.schema_version(), file);
    if (has_pending_migrations(index.db_)) return std::nullopt;
    index.db_.exec("PRAGMA foreign_keys = ON");
    register_search_rank(index.db_);
    return index;
  } catch (const SQLite::Exception& e) {
    throw Error(ErrorKind::store, file.string() + ": cannot read the index: " + e.what());
  }
}

IndexDb IndexDb::open_read_only(const std::filesystem::path& file) {
  try {
    return IndexDb(open_reading(file), AsIs{});
  } catch (const SQLite::Exception& e) {
    throw Error(ErrorKind::store, "cannot read " + file.filename().string() + ": " + e.what());
  }
}

void IndexDb::require_writable() {
  const std::string file = db_.getFilename();
  if (sqlite3_db_readonly(db_.getHandle(), "main") == 1) {
    throw Error(ErrorKind::store,
                file + ": cannot write the index (read-only); nothing was recorded");
  }
  try {
    db_.exec("BEGIN IMMEDIATE");
    db_.exec("ROLLBACK");
  } catch (const SQLite::Exception& e) {
    throw Error(ErrorKind::store,
                file + ": cannot write the index: " + e.what() + "; nothing was recorded");
  }
}

int IndexDb::schema_version() { return kiv::schema_version(db_); }

bool IndexDb::is_current(const std::filesystem::path& store_dir) {
  const git::MainRef head = git::read_main(store_dir / kGitDir);
  if (head.commit) return indexed_commit() == head.commit;
  // A store that has recorded nothing: current when its index has indexed nothing either.
  if (!head.absent) return false;
  const std::optional<std::string> indexed = indexed_commit();
  return !indexed || indexed->empty();
}

std::optional<std::string> IndexDb::indexed_commit() {
  SQLite::Statement query(db_, "SELECT commit_id FROM index_state WHERE id = 1");
  if (!query.executeStep()) return std::nullopt;
  return query.getColumn(0).getString();
}

void IndexDb::set_indexed_commit(const std::string& commit) {
  SQLite::Statement update(db_,
                           "INSERT INTO index_state (id, commit_id) VALUES (1, ?) "
                           "ON CONFLICT (id) DO UPDATE SET commit_id = excluded.commit_id");
  update.bind(1, commit);
  update.exec();
}

void IndexDb::clear() {
  // item_search indexes items (external content): it is emptied with them, by 'delete-all'.
  db_.exec(
      "DELETE FROM items; DELETE FROM item_keys; DELETE FROM edition_titles; DELETE FROM editions; "
      "DELETE FROM revisions; DELETE FROM index_state; DELETE FROM links; "
      "DELETE FROM series_descriptions; DELETE FROM attachments;");
  db_.exec("INSERT INTO item_search (item_search) VALUES ('delete-all')");
}

std::optional<std::int64_t> IndexDb::tail_of(const std::vector<std::string>& commits) {
  std::string ids = "[";
  for (const std::string& commit : commits) ids += (ids.size() > 1 ? ",\"" : "\"") + commit + "\"";
  ids += "]";
  SQLite::Statement theirs(db_,
                           "SELECT MIN(id), COUNT(*), (SELECT COALESCE(MAX(id), 0) + 1 FROM"
                           " revisions) FROM revisions"
                           " WHERE commit_id IN (SELECT value FROM json_each(?))");
  theirs.bind(1, ids);
  theirs.executeStep();
  const std::int64_t count = theirs.getColumn(1).getInt64();
  if (count == 0) return theirs.getColumn(2).getInt64();
  const std::int64_t first = theirs.getColumn(0).getInt64();
  SQLite::Statement from(db_, "SELECT COUNT(*) FROM revisions WHERE id >= ?");
  from.bind(1, first);
  from.executeStep();
  if (from.getColumn(0).getInt64() != count) return std::nullopt;
  return first;
}

void IndexDb::remove_revisions_from(std::int64_t first) {
  const std::int64_t first_item = revision_rows(first).first;
  // The search table indexes the items' texts (external content): it forgets a row by being
  // given the texts it indexed.
  SQLite::Statement forget(db_,
                           "INSERT INTO item_search (item_search, rowid, title, description,"
                           " subtopics) SELECT 'delete', id, title, description, subtopics"
                           " FROM item_texts WHERE id >= ?");
  forget.bind(1, first_item);
  forget.exec();
  SQLite::Statement items(db_, "DELETE FROM items WHERE id >= ?");
  items.bind(1, first_item);
  items.exec();
  // Each edition whose latest revision goes is written again from its latest remaining one, as
  // an import writes it, before the rows it pointed at go; one with none left goes.
  std::vector<std::int64_t> remaining;
  {
    SQLite::Statement latest(db_,
                             "SELECT (SELECT MAX(r.id) FROM revisions r WHERE r.series ="
                             " e.series AND r.edition = e.edition AND r.id < ?1)"
                             " FROM editions e WHERE e.latest_revision >= ?1");
    latest.bind(1, first);
    while (latest.executeStep()) {
      if (!latest.isColumnNull(0)) remaining.push_back(latest.getColumn(0).getInt64());
    }
  }
  for (const std::int64_t id : remaining) {
    const std::optional<RevisionInfo> revision = revision_by_id(id);
    write_edition_row(id, *revision, edition(*revision));
  }
  for (const char* sql : {"DELETE FROM editions WHERE latest_revision >= ?",
                          "DELETE FROM edition_titles WHERE revision_id >= ?",
                          "DELETE FROM revisions WHERE id >= ?"}) {
    SQLite::Statement remove(db_, sql);
    remove.bind(1, first);
    remove.exec();
  }
}

void IndexDb::clear_series_state() {
  db_.exec("DELETE FROM links; DELETE FROM series_descriptions; DELETE FROM attachments;");
}

void IndexDb::write_edition_row(std::int64_t revision_id, const RevisionInfo& revision,
                                const Edition& edition) {
  // The edition's row also holds what a listing shows of it (migrations/0013_listing.sql).
  SQLite::Statement upsert_edition(
      db_,
      "INSERT INTO editions (series, edition, latest_revision, period_from, period_to, adopted, "
      "revision, priorities, themes, languages, title, in_force_from, in_force_to, extended_to, "
      "superseded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (series, edition) DO UPDATE SET latest_revision = excluded.latest_revision, "
      "period_from = excluded.period_from, period_to = excluded.period_to, "
      "adopted = excluded.adopted, revision = excluded.revision, "
      "priorities = excluded.priorities, themes = excluded.themes, "
      "languages = excluded.languages, title = excluded.title, "
      "in_force_from = excluded.in_force_from, in_force_to = excluded.in_force_to, "
      "extended_to = excluded.extended_to, superseded_by = excluded.superseded_by");
  upsert_edition.bind(1, revision.series);
  upsert_edition.bind(2, revision.edition);
  upsert_edition.bind(3, revision_id);
  if (edition.period) {
    upsert_edition.bind(4, edition.period->from);
    upsert_edition.bind(5, edition.period->to);
  }
  if (!edition.adopted.empty()) upsert_edition.bind(6, edition.adopted);
  upsert_edition.bind(7, revision.revision);
  upsert_edition.bind(8, static_cast<std::int64_t>(edition.priorities.size()));
  upsert_edition.bind(9, static_cast<std::int64_t>(edition.themes.size()));
  const std::vector<std::string> title_languages = edition.languages();
  upsert_edition.bind(10, join(title_languages, ","));
  upsert_edition.bind(11, text_in(edition.title, default_language(title_languages)));
  bind_or_null(upsert_edition, 12, edition.in_force.from);
  bind_or_null(upsert_edition, 13, edition.in_force.to);
  bind_or_null(upsert_edition, 14, edition.in_force.extended_to);
  bind_or_null(upsert_edition, 15, edition.in_force.superseded_by);
  upsert_edition.exec();
}

void IndexDb::add_revision(const RevisionInfo& revision, const Edition& edition) {
  fault_point("index: a revision");
  SQLite::Statement insert_revision(
      db_,
      "INSERT INTO revisions (series, edition, revision, commit_id, imported_at, imported_by, "
      "message, source_name, source_sha256, priorities, themes, period_from, period_to, adopted, "
      "source_url, retrieved, note, document_languages, media_type, source_size, kiv_version, "
      "in_force_from, in_force_to, extended_to, superseded_by) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  insert_revision.bind(1, revision.series);
  insert_revision.bind(2, revision.edition);
  insert_revision.bind(3, revision.revision);
  insert_revision.bind(4, revision.commit);
  insert_revision.bind(5, revision.imported_at);
  insert_revision.bind(6, revision.imported_by);
  insert_revision.bind(7, revision.message);
  insert_revision.bind(8, revision.source_name);
  insert_revision.bind(9, revision.source_sha256);
  insert_revision.bind(10, static_cast<std::int64_t>(edition.priorities.size()));
  insert_revision.bind(11, static_cast<std::int64_t>(edition.themes.size()));
  if (edition.period) {
    insert_revision.bind(12, edition.period->from);
    insert_revision.bind(13, edition.period->to);
  }
  bind_or_null(insert_revision, 14, edition.adopted);
  bind_or_null(insert_revision, 15, edition.provenance.source_url);
  bind_or_null(insert_revision, 16, edition.provenance.retrieved);
  bind_or_null(insert_revision, 17, edition.provenance.note);
  bind_or_null(insert_revision, 18, join(revision.document_languages, ","));  // "fr", "de,nl"
  bind_or_null(insert_revision, 19, revision.media_type);
  if (revision.source_size >= 0) insert_revision.bind(20, revision.source_size);
  bind_or_null(insert_revision, 21, revision.kiv_version);
  bind_or_null(insert_revision, 22, edition.in_force.from);
  bind_or_null(insert_revision, 23, edition.in_force.to);
  bind_or_null(insert_revision, 24, edition.in_force.extended_to);
  bind_or_null(insert_revision, 25, edition.in_force.superseded_by);
  insert_revision.exec();
  const std::int64_t revision_id = db_.getLastInsertRowid();

  write_edition_row(revision_id, revision, edition);

  SQLite::Statement insert_title(
      db_, "INSERT INTO edition_titles (revision_id, lang, title) VALUES (?, ?, ?)");
  for (const auto& [lang, title] : edition.title) {
    insert_title.bind(1, revision_id);
    insert_title.bind(2, lang);
    insert_title.bind(3, title);
    insert_title.exec();
    insert_title.reset();
  }

  // The item rows in id order (language, section, rank), so that both tables are appended to:
  // FTS5 writes what it has gathered to disk whenever a rowid is lower than the one before,
  // which for every row would make an import several times slower.
  std::set<std::string> languages;
  for (const Section section : kSections) {
    for (const Item& item : edition.items(section)) {
      for (const auto& entry : item.title) languages.insert(entry.first);
    }
  }
  // Each key's number, looked up once per item (a key is written once, in item_keys).
  SQLite::Statement find_key(db_, "SELECT id FROM item_keys WHERE key = ?");
  SQLite::Statement insert_key(db_, "INSERT INTO item_keys (key) VALUES (?)");
  std::map<const Item*, std::int64_t> key_ids;
  for (const Section section : kSections) {
    for (const Item& item : edition.items(section)) {
      if (item.key.empty()) continue;
      find_key.reset();
      find_key.bind(1, item.key);
      if (find_key.executeStep()) {
        key_ids.emplace(&item, find_key.getColumn(0).getInt64());
        continue;
      }
      insert_key.reset();
      insert_key.bind(1, item.key);
      insert_key.exec();
      key_ids.emplace(&item, db_.getLastInsertRowid());
    }
  }
  SQLite::Statement insert_item(
      db_,
      "INSERT INTO items (id, key_id, title, description, subtopics, key_origin)"
      " VALUES (?, ?, ?, ?, ?, ?)");
  for (const std::string& lang : languages) {
    for (const Section section : kSections) {
      for (const Item& item : edition.items(section)) {
        const auto title = item.title.find(lang);
        if (title == item.title.end()) continue;
        insert_item.bind(1, search_rowid({revision_id, lang, section, item.rank}));
        if (const auto id = key_ids.find(&item); id != key_ids.end()) {
          insert_item.bind(2, id->second);
        } else {
          insert_item.bind(2);
        }
        insert_item.bind(3, title->second);
        bind_or_null(insert_item, 4, text_in(item.description, lang));
        bind_or_null(insert_item, 5, item.subtopics.empty() ? "" : subtopics_json(item, lang));
        if (item.key.empty() || item.key_origin == KeyOrigin::given) {
          insert_item.bind(6);
        } else {
          insert_item.bind(6, std::string(key_origin_name(item.key_origin)));
        }
        insert_item.exec();
        insert_item.reset();
      }
    }
  }
  // The search table takes the rows at tidy_search, all of the batch's at once.
  if (revisions_added_ == 0) first_unsearched_ = revision_id;
  last_unsearched_ = revision_id;
  ++revisions_added_;
}

void IndexDb::tidy_search() {
  if (revisions_added_ == 0) return;
  // The search table indexes the rows added since the last call in one statement (external
  // content: it reads their texts through the view item_texts). Revision ids only grow, so
  // they are one range of row ids. One statement, not one per revision: FTS5 writes what it
  // has gathered to disk at every statement's savepoint, which per revision made a segment
  // of each and cost a tenth of a bulk import.
  SQLite::Statement index_texts(db_,
                                "INSERT INTO item_search (rowid, title, description, subtopics)"
                                " SELECT id, title, description, subtopics FROM item_texts"
                                " WHERE id BETWEEN ? AND ? ORDER BY id");
  index_texts.bind(1, revision_rows(first_unsearched_).first);
  index_texts.bind(2, revision_rows(last_unsearched_).last);
  index_texts.exec();
  const int added = std::exchange(revisions_added_, 0);
  if (4 * added < db_.execAndGet("SELECT COUNT(*) FROM revisions").getInt()) return;
  db_.exec("INSERT INTO item_search (item_search) VALUES ('optimize')");
  // The merge leaves the old segments' pages free: the file would keep them (a no-op in an
  // index made before auto_vacuum was set; `kiv rebuild` makes it anew).
  db_.exec("PRAGMA incremental_vacuum");
}

std::vector<std::string> IndexDb::series() {
  std::vector<std::string> ids;
  SQLite::Statement query(db_, "SELECT DISTINCT series FROM editions ORDER BY series");
  while (query.executeStep()) ids.push_back(query.getColumn(0).getString());
  return ids;
}

std::vector<std::string> IndexDb::editions_of(const std::string& series) {
  std::vector<std::string> ids;
  SQLite::Statement query(db_,
                          "SELECT edition FROM editions WHERE series = ? "
                          "ORDER BY period_from IS NULL, period_from, period_to, edition");
  query.bind(1, series);
  while (query.executeStep()) ids.push_back(query.getColumn(0).getString());
  return ids;
}

std::vector<EditionSummary> IndexDb::brief_list(const std::string& series) {
  std::vector<EditionSummary> summaries;
  // Room for every row at once: growing would move each summary (a few hundred bytes) again.
  SQLite::Statement count(db_, "SELECT count(*) FROM editions WHERE ?1 = '' OR series = ?1");
  count.bind(1, series);
  if (count.executeStep())
    summaries.reserve(static_cast<std::size_t>(count.getColumn(0).getInt64()));
  // One row per edition (migrations/0013_listing.sql), in the order of the table's key, read
  // with SQLite's own calls: SQLiteCpp's Column objects cost more than so short a row's values.
  constexpr std::string_view kQuery =
      "SELECT series, edition, revision, period_from, period_to, adopted, priorities, themes,"
      " languages, title, in_force_from, in_force_to, extended_to, superseded_by FROM editions"
      " WHERE ?1 = '' OR series = ?1 ORDER BY series, edition";
  sqlite3_stmt* prepared = nullptr;
  const auto check = [this](int status) {
    if (status != SQLITE_OK) throw SQLite::Exception(db_.getHandle(), status);
  };
  check(sqlite3_prepare_v2(db_.getHandle(), kQuery.data(), static_cast<int>(kQuery.size()),
                           &prepared, nullptr));
  const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> row(prepared, sqlite3_finalize);
  check(sqlite3_bind_text(prepared, 1, series.data(), static_cast<int>(series.size()),
                          SQLITE_STATIC));
  const auto text = [prepared](int column) {
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(prepared, column));
    return bytes == nullptr
               ? std::string()
               : std::string(bytes,
                             static_cast<std::size_t>(sqlite3_column_bytes(prepared, column)));
  };
  int status = SQLITE_OK;
  while ((status = sqlite3_step(prepared)) == SQLITE_ROW) {
    EditionSummary& summary = summaries.emplace_back();
    summary.series = text(0);
    summary.edition = text(1);
    summary.latest.series = summary.series;
    summary.latest.edition = summary.edition;
    summary.latest.revision = sqlite3_column_int(prepared, 2);
    if (sqlite3_column_type(prepared, 3) != SQLITE_NULL) {
      summary.period = Period{sqlite3_column_int(prepared, 3), sqlite3_column_int(prepared, 4)};
    }
    summary.adopted = text(5);
    summary.priorities = sqlite3_column_int(prepared, 6);
    summary.themes = sqlite3_column_int(prepared, 7);
    summary.languages = languages_from(text(8));
    const std::string lang = default_language(summary.languages);
    if (!lang.empty()) summary.title.emplace(lang, text(9));
    summary.in_force = {text(10), text(11), text(12), text(13)};
  }
  if (status != SQLITE_DONE) throw SQLite::Exception(db_.getHandle(), status);
  sort_listing(summaries);
  return summaries;
}

std::vector<EditionSummary> IndexDb::list(const std::string& series, bool brief) {
  if (brief) return brief_list(series);

  std::vector<EditionSummary> summaries;
  std::vector<std::int64_t> latest;  // the revision id of each summary
  // Two queries, one snapshot: a writer's commit between them must not be seen by one only.
  std::optional<SQLite::Transaction> snapshot;
  if (sqlite3_get_autocommit(db_.getHandle()) != 0) snapshot.emplace(db_);
  // Both queries read in the order of the tables' keys, which needs no sort; the periods are
  // sorted below.
  SQLite::Statement query(
      db_, std::string("SELECT ") + kRevisionColumns +
               ", e.period_from, e.period_to, e.adopted, e.latest_revision, r.priorities, r.themes,"
               " r.in_force_from, r.in_force_to, r.extended_to, r.superseded_by"
               " FROM editions e JOIN revisions r ON r.id = e.latest_revision"
               " WHERE ?1 = '' OR e.series = ?1 ORDER BY e.series, e.edition");
  query.bind(1, series);
  {
    // Room for every row at once: growing moves each summary (a few hundred bytes) again.
    SQLite::Statement count(db_, "SELECT count(*) FROM editions WHERE ?1 = '' OR series = ?1");
    count.bind(1, series);
    if (count.executeStep())
      summaries.reserve(static_cast<std::size_t>(count.getColumn(0).getInt64()));
    latest.reserve(summaries.capacity());
  }
  const int after = kRevisionColumnCount;
  while (query.executeStep()) {
    EditionSummary& summary = summaries.emplace_back();
    summary.latest = revision_from(query);
    summary.series = summary.latest.series;
    summary.edition = summary.latest.edition;
    if (!query.isColumnNull(after)) {
      summary.period = Period{query.getColumn(after).getInt(), query.getColumn(after + 1).getInt()};
    }
    if (!query.isColumnNull(after + 2)) summary.adopted = query.getColumn(after + 2).getString();
    latest.push_back(query.getColumn(after + 3).getInt64());
    summary.priorities = query.getColumn(after + 4).getInt();
    summary.themes = query.getColumn(after + 5).getInt();
    const auto text_at = [&](int column) {
      return query.isColumnNull(column) ? std::string() : query.getColumn(column).getString();
    };
    summary.in_force = {text_at(after + 6), text_at(after + 7), text_at(after + 8),
                        text_at(after + 9)};
  }
  // The titles, in the same order of editions, each edition's languages in order.
  SQLite::Statement titles(db_,
                           "SELECT t.revision_id, t.lang, t.title FROM editions e"
                           " JOIN edition_titles t ON t.revision_id = e.latest_revision"
                           " WHERE ?1 = '' OR e.series = ?1 ORDER BY e.series, e.edition, t.lang");
  titles.bind(1, series);
  std::size_t at = 0;
  while (titles.executeStep()) {
    const std::int64_t revision_id = titles.getColumn(0).getInt64();
    while (at < latest.size() && latest[at] != revision_id) ++at;
    if (at == latest.size()) break;
    EditionSummary& summary = summaries[at];
    summary.languages.push_back(titles.getColumn(1).getString());
    summary.title.emplace(summary.languages.back(), titles.getColumn(2).getString());
  }
  if (snapshot) snapshot->commit();
  sort_listing(summaries);
  return summaries;
}

void IndexDb::require_series(const std::string& series) { require_series(series, this->series()); }

void IndexDb::require_series(const std::string& series, const std::vector<std::string>& all) {
  if (std::find(all.begin(), all.end(), series) != all.end()) return;
  throw Error(ErrorKind::not_found, "no series '" + series + "' in the store" +
                                        (all.empty() ? std::string(" (the store is empty)")
                                                     : "; its series: " + join(all)));
}

std::vector<RevisionInfo> IndexDb::latest_revisions(const std::string& series) {
  SQLite::Statement query(db_, std::string("SELECT ") + kRevisionColumns +
                                   " FROM editions e JOIN revisions r ON r.id = e.latest_revision"
                                   " WHERE e.series = ? ORDER BY r.id");
  query.bind(1, series);
  std::vector<RevisionInfo> revisions;
  while (query.executeStep()) revisions.push_back(revision_from(query));
  return revisions;
}

std::optional<RevisionInfo> IndexDb::find_revision(const std::string& series,
                                                   const std::string& edition,
                                                   std::optional<int> revision) {
  SQLite::Statement query(
      db_, std::string("SELECT ") + kRevisionColumns +
               " FROM revisions r WHERE r.series = ? AND r.edition = ?" +
               (revision ? " AND r.revision = ?" : " ORDER BY r.revision DESC LIMIT 1"));
  query.bind(1, series);
  query.bind(2, edition);
  if (revision) query.bind(3, *revision);
  if (!query.executeStep()) return std::nullopt;
  return revision_from(query);
}

std::optional<RevisionInfo> IndexDb::revision_by_id(std::int64_t id) {
  SQLite::Statement query(
      db_, std::string("SELECT ") + kRevisionColumns + " FROM revisions r WHERE r.id = ?");
  query.bind(1, id);
  if (!query.executeStep()) return std::nullopt;
  return revision_from(query);
}

std::vector<RevisionInfo> IndexDb::revisions(const std::string& series,
                                             const std::string& edition) {
  const bool all = series.empty();
  SQLite::Statement query(db_, std::string("SELECT ") + kRevisionColumns + " FROM revisions r" +
                                   (all ? "" : " WHERE r.series = ? AND r.edition = ?") +
                                   " ORDER BY r.id DESC");
  if (!all) {
    query.bind(1, series);
    query.bind(2, edition);
  }
  std::vector<RevisionInfo> revisions;
  while (query.executeStep()) revisions.push_back(revision_from(query));
  return revisions;
}

void IndexDb::set_links(const std::string& series, const std::vector<CuratedLink>& links,
                        const CommitStamp& stamp) {
  std::vector<LinkRecord> kept = this->links(series);
  SQLite::Statement remove(
      db_,
      "DELETE FROM links WHERE series = ? AND from_edition = ? AND from_key = ?"
      " AND to_edition = ? AND to_key = ?");
  for (const LinkRecord& old : kept) {
    const bool stays = std::find(links.begin(), links.end(), old.link) != links.end();
    if (stays) continue;
    const CuratedLink& link = old.link;
    int column = 0;
    for (const std::string* value :
         {&link.series, &link.from_edition, &link.from_key, &link.to_edition, &link.to_key}) {
      remove.bind(++column, *value);
    }
    remove.exec();
    remove.reset();
  }
  SQLite::Statement insert(
      db_,
      "INSERT INTO links (series, from_edition, from_key, to_edition, to_key, kind, commit_id,"
      " linked_at, linked_by, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (const CuratedLink& link : links) {
    const bool known = std::any_of(kept.begin(), kept.end(),
                                   [&](const LinkRecord& old) { return old.link == link; });
    if (known) continue;
    const std::string kind(link_kind_name(link.kind));
    int column = 0;
    for (const std::string* value :
         {&series, &link.from_edition, &link.from_key, &link.to_edition, &link.to_key, &kind,
          &stamp.commit, &stamp.at, &stamp.by, &stamp.message}) {
      insert.bind(++column, *value);
    }
    insert.exec();
    insert.reset();
  }
}

std::vector<LinkRecord> IndexDb::links(const std::string& series) {
  const bool all = series.empty();
  SQLite::Statement query(
      db_, std::string("SELECT series, from_edition, from_key, to_edition, to_key, kind, commit_id,"
                       " linked_at, linked_by, message FROM links") +
               (all ? "" : " WHERE series = ?") +
               " ORDER BY series, from_edition, from_key, to_edition, to_key");
  if (!all) query.bind(1, series);
  std::vector<LinkRecord> records;
  while (query.executeStep()) {
    LinkRecord& record = records.emplace_back();
    CuratedLink& link = record.link;
    link.series = query.getColumn(0).getString();
    link.from_edition = query.getColumn(1).getString();
    link.from_key = query.getColumn(2).getString();
    link.to_edition = query.getColumn(3).getString();
    link.to_key = query.getColumn(4).getString();
    link.kind = parse_link_kind(query.getColumn(5).getString());
    record.commit = query.getColumn(6).getString();
    record.linked_at = query.getColumn(7).getString();
    record.linked_by = query.getColumn(8).getString();
    record.message = query.getColumn(9).getString();
  }
  return records;
}

void IndexDb::set_series_description(const std::string& series,
                                     const std::optional<std::string>& json,
                                     const CommitStamp& stamp) {
  SQLite::Statement remove(db_, "DELETE FROM series_descriptions WHERE series = ?");
  remove.bind(1, series);
  remove.exec();
  if (!json) return;
  try {
    // Stored in its canonical form, so that an index built from git compares equal.
    const std::string canonical = series_description_json(parse_series_description(
        *json, "commit " + stamp.commit + ": " + series_file_path(series)));
    SQLite::Statement insert(
        db_,
        "INSERT INTO series_descriptions (series, description, commit_id, described_at,"
        " described_by) VALUES (?, ?, ?, ?, ?)");
    insert.bind(1, series);
    insert.bind(2, canonical);
    insert.bind(3, stamp.commit);
    insert.bind(4, stamp.at);
    insert.bind(5, stamp.by);
    insert.exec();
  } catch (const Error& e) {
    throw Error(ErrorKind::store, e.what());  // what git holds is the store's, not input
  }
}

std::vector<SeriesRecord> IndexDb::series_descriptions() {
  std::vector<SeriesRecord> records;
  SQLite::Statement query(db_,
                          "SELECT series, description, commit_id, described_at, described_by"
                          " FROM series_descriptions ORDER BY series");
  while (query.executeStep()) {
    const std::string series = query.getColumn(0).getString();
    SeriesRecord& record = records.emplace_back();
    record.description =
        parse_series_description(query.getColumn(1).getString(), series_file_path(series));
    record.commit = query.getColumn(2).getString();
    record.described_at = query.getColumn(3).getString();
    record.described_by = query.getColumn(4).getString();
  }
  return records;
}

void IndexDb::set_attachments(const std::string& series, const std::string& edition,
                              const std::vector<Attachment>& attachments,
                              const CommitStamp& stamp) {
  const std::vector<Attachment> kept = this->attachments(series, edition);
  SQLite::Statement remove(db_, "DELETE FROM attachments WHERE series = ? AND edition = ?");
  remove.bind(1, series);
  remove.bind(2, edition);
  remove.exec();
  SQLite::Statement insert(
      db_,
      "INSERT INTO attachments (series, edition, position, name, sha256, size, media_type,"
      " source_url, retrieved, note, commit_id, attached_at, attached_by)"
      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  int position = 0;
  for (const Attachment& attachment : attachments) {
    // One recorded before keeps the commit that attached it.
    const auto earlier = std::find_if(kept.begin(), kept.end(), [&](const Attachment& old) {
      return old.name == attachment.name && old.sha256 == attachment.sha256;
    });
    const bool known = earlier != kept.end();
    insert.bind(1, series);
    insert.bind(2, edition);
    insert.bind(3, ++position);
    insert.bind(4, attachment.name);
    insert.bind(5, attachment.sha256);
    insert.bind(6, attachment.size);
    insert.bind(7, attachment.media_type);
    bind_or_null(insert, 8, attachment.provenance.source_url);
    bind_or_null(insert, 9, attachment.provenance.retrieved);
    bind_or_null(insert, 10, attachment.provenance.note);
    insert.bind(11, known ? earlier->commit : stamp.commit);
    insert.bind(12, known ? earlier->attached_at : stamp.at);
    insert.bind(13, known ? earlier->attached_by : stamp.by);
    insert.exec();
    insert.reset();
    insert.clearBindings();
  }
}

std::vector<Attachment> IndexDb::attachments(const std::string& series,
                                             const std::string& edition) {
  std::vector<Attachment> found;
  const bool all = series.empty() && edition.empty();
  SQLite::Statement query(
      db_, std::string("SELECT name, sha256, size, media_type, source_url, retrieved, note,"
                       " commit_id, attached_at, attached_by, series, edition FROM attachments") +
               (all ? " ORDER BY series, edition, position"
                    : " WHERE series = ? AND edition = ? ORDER BY position"));
  if (!all) {
    query.bind(1, series);
    query.bind(2, edition);
  }
  const auto text_at = [&](int column) {
    return query.isColumnNull(column) ? std::string() : query.getColumn(column).getString();
  };
  while (query.executeStep()) {
    Attachment& attachment = found.emplace_back();
    attachment.series = text_at(10);
    attachment.edition = text_at(11);
    attachment.name = text_at(0);
    attachment.sha256 = text_at(1);
    attachment.size = query.getColumn(2).getInt64();
    attachment.media_type = text_at(3);
    attachment.provenance = {text_at(4), text_at(5), text_at(6)};
    attachment.commit = text_at(7);
    attachment.attached_at = text_at(8);
    attachment.attached_by = text_at(9);
  }
  return found;
}

}  // namespace kiv
