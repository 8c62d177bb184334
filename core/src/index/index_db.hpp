#pragma once
// The SQLite index of a store: what git holds, arranged for queries (migrations/ has its
// schema). IndexDb is the implementation of kiv::Index and the only holder of the database:
// every SQL statement of kiv is one of its members' (core/src/index/), with bound parameters
// only. The rest of the library reads and writes the index through these members.

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "index/history_rows.hpp"
#include "kiv/attachments.hpp"
#include "kiv/edition.hpp"
#include "kiv/index.hpp"
#include "kiv/links.hpp"
#include "kiv/search.hpp"
#include "kiv/series.hpp"
#include "kiv/verify.hpp"

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
  // Opens (creating when missing) and migrates the index, for a writer (under the store's
  // write lock when it may create or migrate). The index is kept in write-ahead-log mode, so
  // that readers see the last committed state while a writer works. Throws Error{store} for a
  // newer schema, before altering anything.
  explicit IndexDb(const std::filesystem::path& file);
  // Opens an existing index for reading, as readers do without the store lock: nullopt when
  // the file is missing or of an older schema (a writer must create or migrate it first).
  // On a store the user cannot write, the index is read as it is on disk. Throws Error{store}
  // for a newer schema or a file that cannot be read as an index.
  static std::optional<IndexDb> open_for_reading(const std::filesystem::path& file);
  // Opens an existing index read-only, as it is: neither created nor migrated (verify).
  // Throws Error{store} when it cannot be opened.
  static IndexDb open_read_only(const std::filesystem::path& file);

  // The implementation of `index`.
  static IndexDb& of(const Index& index) { return *index.db_; }

  // ---- State ---------------------------------------------------------------------------
  // The schema version of the database: the highest migration applied.
  int schema_version();
  // Whether the index reflects the commit git's branch main points at in the store at
  // `store_dir`, read from git's files without libgit2 (git::read_main); false when the
  // branch cannot be read that way. A store without the branch is current while the index
  // has indexed nothing.
  bool is_current(const std::filesystem::path& store_dir);
  // The git commit the index reflects; nullopt for a new index.
  std::optional<std::string> indexed_commit();

  // ---- Writing ---------------------------------------------------------------------------
  // Throws Error{store} unless this connection can write the index now: the file is writable
  // and no other connection holds its write lock. A write checks it before it publishes, so
  // that an index it could not update never makes it report failure after git has its commits.
  void require_writable();
  // Changes made while a Transaction lives are kept only when it is committed.
  class Transaction {
   public:
    explicit Transaction(IndexDb& index) : transaction_(index.db_) {}
    void commit() { transaction_.commit(); }

   private:
    SQLite::Transaction transaction_;
  };

  void set_indexed_commit(const std::string& commit);
  // Removes every indexed revision (before a full reindex).
  void clear();
  // When the revisions recorded by `commits` (hex ids) are the index's last rows: the first
  // of them, for remove_revisions_from (the row after the last when it has none of theirs);
  // nullopt when a row of another commit follows one of theirs.
  std::optional<std::int64_t> tail_of(const std::vector<std::string>& commits);
  // Removes the revisions from row `first` on, with their titles, items and search rows; each
  // edition's row then says what its latest remaining revision says, and an edition none of
  // whose revisions remain is gone. The series' state (links, attachments, descriptions) is
  // left as it is.
  void remove_revisions_from(std::int64_t first);
  // Empties what the index holds of the series' state: links, attachments, descriptions.
  void clear_series_state();
  void add_revision(const RevisionInfo& revision, const Edition& edition);
  // Records one revision and its content; the edition's latest revision moves to it. Its
  // texts are searchable once tidy_search has run.
  // To call when a batch of revisions is added, before the transaction commits: the search
  // table indexes their texts; and when they are at least a quarter of all revisions (a bulk
  // import, a reindex), it is merged into one segment, so that a search reads one b-tree per
  // word rather than one per segment. That rewrites the table, so it waits until the table has
  // grown by a quarter: over a store's life, a few times its final size.
  void tidy_search();
  // Makes the links of `series` those of `links` (its links.json at commit `stamp`): links no
  // longer there are removed, new ones recorded with `stamp`, and a link whose kind changed
  // takes `stamp` too; the others keep the commit that recorded them.
  void set_links(const std::string& series, const std::vector<CuratedLink>& links,
                 const CommitStamp& stamp);

  // Makes the description of `series` the canonical series file `json` (its series.json at
  // commit `stamp`), or removes it when nullopt. Throws Error{store} naming the commit when the
  // file does not parse.
  void set_series_description(const std::string& series, const std::optional<std::string>& json,
                              const CommitStamp& stamp);

  // Makes the attachments of the edition those of `attachments` (its attachments.json at
  // commit `stamp`, in order): one already recorded with the same name and bytes keeps the
  // commit that attached it, the others take `stamp`.
  void set_attachments(const std::string& series, const std::string& edition,
                       const std::vector<Attachment>& attachments, const CommitStamp& stamp);

  // ---- Editions and revisions ------------------------------------------------------------
  std::vector<std::string> series();
  std::vector<std::string> editions_of(const std::string& series);
  // Every edition, or those of `series` when it is not empty (Index::list's order). `brief`:
  // what Index::Listing::brief promises, read off the editions' rows alone.
  std::vector<EditionSummary> list(const std::string& series = "", bool brief = false);
  // Throws Error{not_found} unless the index holds the series: "no series 'S' in the store;
  // its series: a, b", or "... in the store (the store is empty)".
  void require_series(const std::string& series);
  // The same, given the store's series (IndexDb::series), read once.
  static void require_series(const std::string& series, const std::vector<std::string>& all);
  // The latest revision of each edition of `series`, oldest import first.
  std::vector<RevisionInfo> latest_revisions(const std::string& series);
  // The revision, or the latest when `revision` is empty; nullopt when there is none.
  std::optional<RevisionInfo> find_revision(const std::string& series, const std::string& edition,
                                            std::optional<int> revision);
  // The revision of row id `id` (revisions.id); nullopt when there is none.
  std::optional<RevisionInfo> revision_by_id(std::int64_t id);
  // Newest first; all revisions of the store when series and edition are empty.
  std::vector<RevisionInfo> revisions(const std::string& series, const std::string& edition);
  // The edition revision `revision` records (Index::load). Throws Error{not_found} when the
  // index has no such revision.
  Edition edition(const RevisionInfo& revision);

  // ---- Attachments ---------------------------------------------------------------------------
  // The attachments of an edition, in the order attached; with series and edition empty, every
  // attachment of the store, by series and edition.
  std::vector<Attachment> attachments(const std::string& series, const std::string& edition);

  // ---- Series described (kiv series add) ---------------------------------------------------
  // Every series described, sorted by id, with the commit that recorded each.
  std::vector<SeriesRecord> series_descriptions();

  // ---- Links -----------------------------------------------------------------------------
  // The links of `series` (of every series when empty), sorted as link_before.
  std::vector<LinkRecord> links(const std::string& series);

  // ---- Search (index/search.cpp) ---------------------------------------------------------
  // kiv::search (kiv/search.hpp).
  std::vector<SearchHit> search(const SearchQuery& query);

  // ---- History (index/history_queries.cpp) -----------------------------------------------
  // The editions of `series`, in the order of Index::list (period, editions without one last,
  // id). Empty when the series has none.
  std::vector<SeriesEdition> series_edition_rows(const std::string& series);

  // The items of one section of revisions in `lang`, by rank, read with one prepared
  // statement. `titles_only`: key, rank and title, without description and subtopics (for
  // steps that only pair and order items).
  class SectionReader {
   public:
    SectionReader(IndexDb& index, Section section, const std::string& lang, bool titles_only);
    std::vector<HistoryItem> read(std::int64_t revision_id);

   private:
    SQLite::Statement query_;
    Section section_;
    std::string lang_;
    bool titles_only_;
  };

  // The items keyed `key` in `lang` of the latest revisions of the series' editions, both
  // sections: revision id -> (section, item).
  std::map<std::int64_t, std::vector<KeyedItem>> items_with_key(const std::string& series,
                                                                const std::string& key,
                                                                const std::string& lang);

  // Every item of one section of the series' latest revisions in `lang`: revision id -> items
  // by rank.
  std::map<std::int64_t, std::vector<HistoryItem>> series_section_items(const std::string& series,
                                                                        Section section,
                                                                        const std::string& lang);

  // Calls `visit(key, title)` for every item with a key of the series' latest revisions, all
  // languages and sections, each (key, title) once.
  void for_each_title(
      const std::string& series,
      const std::function<void(std::string_view key, std::string_view title)>& visit);

  // ---- Verify (index/compare.cpp) --------------------------------------------------------
  // Every row that differs between this index and `from_git` (both of this program's schema),
  // as problems where the row's revision ("kiv/2022-2024@1"), edition ("kiv/2022-2024") or
  // links file ("kiv/links.json") says, e.g. "the index has title 'x' for priority 5 (nl), git
  // has 'y'". A revision that one of the two lacks is reported once, not row by row. Rows of
  // the revisions, editions and links files named in `skip` (those git holds but could not
  // give whole) are not compared. Reads only.
  std::vector<VerifyProblem> differences_from(IndexDb& from_git, const std::set<std::string>& skip);

 private:
  struct AsIs {};
  IndexDb(SQLite::Database db, AsIs) : db_(std::move(db)) {}
  std::vector<EditionSummary> brief_list(const std::string& series);
  // Writes the edition's row: its latest revision (row `revision_id`) and what a listing shows.
  void write_edition_row(std::int64_t revision_id, const RevisionInfo& revision,
                         const Edition& edition);
  int revisions_added_ = 0;            // since the last tidy_search
  std::int64_t first_unsearched_ = 0;  // the first and last of them
  std::int64_t last_unsearched_ = 0;

  SQLite::Database db_;
};

}  // namespace kiv
