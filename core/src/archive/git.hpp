#pragma once
// A thin RAII layer over libgit2 for the store: a bare repository whose branch refs/heads/main
// is the history of the archive. Every libgit2 failure becomes Error{store} with git's message.

#include <git2.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "main_ref.hpp"

namespace kiv::git {

template <typename T, void (*Free)(T*)>
struct Deleter {
  void operator()(T* handle) const noexcept { Free(handle); }
};
template <typename T, void (*Free)(T*)>
using Handle = std::unique_ptr<T, Deleter<T, Free>>;

using RepositoryHandle = Handle<git_repository, git_repository_free>;
using TreeHandle = Handle<git_tree, git_tree_free>;
using CommitHandle = Handle<git_commit, git_commit_free>;
using BlobHandle = Handle<git_blob, git_blob_free>;
using SignatureHandle = Handle<git_signature, git_signature_free>;
using RevwalkHandle = Handle<git_revwalk, git_revwalk_free>;
using TreeEntryHandle = Handle<git_tree_entry, git_tree_entry_free>;

// Throws Error{store} "WHAT: git's message" when rc < 0.
void check(int rc, std::string_view what);
// "WHAT: git's message" for a call that returned rc < 0, for reporting without throwing.
std::string failure(int rc, std::string_view what);

std::string to_hex(const git_oid& oid);
// Orders object ids, for sorted containers and std::sort.
struct OidLess {
  bool operator()(const git_oid& a, const git_oid& b) const { return git_oid_cmp(&a, &b) < 0; }
};
// A git time as ISO 8601 UTC, e.g. 2026-11-24T10:00:00Z.
std::string iso_utc(git_time_t seconds);
git_oid from_hex(std::string_view hex);

// One file to write at a path of the tree.
struct FileUpdate {
  std::string path;  // e.g. "kiv/2022-2024/edition.json"
  std::string bytes;
};

// One change of a tree by an object the repository holds already: the blob `blob` at `path`,
// or, without a blob, no file at `path` (removed).
struct BlobUpdate {
  std::string path;
  std::optional<git_oid> blob;
};

class Repository {
 public:
  static Repository init(const std::filesystem::path& dir);  // a new bare repository
  static Repository open(const std::filesystem::path& dir);
  static bool exists(const std::filesystem::path& dir);

  // The commit refs/heads/main points at; nullopt for an empty history.
  std::optional<git_oid> head() const;

  // Whether the object database holds the object `id`.
  bool contains(const git_oid& id) const;
  CommitHandle commit(const git_oid& id) const;
  TreeHandle tree_of(const git_commit& commit) const;
  // The blob at `path` in `tree`, or nullopt when there is none.
  std::optional<git_oid> blob_id_at(const git_tree& tree, const std::string& path) const;
  std::string read_blob(const git_oid& id) const;
  std::optional<std::string> read_file(const git_tree& tree, const std::string& path) const;
  // The id `bytes` would have as a blob (nothing is written).
  static git_oid hash_blob(std::string_view bytes);

  // Commits, oldest first, reachable from `to` and not from `from` (all when from is empty).
  // Returns nullopt when `from` is no ancestor of `to` (history was replaced).
  std::optional<std::vector<git_oid>> commits_between(const std::optional<git_oid>& from,
                                                      const git_oid& to) const;

  git_repository* get() const { return repo_.get(); }

  // The in-memory object backend that transactions write to, added to the object database
  // with the highest priority on first use (once: two of them would split the writes).
  git_odb_backend* memory_backend();

 private:
  explicit Repository(RepositoryHandle repo) : repo_(std::move(repo)) {}
  RepositoryHandle repo_;
  git_odb_backend* memory_backend_ = nullptr;  // owned by the object database
};

// A batch of commits on refs/heads/main that becomes visible all at once or not at all.
// Objects are kept in memory until publish(), which writes them as one pack file (see
// pack_writer.hpp) and then moves the branch with a compare-and-swap. Destroying an unpublished
// transaction discards everything it wrote.
class Transaction {
 public:
  explicit Transaction(Repository& repo);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  // The tip of the batch: the last commit made, else the branch's commit at the start.
  const std::optional<git_oid>& tip() const { return tip_; }

  // Writes `files` over the tip's tree and commits the result on top of the tip.
  git_oid commit(const std::vector<FileUpdate>& files, const git_signature& author,
                 const std::string& message);
  // The same with files some of which the repository holds already (`blobs`, applied after
  // `files`), and a committer of its own: a commit of another store recorded again.
  git_oid commit(const std::vector<FileUpdate>& files, const std::vector<BlobUpdate>& blobs,
                 const git_signature& author, const git_signature& committer,
                 const std::string& message);
  // Makes `commit`, which the repository holds and which descends from the tip, the tip: a
  // fast-forward to a history received from elsewhere.
  void adopt(const git_oid& commit) { tip_ = commit; }

  // Writes the pack and moves refs/heads/main from its value at the start to tip(); false
  // when there was nothing to publish. Throws Error{store} when the branch moved meanwhile
  // (another writer).
  bool publish();

 private:
  Repository& repo_;
  git_odb_backend* mempack_;      // the repository's memory backend
  std::vector<git_oid> written_;  // every object of the batch, for the pack
  std::optional<git_oid> start_;
  std::optional<git_oid> tip_;
  bool published_ = false;
};

// A signature from "Name <email>", at the current time. Throws Error{input} when malformed.
SignatureHandle signature_now(std::string_view name_and_email);
// $KIV_AUTHOR ("Name <email>"), else "kiv <kiv@localhost>": never git's configured user, since
// kiv reads no configuration outside the store. Throws Error{input} when KIV_AUTHOR is
// malformed.
SignatureHandle default_signature();
// "Name <email>" of a signature: how kiv records and prints who made a commit.
std::string signature_text(const git_signature& signature);

}  // namespace kiv::git
