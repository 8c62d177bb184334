// The Index's members: what kiv answers from the index alone.

#include "kiv/index.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

#include "index/index_db.hpp"
#include "kiv/error.hpp"
#include "kiv/text.hpp"
#include "store_files.hpp"
#include "store_lock.hpp"

namespace kiv {
namespace fs = std::filesystem;

bool RevisionInfo::gave_language(const std::string& lang) const {
  return document_languages.empty() ||
         std::find(document_languages.begin(), document_languages.end(), lang) !=
             document_languages.end();
}

std::string RevisionInfo::ref() const {
  return series + "/" + edition + "@" + std::to_string(revision);
}

Index::Index(fs::path store, std::unique_ptr<IndexDb> db)
    : store_(std::move(store)), db_(std::move(db)) {}
Index::Index(Index&&) noexcept = default;
Index& Index::operator=(Index&&) noexcept = default;
Index::~Index() = default;

fs::path default_store_path() {
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

std::optional<Index> Index::open_current(const fs::path& dir) {
  // The repository's HEAD file tells a store from other directories without starting libgit2.
  if (!fs::is_regular_file(dir / kGitDir / "HEAD")) return std::nullopt;
  std::optional<IndexDb> db = IndexDb::open_for_reading(dir / kIndexFile);
  if (!db) {
    // Missing or of an older schema: a writer's work, under the store lock. On a store the
    // user cannot write, Archive::open says why it cannot be done.
    if (!is_writable_dir(dir)) return std::nullopt;
    const StoreLock lock(dir);
    db.emplace(dir / kIndexFile);
  }
  if (!db->is_current(dir)) return std::nullopt;
  return Index(dir, std::make_unique<IndexDb>(std::move(*db)));
}

const fs::path& Index::store_path() const { return store_; }

std::vector<EditionSummary> Index::list(Listing detail) const {
  return db_->list("", detail == Listing::brief);
}

std::vector<std::string> Index::series() const { return db_->series(); }

void Index::require_series(const std::string& series) const { db_->require_series(series); }

std::string Index::series_or_only(
    const std::string& requested,
    const std::function<std::string(const std::string&)>& name_one) const {
  const std::vector<std::string> all = db_->series();
  if (all.empty())
    throw Error(ErrorKind::not_found, "the store is empty; import editions with 'kiv import FILE'");
  if (requested.empty()) {
    if (all.size() == 1) return all.front();
    throw Error(ErrorKind::input,
                "the store holds several series (" + join(all) + "); " + name_one(all.front()));
  }
  IndexDb::require_series(requested, all);
  return requested;
}

RevisionInfo Index::resolve(const Ref& ref) const {
  const std::string series =
      ref.series.empty() ? series_or_only("",
                                          [&](const std::string& first) {
                                            return "name one in '" + ref.to_string() + "', e.g. " +
                                                   first + "/" + ref.to_string();
                                          })
                         : ref.series;
  const auto latest = db_->find_revision(series, ref.edition, std::nullopt);
  if (!latest) {
    std::vector<std::string> known;
    for (const std::string& s : db_->series()) {
      for (const std::string& e : db_->editions_of(s)) known.push_back(s + "/" + e);
    }
    throw Error(ErrorKind::not_found, "no edition " + series + "/" + ref.edition + " in the store" +
                                          (known.empty() ? std::string(" (the store is empty)")
                                                         : "; editions: " + join(known)));
  }
  if (!ref.revision || *ref.revision == latest->revision) return *latest;
  const auto revision = db_->find_revision(series, ref.edition, ref.revision);
  if (!revision) {
    throw Error(ErrorKind::not_found,
                series + "/" + ref.edition + " has no revision " + std::to_string(*ref.revision) +
                    "; its revisions are 1 to " + std::to_string(latest->revision));
  }
  return *revision;
}

std::vector<RevisionInfo> Index::log(const std::optional<Ref>& ref) const {
  if (!ref) return db_->revisions("", "");
  const RevisionInfo latest = resolve(Ref{ref->series, ref->edition, std::nullopt});
  std::vector<RevisionInfo> revisions = db_->revisions(latest.series, latest.edition);
  if (ref->revision) {
    const RevisionInfo wanted = resolve(*ref);
    std::erase_if(revisions, [&](const RevisionInfo& r) { return r.revision > wanted.revision; });
  }
  return revisions;
}

Edition Index::load(const RevisionInfo& revision) const { return db_->edition(revision); }

std::size_t document_revision(const std::vector<RevisionInfo>& revisions, std::size_t upto,
                              const std::string& lang) {
  for (std::size_t at = upto + 1; at-- > 0;) {
    if (revisions.at(at).gave_language(lang)) return at;
  }
  return upto;  // none gave it (the first revision's languages always were): the revision's
}

RevisionInfo Index::document_of(const RevisionInfo& revision, const std::string& lang) const {
  std::vector<RevisionInfo> revisions =
      log(Ref{revision.series, revision.edition, revision.revision});
  std::reverse(revisions.begin(), revisions.end());  // oldest first
  return std::move(revisions.at(document_revision(revisions, revisions.size() - 1, lang)));
}

}  // namespace kiv
