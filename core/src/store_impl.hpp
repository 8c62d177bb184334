#pragma once
// The inside of a Store, shared by the files that implement its members: the repository and
// the index of one store directory. The index side is kiv_core (store.cpp); what reads or
// writes git is kiv_archive (store_git.cpp, store_import.cpp, verify.cpp, ...), so this header
// names git's repository without including libgit2.

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "index_db.hpp"
#include "kiv/error.hpp"
#include "kiv/store.hpp"

namespace kiv {

namespace git {
class Repository;
}

inline constexpr const char* kGitDir = "git";
inline constexpr const char* kIndexFile = "index.sqlite";

struct Store::Impl {
  std::filesystem::path path;

  // A store whose repository is open (shared_ptr: destroying it needs no libgit2 here).
  Impl(std::filesystem::path dir, std::shared_ptr<git::Repository> repository)
      : path(std::move(dir)), repo_(std::move(repository)) {}
  // A store whose repository is opened on first use: Store::open_indexed of a store whose
  // index is current answers list, log, search, diff and the history from the index alone,
  // without paying for libgit2's start-up (some 3 ms: Debian's libgit2 parses the CA bundle
  // when it starts).
  explicit Impl(std::filesystem::path dir) : path(std::move(dir)) {}

  // The git repository, opened on first use. Throws Error{store} when it cannot be opened.
  // kiv_archive (store_git.cpp).
  git::Repository& repo();

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

  // The bytes of `file` in the revision's edition directory, from git. kiv_archive.
  std::string read_at(const RevisionInfo& revision, const char* file);

 private:
  std::shared_ptr<git::Repository> repo_;
  std::optional<IndexDb> index_;
};

// How the library's modules beyond store*.cpp (search, links, history) reach a store's
// repository and index. Not part of the public API.
struct StoreAccess {
  static Store::Impl& impl(const Store& store) { return *store.impl_; }
};

}  // namespace kiv
