#include <SQLiteCpp/Statement.h>

#include <map>
#include <optional>
#include <utility>

#include "index/index_db.hpp"

namespace kiv {
namespace {

// A table of the index as rows: each row's revision or edition (where), what the row stands
// for (label), and the values compared. Orphaned rows (of no revision) are where "index".
struct Table {
  const char* sql;                  // selects where, label, then the values
  std::vector<const char*> values;  // the values' names, for messages
};

const Table kRevisions = {
    "SELECT series || '/' || edition || '@' || revision, 'the revision', commit_id, imported_at,"
    " imported_by, message, source_name, source_sha256, priorities, themes, period_from, period_to,"
    " adopted, source_url, retrieved, note, document_languages, media_type, source_size,"
    " kiv_version, in_force_from, in_force_to, extended_to, superseded_by FROM revisions",
    {"commit",
     "import time",
     "importer",
     "message",
     "source name",
     "source SHA-256",
     "number of priorities",
     "number of themes",
     "period start",
     "period end",
     "adoption date",
     "source URL",
     "retrieval date",
     "note",
     "document languages",
     "media type",
     "source size",
     "kiv version",
     "in force from",
     "in force to",
     "extended to",
     "superseded by"}};

const Table kRowsOfRevisions[] = {
    {"SELECT e.series || '/' || e.edition, 'the edition', r.revision, e.period_from, e.period_to,"
     " e.adopted, e.revision, e.priorities, e.themes, e.languages, e.title, e.in_force_from,"
     " e.in_force_to, e.extended_to, e.superseded_by"
     " FROM editions e LEFT JOIN revisions r ON r.id = e.latest_revision",
     {"latest revision", "period start", "period end", "adoption date", "listed revision",
      "listed number of priorities", "listed number of themes", "listed languages", "listed title",
      "listed start in force", "listed end in force", "listed extension", "listed successor"}},
    {"SELECT COALESCE(r.series || '/' || r.edition || '@' || r.revision, 'index'),"
     " 'the title (' || t.lang || ')', t.title"
     " FROM edition_titles t LEFT JOIN revisions r ON r.id = t.revision_id",
     {"text"}},
    {"SELECT COALESCE(r.series || '/' || r.edition || '@' || r.revision, 'index'),"
     " CASE i.section WHEN 'priorities' THEN 'priority ' ELSE 'theme ' END || i.rank"
     " || ' (' || i.lang || ')', k.key, i.key_origin, i.title, i.description, i.subtopics"
     " FROM items i LEFT JOIN item_keys k ON k.id = i.key_id"
     " LEFT JOIN revisions r ON r.id = i.revision_id",
     {"key", "key origin", "title", "description", "subtopics"}},
    {"SELECT series || '/links.json', 'the link ' || from_edition || ':' || from_key || ' -> '"
     " || to_edition || ':' || to_key, kind, commit_id, linked_at, linked_by, message FROM links",
     {"kind", "commit", "link time", "author", "message"}},
    {"SELECT series || '/series.json', 'the description', description, commit_id,"
     " described_at, described_by FROM series_descriptions",
     {"description", "commit", "description time", "author"}},
    {"SELECT series || '/' || edition || '.attachments', 'attachment ' || position, name, sha256,"
     " size, media_type, source_url, retrieved, note, commit_id, attached_at, attached_by"
     " FROM attachments",
     {"name", "SHA-256", "size", "media type", "source URL", "retrieval date", "note", "commit",
      "attach time", "author"}},
};

using Value = std::optional<std::string>;
using Rows = std::map<std::pair<std::string, std::string>, std::vector<Value>>;

Rows read_rows(SQLite::Database& db, const Table& table) {
  Rows rows;
  SQLite::Statement query(db, table.sql);
  while (query.executeStep()) {
    std::vector<Value> values;
    for (int column = 2; column < query.getColumnCount(); ++column) {
      values.push_back(query.isColumnNull(column) ? Value()
                                                  : Value(query.getColumn(column).getString()));
    }
    rows.emplace(std::pair(query.getColumn(0).getString(), query.getColumn(1).getString()),
                 std::move(values));
  }
  return rows;
}

// Compares one table, skipping the rows whose where is in `skip`. Adds to `lacking` (when
// given) the where of every row that one side lacks.
void compare_table(SQLite::Database& index, SQLite::Database& from_git, const Table& table,
                   const std::set<std::string>& skip, std::set<std::string>* lacking,
                   std::vector<VerifyProblem>& problems) {
  const Rows ours = read_rows(index, table);
  const Rows theirs = read_rows(from_git, table);
  const auto report = [&](const std::string& where, std::string what) {
    if (!skip.contains(where)) problems.push_back({where, std::move(what)});
  };
  const auto note_lacking = [&](const std::string& where) {
    if (lacking != nullptr) lacking->insert(where);
  };
  auto a = ours.begin();
  auto b = theirs.begin();
  while (a != ours.end() || b != theirs.end()) {
    if (b == theirs.end() || (a != ours.end() && a->first < b->first)) {
      report(a->first.first, "the index has " + a->first.second + ", git does not");
      note_lacking(a->first.first);
      ++a;
    } else if (a == ours.end() || b->first < a->first) {
      report(b->first.first, "the index lacks " + b->first.second);
      note_lacking(b->first.first);
      ++b;
    } else {
      for (std::size_t v = 0; v < table.values.size(); ++v) {
        const Value& has = a->second[v];
        const Value& should = b->second[v];
        if (has == should) continue;
        const std::string name = table.values[v];
        report(a->first.first, "the index has " + (has ? name + " '" + *has + "'" : "no " + name) +
                                   " for " + a->first.second + ", git has " +
                                   (should ? "'" + *should + "'" : "none"));
      }
      ++a;
      ++b;
    }
  }
}

// Every term of the search table's full-text index with the number of rows and of places it
// is in, read through a temporary fts5vocab table (the database itself is not written).
std::map<std::string, std::pair<std::int64_t, std::int64_t>> search_terms(SQLite::Database& db) {
  db.exec("DROP TABLE IF EXISTS temp.item_search_terms");
  db.exec("CREATE VIRTUAL TABLE temp.item_search_terms USING fts5vocab(main, item_search, row)");
  std::map<std::string, std::pair<std::int64_t, std::int64_t>> terms;
  {
    SQLite::Statement query(db, "SELECT term, doc, cnt FROM temp.item_search_terms");
    while (query.executeStep()) {
      terms.emplace(query.getColumn(0).getString(),
                    std::pair(query.getColumn(1).getInt64(), query.getColumn(2).getInt64()));
    }
  }
  db.exec("DROP TABLE temp.item_search_terms");
  return terms;
}

// Whether the full-text index of `index`, whose search rows hold the same texts as those of
// `from_git`, indexes them differently: a damaged index that the rows' texts do not show.
std::optional<VerifyProblem> search_terms_differ(SQLite::Database& index,
                                                 SQLite::Database& from_git) {
  const auto ours = search_terms(index);
  const auto theirs = search_terms(from_git);
  if (ours == theirs) return std::nullopt;
  int differing = 0;
  std::string example;
  for (const auto& [term, counts] : theirs) {
    const auto found = ours.find(term);
    const auto has = found == ours.end() ? std::pair<std::int64_t, std::int64_t>() : found->second;
    if (has == counts) continue;
    if (++differing == 1) {
      example = "'" + term + "' is in " + std::to_string(has.first) +
                " rows, its texts have it in " + std::to_string(counts.first);
    }
  }
  for (const auto& [term, counts] : ours) {
    if (theirs.contains(term)) continue;
    if (++differing == 1) {
      example = "'" + term + "' is in " + std::to_string(counts.first) + " rows, its texts lack it";
    }
  }
  return VerifyProblem{"index",
                       "the search index does not match its texts: " + std::to_string(differing) +
                           " terms differ (" + example + "); run 'kiv rebuild'"};
}

}  // namespace

std::vector<VerifyProblem> IndexDb::differences_from(IndexDb& other,
                                                     const std::set<std::string>& skip) {
  SQLite::Database& index = db_;
  SQLite::Database& from_git = other.db_;
  std::vector<VerifyProblem> problems;
  // A revision one side lacks is one problem, not one per title and item.
  std::set<std::string> lacking;
  compare_table(index, from_git, kRevisions, skip, &lacking, problems);
  lacking.insert(skip.begin(), skip.end());
  for (const Table& table : kRowsOfRevisions) {
    compare_table(index, from_git, table, lacking, nullptr, problems);
  }
  // The search table indexes the items rows (external content): only items that hold the same
  // texts can be expected to give the same terms.
  if (lacking.empty() && problems.empty()) {
    if (auto problem = search_terms_differ(index, from_git))
      problems.push_back(std::move(*problem));
  }
  return problems;
}

}  // namespace kiv
