#pragma once
// The inside of an Archive: the git repository of one store directory and its index.

#include <filesystem>
#include <optional>
#include <string>

#include "archive/git.hpp"
#include "index/index_db.hpp"
#include "kiv/archive.hpp"
#include "kiv/index.hpp"

namespace kiv {

struct Archive::Impl {
  std::filesystem::path path;
  // Why the index could not take the last write's commits (Archive::index_behind).
  std::optional<std::string> index_behind;

  explicit Impl(std::filesystem::path dir) : path(std::move(dir)) {}

  // The git repository, opened on first use: an archive whose index is current answers from
  // the index without paying for libgit2's start-up. Throws Error{store} when it cannot be
  // opened.
  git::Repository& repo();
  void set_repo(git::Repository repository) { repo_.emplace(std::move(repository)); }

  // The index, opened (created when missing, migrated) on first use, so that an archive opened
  // as it is (Archive::open_as_is) leaves a missing or damaged index alone.
  Index& index();
  IndexDb& index_db() { return IndexDb::of(index()); }
  // The index opened for reading (IndexDb::open_for_reading), so that an archive whose index
  // is current takes no lock and works on a store the user cannot write.
  void set_reading_index(IndexDb index);
  // The index as a writer opens it, created or migrated when needed: call under the store's
  // write lock. An index opened for reading is opened anew.
  IndexDb& writable_index_db();
  // Closes the index; the next use opens the file anew (after rebuild replaced it).
  void close_index() { index_.reset(); }

  // The bytes of `file` in the revision's edition directory, from git.
  std::string read_at(const RevisionInfo& revision, const char* file);

 private:
  std::optional<git::Repository> repo_;
  std::optional<Index> index_;
  bool index_writable_ = false;  // index_ was opened by a writer
};

}  // namespace kiv
