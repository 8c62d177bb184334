#pragma once
// The inside of a Store, shared by the files that implement its members (store.cpp,
// verify.cpp): the repository and the index of one store directory.

#include <filesystem>
#include <optional>
#include <string>

#include "git.hpp"
#include "index_db.hpp"
#include "kiv/error.hpp"
#include "kiv/store.hpp"

namespace kiv {

inline constexpr const char* kGitDir = "git";
inline constexpr const char* kIndexFile = "index.sqlite";

struct Store::Impl {
  std::filesystem::path path;

  Impl(std::filesystem::path dir, git::Repository repository)
      : path(std::move(dir)), repo_(std::move(repository)) {}
  // A store whose repository is opened on first use: Store::open of a store whose index is
  // current answers list, log, search and the history from the index alone, without paying for
  // libgit2's start-up (some 3 ms: Debian's libgit2 parses the CA bundle when it starts).
  explicit Impl(std::filesystem::path dir) : path(std::move(dir)) {}

  // The git repository, opened on first use. Throws Error{store} when it cannot be opened.
  git::Repository& repo() {
    if (!repo_) repo_.emplace(git::Repository::open(path / kGitDir));
    return *repo_;
  }

  // The index, opened (created when missing, migrated) on first use, so that a store opened
  // as it is (Store::open_as_is) leaves a missing or damaged index alone.
  IndexDb& index() {
    if (!index_) index_.emplace(path / kIndexFile);
    return *index_;
  }
  // Closes the index; the next use opens the file anew (after rebuild replaced it).
  void close_index() { index_.reset(); }

  std::string edition_dir(const std::string& series, const std::string& edition) const {
    return series + "/" + edition;
  }

  std::string read_at(const RevisionInfo& revision, const char* file) {
    git::Repository& repository = repo();
    const git::CommitHandle commit = repository.commit(git::from_hex(revision.commit));
    const git::TreeHandle tree = repository.tree_of(*commit);
    auto bytes = repository.read_file(*tree, edition_dir(revision.series, revision.edition) + "/" + file);
    if (!bytes) {
      throw Error(ErrorKind::store, revision.ref() + ": " + file + " is missing from commit " +
                                        revision.commit);
    }
    return std::move(*bytes);
  }

 private:
  std::optional<git::Repository> repo_;
  std::optional<IndexDb> index_;
};

// How the library's modules beyond store*.cpp (search, links, history) reach a store's
// repository and index. Not part of the public API.
struct StoreAccess {
  static Store::Impl& impl(const Store& store) { return *store.impl_; }
};

}  // namespace kiv
