#pragma once
// The inside of a Store, shared by the files that implement its members (store.cpp,
// verify.cpp): the repository and the index of one store directory.

#include <filesystem>
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
  git::Repository repo;
  IndexDb index;

  Impl(std::filesystem::path dir, git::Repository repository)
      : path(std::move(dir)), repo(std::move(repository)), index(path / kIndexFile) {}

  std::string edition_dir(const std::string& series, const std::string& edition) const {
    return series + "/" + edition;
  }

  std::string read_at(const RevisionInfo& revision, const char* file) const {
    const git::CommitHandle commit = repo.commit(git::from_hex(revision.commit));
    const git::TreeHandle tree = repo.tree_of(*commit);
    auto bytes = repo.read_file(*tree, edition_dir(revision.series, revision.edition) + "/" + file);
    if (!bytes) {
      throw Error(ErrorKind::store, revision.ref() + ": " + file + " is missing from commit " +
                                        revision.commit);
    }
    return std::move(*bytes);
  }
};

}  // namespace kiv
