#pragma once
// The kiv store: one directory holding a git repository (the source of truth: canonical JSON
// of every edition revision, the original source bytes of every import, provenance; one
// commit per imported revision) and an SQLite index of it (series, editions, revisions with
// their commit ids, items per revision and language). The index records the commit it
// reflects and catches up with git when a store is opened; it can always be rebuilt from git.
//
// Two libraries implement this class. kiv_core (no libgit2) opens a store whose index is
// current (open_indexed) and answers from the index: path, list, resolve, log, load_indexed,
// and the search, history and links reading built on them. kiv_archive (libgit2, the document
// readers) does everything that reads or writes git: open with catch-up, open_as_is,
// open_or_create, exists, import, load, canonical_json, source, verify, rebuild. A program that
// links kiv_core alone starts without loading libgit2 (see cli/main.cpp).
//
// Layout of the git tree at any commit:
//   SERIES/EDITION/edition.json    canonical JSON of the edition's latest revision
//   SERIES/EDITION/source          the bytes of the file that revision was imported from
//   SERIES/EDITION/revision.json   {revision, source_name, source_sha256, imported_at, ...}
//   SERIES/links.json              the series' curated lineage links (kiv/links.hpp), if any

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiv/document.hpp"
#include "kiv/edition.hpp"
#include "kiv/ids.hpp"

namespace kiv {

struct RevisionInfo {
  std::string series;
  std::string edition;
  int revision = 0;           // 1, 2, ... per edition
  std::string commit;         // git commit id (hex) that recorded this revision
  std::string imported_at;    // ISO 8601 UTC, e.g. 2026-11-24T10:00:00Z
  std::string imported_by;    // "Name <email>"
  std::string message;        // the commit message
  std::string source_name;    // base name of the imported file
  std::string source_sha256;  // hex SHA-256 of the imported bytes

  std::string ref() const;  // "kiv/2022-2024@2"
};

struct EditionSummary {
  std::string series;
  std::string edition;
  LangText title;
  std::optional<Period> period;
  std::string adopted;
  std::vector<std::string> languages;
  int priorities = 0;
  int themes = 0;
  RevisionInfo latest;
};

// One file to import: its bytes and the name it is known by (for messages and provenance).
struct ImportFile {
  std::string path;
  std::string bytes;
};

// How to read a file to import.
struct PrepareOptions {
  std::optional<DocumentFormat> format;  // empty: detect_document_format
  DocumentOverrides overrides;           // for documents; given for JSON: Error{input}
  Provenance provenance;                 // its non-empty fields replace the file's
};

// A file parsed, validated and ready to record. Making one reads and writes no store, so
// every problem with the input is found before a store is touched.
struct PreparedImport {
  std::string path;           // as given, for messages; its base name is recorded
  std::string bytes;          // the original bytes, recorded as the revision's source
  Edition edition;
  std::string canonical_json;
  std::string sha256;         // of `bytes`
  DocumentFormat format = DocumentFormat::json;
  std::optional<DocumentReading> reading;  // what was detected, for documents

  // A document (not canonical JSON) gives one language of an edition: imported over an
  // edition that has others, it adds its language to the same items (see Store::import).
  bool adds_languages() const { return format != DocumentFormat::json; }
};

// The largest file an import reads: a framework note is some kilobytes; a list of 100,000
// items some megabytes.
inline constexpr std::size_t kMaxImportBytes = 32u << 20;

// Reads `file` in its format (canonical JSON: parse_edition; text, Markdown, HTML:
// read_document) and applies the options. Throws Error{input} naming the file, also for a
// file larger than kMaxImportBytes.
PreparedImport prepare_import(ImportFile file, const PrepareOptions& options = {});

// "PATH: 50.0 MB is more than a note can be; expected at most 32 MB".
std::string too_large_message(const std::string& path, std::uintmax_t size);

// True when `author` has the form "Name <email>".
bool is_valid_author(std::string_view author);

struct ImportOptions {
  std::string author;   // "Name <email>"; empty: the git configuration's, else "kiv <kiv@localhost>"
  std::string message;  // commit message; empty: "Import SERIES/EDITION revision N from FILE"
  bool dry_run = false;    // work out every result, write nothing
  bool fail_fast = false;  // stop at the first file that fails
  // Called after each file with the number of files done, when set.
  std::function<void(std::size_t done)> progress = {};
};

enum class ImportOutcome {
  created,    // a new edition, revision 1
  revised,    // an existing edition with new content: revision N+1
  unchanged,  // identical content to the latest revision: nothing recorded
  failed,     // this file cannot be recorded (ImportResult::error says why); nothing of it is
};

struct ImportResult {
  ImportOutcome outcome = ImportOutcome::failed;
  // The new revision (its commit empty in a dry run), or for `unchanged` the latest existing
  // one; for `failed`, only series and edition.
  RevisionInfo revision;
  std::string error;        // for `failed`: the whole message, naming the file
  Edition edition;          // what is recorded: with keys, languages merged
  // In a dry run, the edition this one is compared with: the same edition's latest revision,
  // else the previous edition of the series as for key inheritance; none for a series' first
  // edition, and none outside a dry run.
  std::optional<Edition> previous;
  RevisionInfo previous_revision;  // its revision (commit empty when recorded by this batch)
};

// One problem Store::verify found: where (an edition revision such as "kiv/2022-2024@2", an
// edition such as "kiv/2022-2024" for its row of the index, a series' links file such as
// "kiv/links.json", else "git" or "index") and what is wrong, in a sentence for people.
struct VerifyProblem {
  std::string where;
  std::string what;
};

struct VerifyReport {
  int objects = 0;    // git objects read and checked against their ids
  int revisions = 0;  // edition revisions checked (one per changed edition per commit)
  std::vector<VerifyProblem> problems;
  bool ok() const { return problems.empty(); }
};

class Store {
 public:
  // The default store directory: $KIV_STORE, else ${XDG_DATA_HOME:-$HOME/.local/share}/kiv.
  static std::filesystem::path default_path();

