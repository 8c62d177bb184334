#pragma once
// The archive: a store's git history, the source of truth, with the index kept in line with
// it (kiv/index.hpp). Everything that reads or writes git goes through an Archive: opening a
// store and catching its index up, reading what a revision recorded, importing, linking,
// verifying and rebuilding. A program that reads the index only (kiv's own commands) links
// none of it, and starts without libgit2.
//
// Terms:
//   store   one directory: `git/`, a bare repository whose branch main has one commit per
//           recorded change; `index.sqlite`, the index; `lock`, which writers take so that one
//           process at a time changes the store.
//   write   every change of the store is one write (core/src/archive/write.hpp): the
//           author's signature, the store lock, the index caught up with git, the commits in
//           one git transaction, published together by a compare-and-swap of main, then the
//           index updated in one SQLite transaction. A write that fails before it publishes
//           leaves the store exactly as it was; once published, an index that could not be
//           updated catches up at the next open.
//
// Layout of the git tree at any commit:
//   SERIES/EDITION/edition.json    canonical JSON of the edition's latest revision
//   SERIES/EDITION/source          the bytes of the file that revision was imported from
//   SERIES/EDITION/revision.json   {revision, source_name, source_sha256, imported_at, ...}
//   SERIES/links.json              the series' curated lineage links (kiv/links.hpp), if any
//   SERIES/series.json             the series' description (kiv/series.hpp), if described
//   SERIES/EDITION.attachments/    the edition's attachments (kiv/attachments.hpp), if any

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kiv/edition.hpp"
#include "kiv/import.hpp"
#include "kiv/index.hpp"
#include "kiv/verify.hpp"

namespace kiv {

struct CuratedLink;
struct LinkOptions;
struct LinkRecord;
struct SeriesDescription;
struct Attachment;
struct SeriesRecord;
struct Remote;
struct TransferOptions;
struct FetchResult;
struct PullOptions;
struct PullResult;
struct PushResult;

class Archive {
 public:
  // Opens an existing store and brings its index up to date: applies pending migrations and
  // indexes the commits git has and the index lacks. Throws Error{not_found} when `dir` is not
  // a store, Error{store} when its schema is newer than this program knows (the store is then
  // left untouched) or it cannot be read. Does no work that grows with the archive's size when
  // the index is current (Index::open_current), and then takes no lock and starts libgit2 only
  // when a member reads git. On a store the user cannot write, an index that is not current is
  // Error{store}.
  static Archive open(const std::filesystem::path& dir);

  // Opens an existing store as it is, for verify and rebuild: takes no lock and neither
  // migrates nor catches up the index, which may lag behind git, be missing or be damaged.
  // The index is opened (created when missing, migrated) only when index() or import is
  // called; it is then not caught up. Throws Error{not_found} when `dir` is not a store,
  // Error{store} when its git repository cannot be opened.
  static Archive open_as_is(const std::filesystem::path& dir);

  // The store as it was at `timestamp` (kiv/dates.hpp, e.g. "2026-12-01T14:30:05Z"): an
  // archive whose index is built, in memory, from the history of main up to the first commit
  // recorded after that second (a commit's time is its author time, which revisions show as
  // imported_at). Reads only: takes no lock and leaves the store's own index alone; meant for
  // reading (nothing written through it is seen by its index). Throws Error{not_found} when
  // `dir` is not a store or had recorded nothing by then, naming when its first commit was.
  static Archive open_as_of(const std::filesystem::path& dir, const std::string& timestamp);
  // Opens the store at `dir`, creating an empty one (directories, git repository, index)
  // when there is none. `created` is set to whether it was created.
  static Archive open_or_create(const std::filesystem::path& dir, bool* created = nullptr);

  // True when `dir` holds a store. Reads only.
  static bool exists(const std::filesystem::path& dir);

  Archive(Archive&&) noexcept;
  Archive& operator=(Archive&&) noexcept;
  ~Archive();

  const std::filesystem::path& path() const;

  // The store's index: current, unless the archive was opened as it is.
  const Index& index() const;

