// The members of Store that read or write git (kiv_archive): opening with a catch-up of the
// index, creating a store, and reading revisions from their commits.

#include <filesystem>
#include <memory>

#include "git.hpp"
#include "indexer.hpp"
#include "kiv/edition_format.hpp"
#include "kiv/error.hpp"
#include "kiv/store.hpp"
#include "store_impl.hpp"
#include "store_lock.hpp"

namespace kiv {
namespace fs = std::filesystem;

bool is_valid_author(std::string_view author) {
  try {
    git::signature_now(author);
    return true;
  } catch (const Error&) {
    return false;
  }
}

namespace {

// A repository the store's Impl can hold without knowing libgit2 (store_impl.hpp).
std::shared_ptr<git::Repository> shared(git::Repository repository) {
  return std::make_shared<git::Repository>(std::move(repository));
}

}  // namespace

git::Repository& Store::Impl::repo() {
  if (!repo_) repo_ = shared(git::Repository::open(path / kGitDir));
  return *repo_;
}

std::string Store::Impl::read_at(const RevisionInfo& revision, const char* file) {
  git::Repository& repository = repo();
  const git::CommitHandle commit = repository.commit(git::from_hex(revision.commit));
  const git::TreeHandle tree = repository.tree_of(*commit);
  auto bytes =
      repository.read_file(*tree, edition_dir(revision.series, revision.edition) + "/" + file);
  if (!bytes) {
    throw Error(ErrorKind::store,
                revision.ref() + ": " + file + " is missing from commit " + revision.commit);
  }
  return std::move(*bytes);
}

Store Store::open(const fs::path& dir) {
  // The repository's HEAD file tells a store from other directories without starting libgit2;
  // open_as_is says why one is not a store.
  if (!fs::is_regular_file(dir / kGitDir / "HEAD")) return open_as_is(dir);
  // A current index needs no catch-up, and git is then opened only when a revision is read.
  if (std::optional<Store> indexed = open_indexed(dir)) return std::move(*indexed);
  Store store(std::make_unique<Impl>(dir));
  const StoreLock lock(dir);
  catch_up(store.impl_->repo(), store.impl_->index());
  return store;
}

Store Store::open_as_is(const fs::path& dir) {
  if (!git::Repository::exists(dir / kGitDir)) {
    throw Error(ErrorKind::not_found, "no kiv store at " + dir.string() +
                                          " (create one with 'kiv init' or 'kiv import FILE')");
  }
  return Store(std::make_unique<Impl>(dir, shared(git::Repository::open(dir / kGitDir))));
}

bool Store::exists(const fs::path& dir) { return git::Repository::exists(dir / kGitDir); }

Store Store::open_or_create(const fs::path& dir, bool* created) {
  const bool exists = git::Repository::exists(dir / kGitDir);
  if (created != nullptr) *created = !exists;
  if (exists) return open(dir);
  std::error_code error;
  fs::create_directories(dir, error);
  if (error) {
    throw Error(ErrorKind::store, dir.string() + ": cannot create the store: " + error.message());
  }
  const StoreLock lock(dir);
  auto impl = std::make_unique<Impl>(dir, shared(git::Repository::init(dir / kGitDir)));
  impl->index();
  return Store(std::move(impl));
}

Edition Store::load(const RevisionInfo& revision) const {
  return parse_edition(canonical_json(revision), revision.ref() + " edition.json");
}

std::string Store::canonical_json(const RevisionInfo& revision) const {
  return impl_->read_at(revision, "edition.json");
}

std::string Store::source(const RevisionInfo& revision) const {
  return impl_->read_at(revision, "source");
}

}  // namespace kiv