  // Opens an existing store. Brings the index up to date: applies pending migrations and
  // indexes commits that git has and the index lacks. Throws Error{not_found} when `dir` is
  // not a store, Error{store} when its schema is newer than this program knows (the store is
  // then left untouched) or it cannot be read. Does no work that grows with the archive's
  // size when the index is current: it then tells so from git's files without starting libgit2,
  // and opens the repository only when a member reads git (load, canonical_json, source,
  // import, verify, rebuild).
  static Store open(const std::filesystem::path& dir);

  // Opens the store at `dir` from its index alone, when the index is current: it reflects the
  // commit git's branch main points at, which is read from git's files without libgit2
  // (git::read_main_ref). nullopt when it is not (git is ahead, the index is missing or was
  // emptied by a migration, the branch cannot be read that way) or `dir` is no store: open
  // then catches up or says why. The index is created or migrated when needed, as by open.
  static std::optional<Store> open_indexed(const std::filesystem::path& dir);

  // True when `dir` holds a store. Reads only.
  static bool exists(const std::filesystem::path& dir);

  // Opens an existing store as it is, for verify and rebuild: takes no lock and neither
  // migrates nor catches up the index, which may lag behind git, be missing or be damaged.
  // The index is opened (created when missing, migrated) only when a member that reads it
  // (import, list, resolve, log) is called; it is then not caught up. Throws Error{not_found}
  // when `dir` is not a store, Error{store} when its git repository cannot be opened.
  static Store open_as_is(const std::filesystem::path& dir);

  // Opens the store at `dir`, creating an empty one (directories, git repository, index)
  // when there is none. `created` is set to whether it was created.
  static Store open_or_create(const std::filesystem::path& dir, bool* created = nullptr);

  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;
  ~Store();

  const std::filesystem::path& path() const;

  // Records prepared files, in order, one result per file (fewer with fail_fast: none after
  // the first failure). Each edition whose content changed becomes one commit, with the keys it
  // lacks inherited by inherit_keys (kiv/keys.hpp) from the previous edition: the same edition's
  // latest revision, else the series' edition with the latest earlier period, else the series'
  // last imported edition (this batch's included). A document (PreparedImport::adds_languages)
  // imported over an edition with other languages is merged into it: its texts join the same
  // items, aligned by rank, and the edition-level values it gives replace the recorded ones.
  // The source is recorded as given; the canonical JSON carries the keys.
  // Each file stands alone: one that cannot be recorded (e.g. a page whose items do not align
  // with the recorded edition's) is `failed` and the others are recorded. The commits are
  // published together at the end; should writing the store fail (Error{store}), none is, and
  // the store (git refs and index) is exactly as before. Throws Error{input} for a malformed
  // author, before writing.
  std::vector<ImportResult> import(const std::vector<PreparedImport>& files,
                                   const ImportOptions& options);

  // Every edition, sorted by series, then period (editions without one last), then id.
  std::vector<EditionSummary> list() const;
  // Throws Error{not_found} unless the store holds the series `series`, naming those it holds:
  // "no series 'S' in the store; its series: a, b".
  void require_series(const std::string& series) const;

  // The revision a REF names (its latest revision when the REF names none). Throws
  // Error{not_found} naming the editions or revisions that exist.
  RevisionInfo resolve(const Ref& ref) const;

  // Revisions, newest first: of one edition, or of the whole store when `ref` is empty.
  std::vector<RevisionInfo> log(const std::optional<Ref>& ref) const;

  // The edition as recorded by a revision (from git).
  Edition load(const RevisionInfo& revision) const;
  // The edition as the index holds it, without reading git: its title and its items (key,
  // rank, title, description, subtopics) in every language, equal to load's; period, adopted
  // and provenance are left empty. What diff_editions needs, at a fraction of load's cost.
  Edition load_indexed(const RevisionInfo& revision) const;
  // The canonical JSON of a revision, as stored.
  std::string canonical_json(const RevisionInfo& revision) const;
  // The original bytes the revision was imported from.
  std::string source(const RevisionInfo& revision) const;

  // Checks the whole store, reading only, under the store lock:
  //  - git: every object of the object database can be read and hashes to its id;
  //  - every revision, walking refs/heads/main oldest first (a commit's changed SERIES/EDITION
  //    directories are the revisions it records, numbered by their place in the history):
  //    edition.json parses and names its directory, revision.json is whole and records that
  //    number, and the SHA-256 of `source` is the one revision.json records;
  //  - every SERIES/links.json a commit writes parses and links editions the commit holds;
  //  - the index holds exactly what git does: it is compared, table by table and row by row,
  //    with an index built from git in memory; it must reflect main's head commit and have
  //    this program's schema.
  // Open the store with open_as_is to verify it: open would first bring a lagging index up
  // to date, and verify would not see that it lagged. Verify writes no file of the store but
  // the lock file when it is missing (the index is opened read-only). Every problem is reported, none is thrown; throws only
  // when the store cannot be locked.
  VerifyReport verify() const;

  // Recreates the index from git alone, under the store lock: builds index.sqlite.new, and
  // only once it is whole renames it over index.sqlite, which may be missing or damaged.
  // Afterwards list, resolve, log and load answer as an index kept up by imports would.
  // Throws Error{store} when git's history cannot be indexed; the old index is then left as
  // it was.
  void rebuild();

 private:
  struct Impl;
  friend struct StoreAccess;  // core/src/store_impl.hpp: the library's own modules
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace kiv
