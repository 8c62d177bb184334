#pragma once
// The SQLite index of a store: what git holds, arranged for queries. Bound parameters only.

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "kiv/edition.hpp"
#include "kiv/links.hpp"
#include "kiv/store.hpp"

namespace kiv {

// Who made a commit, when and why: what the index keeps of the commit that recorded a link.
struct CommitStamp {
  std::string commit;   // hex id
  std::string at;       // ISO 8601 UTC
  std::string by;       // "Name <email>"
  std::string message;  // without trailing newlines
};

class IndexDb {
 public:
  // Opens (creating when missing) and migrates the index. Throws Error{store} for a newer
  // schema, before altering anything.
  explicit IndexDb(const std::filesystem::path& file);

  SQLite::Database& db() { return db_; }

  // The git commit the index reflects; nullopt for a new index.
  std::optional<std::string> indexed_commit();
  void set_indexed_commit(const std::string& commit);
  // Removes every indexed revision (before a full reindex).
  void clear();
  // Records one revision and its content; the edition's latest revision moves to it.
  void add_revision(const RevisionInfo& revision, const Edition& edition);
  // To call when a batch of revisions is added: when they are at least a quarter of all
  // revisions (a bulk import, a reindex), merges the search table's segments into one, so that
  // a search reads one b-tree per word rather than one per segment. That rewrites the table,
  // so it waits until the table has grown by a quarter: over a store's life, a few times its
  // final size.
  void tidy_search();

  std::vector<std::string> series();
  std::vector<std::string> editions_of(const std::string& series);
  // Every edition, or those of `series` when it is not empty (Store::list's order).
  std::vector<EditionSummary> list(const std::string& series = "");
  // Throws Error{not_found} unless the index holds the series: "no series 'S' in the store;
  // its series: a, b", or "... in the store (the store is empty)".
  void require_series(const std::string& series);
  // The latest revision of each edition of `series`, oldest import first.
  std::vector<RevisionInfo> latest_revisions(const std::string& series);
  // The revision, or the latest when `revision` is empty; nullopt when there is none.
  std::optional<RevisionInfo> find_revision(const std::string& series, const std::string& edition,
                                            std::optional<int> revision);
  // The revision of row id `id` (revisions.id); nullopt when there is none.
  std::optional<RevisionInfo> revision_by_id(std::int64_t id);
  // Newest first; all revisions of the store when series and edition are empty.
  std::vector<RevisionInfo> revisions(const std::string& series, const std::string& edition);

  // Makes the links of `series` those of `links` (its links.json at commit `stamp`): links no
  // longer there are removed, new ones recorded with `stamp`, and a link whose kind changed
  // takes `stamp` too; the others keep the commit that recorded them.
  void set_links(const std::string& series, const std::vector<CuratedLink>& links,
                 const CommitStamp& stamp);
  // The links of `series` (of every series when empty), sorted as link_before.
  std::vector<LinkRecord> links(const std::string& series);

 private:
  // The revision's rows of the search table (migrations/0004_search.sql).
  void add_search_rows(std::int64_t revision_id, const Edition& edition);

  int revisions_added_ = 0;  // since the last tidy_search

  SQLite::Database db_;
};

}  // namespace kiv
