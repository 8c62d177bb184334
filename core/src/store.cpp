#include "kiv/store.hpp"

#include <cstdlib>
#include <algorithm>
#include <deque>
#include <map>

#include "git.hpp"
#include "index_db.hpp"
#include "indexer.hpp"
#include "kiv/edition_format.hpp"
#include "kiv/error.hpp"
#include "kiv/keys.hpp"
#include "revision_record.hpp"
#include "sha256.hpp"
#include "store_impl.hpp"
#include "store_lock.hpp"

namespace kiv {
namespace fs = std::filesystem;
namespace {


std::string join(const std::vector<std::string>& parts) {
  std::string text;
  for (const auto& part : parts) text += (text.empty() ? "" : ", ") + part;
  return text;
}

}  // namespace

PreparedImport prepare_import(ImportFile file) {
  Edition edition = parse_edition(file.bytes, file.path);
  std::string canonical = to_canonical_json(edition);
  std::string sha256 = sha256_hex(file.bytes);
  return {std::move(file.path), std::move(file.bytes), std::move(edition), std::move(canonical),
          std::move(sha256)};
}

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

// The edition an import inherits keys from: the same edition's latest content when it exists,
// else the edition of the series with the latest period before it, else the last imported.
// `known` holds every edition of the series, oldest import first, this batch's included.
const Edition* previous_edition(const Edition& edition, const std::vector<const Edition*>& known) {
  const Edition* by_period = nullptr;
  const Edition* last_imported = nullptr;
  for (const Edition* candidate : known) {
    if (candidate->edition == edition.edition) return candidate;
  }
  for (const Edition* candidate : known) {
    last_imported = candidate;
    if (edition.period && candidate->period && candidate->period->from < edition.period->from &&
        (by_period == nullptr || candidate->period->from > by_period->period->from)) {
      by_period = candidate;
    }
  }
  return by_period != nullptr ? by_period : last_imported;
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
  Store store = open_as_is(dir);
  const StoreLock lock(dir);
  catch_up(store.impl_->repo, store.impl_->index());
  return store;
}

Store Store::open_as_is(const fs::path& dir) {
  if (!git::Repository::exists(dir / kGitDir)) {
    throw Error(ErrorKind::not_found, "no kiv store at " + dir.string() +
                                          " (create one with 'kiv init' or 'kiv import FILE')");
  }
  return Store(std::make_unique<Impl>(dir, git::Repository::open(dir / kGitDir)));
}

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

std::vector<ImportResult> Store::import(const std::vector<PreparedImport>& files,
                                        const ImportOptions& options) {
  const git::SignatureHandle author = options.author.empty()
                                          ? git::default_signature(impl_->repo)
                                          : git::signature_now(options.author);

  const StoreLock lock(impl_->path);
  catch_up(impl_->repo, impl_->index());
  git::Transaction transaction(impl_->repo);
  std::vector<ImportResult> results;
  std::map<std::string, RevisionInfo> recorded_now;  // edition id -> revision made in this batch
  std::deque<Edition> editions;  // what each file records, after key inheritance
  // For key inheritance: each series' editions, oldest import first, loaded when first needed.
  std::map<std::string, std::vector<const Edition*>> known;
  std::deque<Edition> loaded;
  for (const PreparedImport& item : files) {
    Edition& edition = editions.emplace_back(item.edition);
    std::string canonical_json = item.canonical_json;
    const bool lacks_keys = std::any_of(kSections, std::end(kSections), [&](Section section) {
      const auto& items = edition.items(section);
      return std::any_of(items.begin(), items.end(), [](const Item& i) { return i.key.empty(); });
    });
    if (lacks_keys) {
      if (!known.contains(edition.series)) {
        auto& series = known[edition.series];
        for (const RevisionInfo& latest : impl_->index().latest_revisions(edition.series)) {
          series.push_back(&loaded.emplace_back(load(latest)));
        }
      }
      inherit_keys(edition, previous_edition(edition, known[edition.series]));
      canonical_json = to_canonical_json(edition);
    }
    const std::string dir = impl_->edition_dir(edition.series, edition.edition);
    std::optional<std::string> previous_record;
    bool unchanged = false;
    if (transaction.tip()) {
      const git::TreeHandle tree = impl_->repo.tree_of(*impl_->repo.commit(*transaction.tip()));
      const git_oid new_id = git::Repository::hash_blob(canonical_json);
      const auto old_id = impl_->repo.blob_id_at(*tree, dir + "/edition.json");
      unchanged = old_id && git_oid_equal(&*old_id, &new_id);
      previous_record = impl_->repo.read_file(*tree, dir + "/revision.json");
    }
    if (unchanged) {
      const auto now = recorded_now.find(edition.id());
      results.push_back({ImportOutcome::unchanged,
                         now != recorded_now.end()
                             ? now->second
                             : *impl_->index().find_revision(edition.series, edition.edition, {})});
      continue;
    }
    RevisionInfo revision;
    if (previous_record) read_revision_record(*previous_record, dir + "/revision.json", revision);
    revision.series = edition.series;
    revision.edition = edition.edition;
    revision.revision = previous_record ? revision.revision + 1 : 1;
    revision.source_name = fs::path(item.path).filename().string();
    revision.source_sha256 = item.sha256;
    revision.imported_by = std::string(author->name) + " <" + author->email + ">";
    revision.imported_at = git::iso_utc(author->when.time);
    revision.message = options.message.empty()
                           ? "Import " + edition.id() + " revision " +
                                 std::to_string(revision.revision) + " from " + revision.source_name
                           : options.message;
    const git_oid commit = transaction.commit({{dir + "/edition.json", canonical_json},
                                               {dir + "/source", item.bytes},
                                               {dir + "/revision.json", revision_record_json(revision)}},
                                              *author, revision.message + "\n");
    revision.commit = git::to_hex(commit);
    recorded_now[edition.id()] = revision;
    if (const auto series = known.find(edition.series); series != known.end()) {
      std::erase_if(series->second, [&](const Edition* e) { return e->edition == edition.edition; });
      series->second.push_back(&edition);
    }
    results.push_back({previous_record ? ImportOutcome::revised : ImportOutcome::created, revision});
  }
  transaction.publish();
  std::vector<NewRevision> new_revisions;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (results[i].outcome != ImportOutcome::unchanged) {
      new_revisions.push_back({&results[i].revision, &editions[i]});
    }
  }
  // Should this fail, git has the import and the index catches up at the next open.
  if (!new_revisions.empty()) {
    index_new_revisions(impl_->index(), new_revisions, git::to_hex(*transaction.tip()));
  }
  return results;
}

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
                                        join(all) + "), e.g. " + all.front() + "/" + ref.edition);
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
                                   : "; editions: " + join(known)));
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

std::string Store::canonical_json(const RevisionInfo& revision) const {
  return impl_->read_at(revision, "edition.json");
}

std::string Store::source(const RevisionInfo& revision) const {
  return impl_->read_at(revision, "source");
}

}  // namespace kiv