  // The edition as a revision recorded it, from git: everything, provenance included.
  Edition load(const RevisionInfo& revision) const;
  // The canonical JSON of a revision, as stored.
  std::string canonical_json(const RevisionInfo& revision) const;
  // The original bytes the revision was imported from.
  std::string source(const RevisionInfo& revision) const;
  // The bytes of an attachment (kiv/attachments.hpp), from the commit that attached it.
  std::string attachment_bytes(const Attachment& attachment) const;

  // Records prepared files, in order, one result per file (fewer with fail_fast: none after
  // the first failure), as one write. Each edition whose content changed becomes one commit,
  // with the keys it lacks inherited by inherit_keys (kiv/keys.hpp) from the previous edition:
  // the same edition's latest revision, else the series' edition with the latest earlier
  // period, else the series' last imported edition (this batch's included). A document
  // (PreparedImport::adds_languages) imported over an edition with other languages is merged
  // into it: its texts join the same items, aligned by rank, and the edition-level values it
  // gives replace the recorded ones. The source is recorded as given; the canonical JSON
  // carries the keys. Each file stands alone: one that cannot be recorded (e.g. a page whose
  // items do not align with the recorded edition's) is `failed` and the others are recorded.
  // Should writing the store fail (Error{store}), nothing is published and the store (git refs
  // and index) is exactly as before. Throws Error{input} for a malformed author, before
  // writing. A dry run works every result out and publishes nothing.
  std::vector<ImportResult> import(std::vector<PreparedImport> files, const ImportOptions& options);
  // The files of an import, one at a time: the next file ready to record, nullopt at the end.
  using ImportSource = std::function<std::optional<PreparedImport>()>;
  // The same import, the files taken from `next` one at a time and let go once recorded: a
  // batch costs the memory of its results (revisions; editions only in a dry run) and of its
  // new git objects, not of its files.
  std::vector<ImportResult> import(const ImportSource& next, const ImportOptions& options);

  // Why the index could not take what the last import, link or unlink recorded in git (the
  // write succeeded: its commits are published, and the index catches up at the next open);
  // nullopt when it did.
  const std::optional<std::string>& index_behind() const;

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
  // the lock file when it is missing (the index is opened read-only). Every problem is
  // reported, none is thrown; throws only when the store cannot be locked.
  VerifyReport verify() const;

  // Recreates the index from git alone, under the store lock: builds index.sqlite.new, and
  // only once it is whole renames it over index.sqlite, which may be missing or damaged.
  // Afterwards the index answers as one kept up by imports would. Throws Error{store} when
  // git's history cannot be indexed; the old index is then left as it was.
  void rebuild();

  struct Impl;  // core/src/archive/archive_impl.hpp

 private:
  explicit Archive(std::unique_ptr<Impl> impl);
  // Writes of the archive declared with the links (kiv/links.hpp).
  friend LinkRecord link(Archive& archive, const CuratedLink& link, const LinkOptions& options);
  friend LinkRecord unlink(Archive& archive, const CuratedLink& link, const LinkOptions& options);
  // Declared with the attachments (kiv/attachments.hpp).
  friend Attachment attach(Archive& archive, const Ref& edition, const std::string& path,
                           const std::string& bytes, const Provenance& provenance,
                           const std::string& author, const std::string& message);
  // Declared with the series (kiv/series.hpp).
  friend SeriesRecord describe_series(Archive& archive, const SeriesDescription& description,
                                      const std::string& author, const std::string& message);
  // Declared with the sharing of archives (kiv/sharing.hpp).
  friend std::vector<Remote> remotes(Archive& archive);
  friend void add_remote(Archive& archive, const Remote& remote);
  friend void remove_remote(Archive& archive, const std::string& name);
  friend FetchResult fetch(Archive& archive, const std::string& remote,
                           const TransferOptions& options);
  friend PullResult pull(Archive& archive, const std::string& remote, const PullOptions& options);
  friend PushResult push(Archive& archive, const std::string& remote,
                         const TransferOptions& options);
  friend Archive clone(const std::string& url, const std::filesystem::path& dir,
                       const TransferOptions& options);
  std::unique_ptr<Impl> impl_;
};

// The libraries an Archive reads and writes with, as they name their versions at run time:
// "libgit2 1.5.1, SQLite 3.40.1".
std::string library_versions();

}  // namespace kiv
