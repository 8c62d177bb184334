#include "kiv/store.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

#include "git.hpp"
#include "history_index.hpp"
#include "index_db.hpp"
#include "indexer.hpp"
#include "kiv/edition_format.hpp"
#include "kiv/error.hpp"
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

std::string RevisionInfo::ref() const {
  return series + "/" + edition + "@" + std::to_string(revision);
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

fs::path Store::default_path() {
  if (const char* store = std::getenv("KIV_STORE"); store != nullptr && *store != '\0') {
    return store;
  }
  if (const char* data = std::getenv("XDG_DATA_HOME"); data != nullptr && *data != '\0') {
    return fs::path(data) / "kiv";
  }
  const char* home = std::getenv("HOME");
  if (home == nullptr || *home == '\0') {
    throw Error(ErrorKind::store, "no store given: set KIV_STORE or HOME, or use --store DIR");
  }
  return fs::path(home) / ".local" / "share" / "kiv";
}

Store Store::open(const fs::path& dir) {
  // The repository's HEAD file tells a store from other directories without starting libgit2;
  // open_as_is says why one is not a store.
  if (!fs::is_regular_file(dir / kGitDir / "HEAD")) return open_as_is(dir);
  Store store(std::make_unique<Impl>(dir));
  const StoreLock lock(dir);
  // A current index needs no catch-up, and git is then opened only when a revision is read.
  const std::optional<std::string> head = git::read_main_ref(dir / kGitDir);
  if (!head || store.impl_->index().indexed_commit() != head) {
    catch_up(store.impl_->repo(), store.impl_->index());
  }
  return store;
}

Store Store::open_as_is(const fs::path& dir) {
  if (!git::Repository::exists(dir / kGitDir)) {
    throw Error(ErrorKind::not_found, "no kiv store at " + dir.string() +
                                          " (create one with 'kiv init' or 'kiv import FILE')");
  }
  return Store(std::make_unique<Impl>(dir, git::Repository::open(dir / kGitDir)));
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
  auto impl = std::make_unique<Impl>(dir, git::Repository::init(dir / kGitDir));
  impl->index();
  return Store(std::move(impl));
}

const fs::path& Store::path() const { return impl_->path; }

std::vector<EditionSummary> Store::list() const { return impl_->index().list(); }

RevisionInfo Store::resolve(const Ref& ref) const {
  std::string series = ref.series;
  if (series.empty()) {
    const std::vector<std::string> all = impl_->index().series();
    if (all.size() != 1) {
      if (all.empty()) {
        throw Error(ErrorKind::not_found, "no edition " + ref.to_string() + ": the store is empty");
      }
      throw Error(ErrorKind::input, "'" + ref.to_string() + "' is ambiguous: name the series (" +
                                        fmt::format("{}", fmt::join(all, ", ")) + "), e.g. " + all.front() + "/" + ref.edition);
    }
    series = all.front();
  }
  const auto latest = impl_->index().find_revision(series, ref.edition, std::nullopt);
  if (!latest) {
    std::vector<std::string> known;
    for (const std::string& s : impl_->index().series()) {
      for (const std::string& e : impl_->index().editions_of(s)) known.push_back(s + "/" + e);
    }
    throw Error(ErrorKind::not_found,
                "no edition " + series + "/" + ref.edition + " in the store" +
                    (known.empty() ? std::string(" (the store is empty)")
                                   : "; editions: " + fmt::format("{}", fmt::join(known, ", "))));
  }
  if (!ref.revision || *ref.revision == latest->revision) return *latest;
  const auto revision = impl_->index().find_revision(series, ref.edition, ref.revision);
  if (!revision) {
    throw Error(ErrorKind::not_found,
                series + "/" + ref.edition + " has no revision " + std::to_string(*ref.revision) +
                    "; its revisions are 1 to " + std::to_string(latest->revision));
  }
  return *revision;
}

std::vector<RevisionInfo> Store::log(const std::optional<Ref>& ref) const {
  if (!ref) return impl_->index().revisions("", "");
  const RevisionInfo latest = resolve(Ref{ref->series, ref->edition, std::nullopt});
  std::vector<RevisionInfo> revisions = impl_->index().revisions(latest.series, latest.edition);
  if (ref->revision) {
    const RevisionInfo wanted = resolve(*ref);
    std::erase_if(revisions, [&](const RevisionInfo& r) { return r.revision > wanted.revision; });
  }
  return revisions;
}

Edition Store::load(const RevisionInfo& revision) const {
  return parse_edition(canonical_json(revision), revision.ref() + " edition.json");
}

Edition Store::load_indexed(const RevisionInfo& revision) const {
  return indexed_edition(impl_->index(), revision);
}

std::string Store::canonical_json(const RevisionInfo& revision) const {
  return impl_->read_at(revision, "edition.json");
}

std::string Store::source(const RevisionInfo& revision) const {
  return impl_->read_at(revision, "source");
}

}  // namespace kiv
