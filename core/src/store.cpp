#include "kiv/store.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

#include "history_index.hpp"
#include "index_db.hpp"
#include "main_ref.hpp"
#include "kiv/error.hpp"
#include "store_impl.hpp"
#include "store_lock.hpp"

namespace kiv {
namespace fs = std::filesystem;

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

std::optional<Store> Store::open_indexed(const fs::path& dir) {
  // The repository's HEAD file tells a store from other directories without starting libgit2.
  if (!fs::is_regular_file(dir / kGitDir / "HEAD")) return std::nullopt;
  Store store(std::make_unique<Impl>(dir));
  const StoreLock lock(dir);
  const std::optional<std::string> head = git::read_main_ref(dir / kGitDir);
  if (!head || store.impl_->index().indexed_commit() != head) return std::nullopt;
  return store;
}

const fs::path& Store::path() const { return impl_->path; }

std::vector<EditionSummary> Store::list() const { return impl_->index().list(); }

void Store::require_series(const std::string& series) const { impl_->index().require_series(series); }

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

Edition Store::load_indexed(const RevisionInfo& revision) const {
  return indexed_edition(impl_->index(), revision);
}

}  // namespace kiv
