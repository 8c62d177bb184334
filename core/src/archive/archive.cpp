// The Archive's members that open a store and read revisions from their commits.

#include "kiv/archive.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <git2.h>

#include <filesystem>
#include <memory>
#include <string>

#include "archive/archive_impl.hpp"
#include "archive/git.hpp"
#include "archive/indexer.hpp"
#include "kiv/edition_format.hpp"
#include "kiv/error.hpp"
#include "store_files.hpp"
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

git::Repository& Archive::Impl::repo() {
  if (!repo_) repo_.emplace(git::Repository::open(path / kGitDir));
  return *repo_;
}

Index& Archive::Impl::index() {
  if (!index_) {
    index_.emplace(Index(path, std::make_unique<IndexDb>(path / kIndexFile)));
    index_writable_ = true;
  }
  return *index_;
}

void Archive::Impl::set_reading_index(IndexDb index) {
  index_.emplace(Index(path, std::make_unique<IndexDb>(std::move(index))));
  index_writable_ = false;
}

IndexDb& Archive::Impl::writable_index_db() {
  if (!index_writable_) index_.reset();
  return index_db();
}

std::string Archive::Impl::read_at(const RevisionInfo& revision, const char* file) {
  git::Repository& repository = repo();
  const git::CommitHandle commit = repository.commit(git::from_hex(revision.commit));
  const git::TreeHandle tree = repository.tree_of(*commit);
  auto bytes = repository.read_file(*tree, revision.series + "/" + revision.edition + "/" + file);
  if (!bytes) {
    throw Error(ErrorKind::store,
                revision.ref() + ": " + file + " is missing from commit " + revision.commit);
  }
  return std::move(*bytes);
}

Archive::Archive(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Archive::Archive(Archive&&) noexcept = default;
Archive& Archive::operator=(Archive&&) noexcept = default;
Archive::~Archive() = default;

Archive Archive::open(const fs::path& dir) {
  // The repository's HEAD file tells a store from other directories without starting libgit2;
  // open_as_is says why one is not a store.
  if (!fs::is_regular_file(dir / kGitDir / "HEAD")) return open_as_is(dir);
  auto impl = std::make_unique<Impl>(dir);
  // A current index needs neither a lock nor a catch-up, and git is then opened only when a
  // revision is read.
  if (auto index = IndexDb::open_for_reading(dir / kIndexFile); index && index->is_current(dir)) {
    impl->set_reading_index(std::move(*index));
    return Archive(std::move(impl));
  }
  if (!is_writable_dir(dir)) {
    throw Error(ErrorKind::store,
                (dir / kIndexFile).string() +
                    ": the index is missing or behind git's history, and the store is read-only "
                    "here; someone who may write it can bring it up to date with 'kiv rebuild'");
  }
  const StoreLock lock(dir);
  IndexDb& index = impl->writable_index_db();
  if (!index.is_current(dir)) catch_up(impl->repo(), index);
  return Archive(std::move(impl));
}

Archive Archive::open_as_is(const fs::path& dir) {
  if (!git::Repository::exists(dir / kGitDir)) {
    throw Error(ErrorKind::not_found, "no kiv store at " + dir.string() +
                                          " (create one with 'kiv init' or 'kiv import FILE')");
  }
  auto impl = std::make_unique<Impl>(dir);
  impl->set_repo(git::Repository::open(dir / kGitDir));
  return Archive(std::move(impl));
}

Archive Archive::open_as_of(const fs::path& dir, const std::string& timestamp) {
  Archive archive = open_as_is(dir);
  git::Repository& repo = archive.impl_->repo();
  IndexDb index(":memory:");
  if (const std::optional<git_oid> head = repo.head()) {
    std::vector<git_oid> commits = *repo.commits_between(std::nullopt, *head);
    std::size_t kept = 0;
    while (kept < commits.size() && commit_stamp(*repo.commit(commits[kept])).at <= timestamp) {
      ++kept;
    }
    if (kept == 0) {
      throw Error(ErrorKind::not_found, "the store had recorded nothing as of " + timestamp +
                                            "; its first revision was recorded at " +
                                            commit_stamp(*repo.commit(commits.front())).at);
    }
    commits.resize(kept);
    index_commits(repo, index, commits, commits.back(), true);
  }
  archive.impl_->set_reading_index(std::move(index));
  return archive;
}

bool Archive::exists(const fs::path& dir) { return git::Repository::exists(dir / kGitDir); }

Archive Archive::open_or_create(const fs::path& dir, bool* created) {
  const bool exists = git::Repository::exists(dir / kGitDir);
  if (created != nullptr) *created = !exists;
  if (exists) return open(dir);
  std::error_code error;
  fs::create_directories(dir, error);
  if (error) {
    throw Error(ErrorKind::store, dir.string() + ": cannot create the store: " + error.message());
  }
  const StoreLock lock(dir);
  auto impl = std::make_unique<Impl>(dir);
  impl->set_repo(git::Repository::init(dir / kGitDir));
  impl->index();
  return Archive(std::move(impl));
}

const fs::path& Archive::path() const { return impl_->path; }

const Index& Archive::index() const { return impl_->index(); }

const std::optional<std::string>& Archive::index_behind() const { return impl_->index_behind; }

Edition Archive::load(const RevisionInfo& revision) const {
  return parse_edition(canonical_json(revision), revision.ref() + " edition.json");
}

std::string Archive::canonical_json(const RevisionInfo& revision) const {
  return impl_->read_at(revision, "edition.json");
}

std::string Archive::source(const RevisionInfo& revision) const {
  return impl_->read_at(revision, "source");
}

std::string library_versions() {
  int major = 0;
  int minor = 0;
  int patch = 0;
  git_libgit2_version(&major, &minor, &patch);
  return "libgit2 " + std::to_string(major) + "." + std::to_string(minor) + "." +
         std::to_string(patch) + ", SQLite " + SQLite::getLibVersion();
}

}  // namespace kiv
