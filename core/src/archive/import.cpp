// Archive::import: recording prepared files as commits of one write, each file on its own.

#include <algorithm>
#include <deque>
#include <iterator>
#include <map>

#include "archive/write.hpp"
#include "kiv/archive.hpp"
#include "kiv/edition_format.hpp"
#include "kiv/error.hpp"
#include "kiv/keys.hpp"
#include "kiv/links.hpp"
#include "language_merge.hpp"
#include "revision_record.hpp"

namespace kiv {
namespace fs = std::filesystem;
namespace {

// An edition of a series as known to an import: recorded, or recorded earlier in the batch.
// Its content is loaded when first needed (Importer::content): a batch does not keep what it
// recorded in memory.
struct KnownEdition {
  RevisionInfo revision;
  std::optional<Period> period;
  const Edition* content = nullptr;  // nullptr until loaded
};

// The edition an import is compared with and inherits keys from: the same edition's latest
// content when it exists, else the edition of the series with the latest period before it,
// else the last imported. `known` holds every edition of the series, oldest import first.
KnownEdition* previous_edition(const Edition& edition, std::vector<KnownEdition>& known) {
  KnownEdition* by_period = nullptr;
  KnownEdition* last_imported = nullptr;
  for (KnownEdition& candidate : known) {
    if (candidate.revision.edition == edition.edition) return &candidate;
  }
  for (KnownEdition& candidate : known) {
    last_imported = &candidate;
    const auto& period = candidate.period;
    if (edition.period && period && period->from < edition.period->from &&
        (by_period == nullptr || period->from > by_period->period->from)) {
      by_period = &candidate;
    }
  }
  return by_period != nullptr ? by_period : last_imported;
}

bool lacks_keys(const Edition& edition) {
  return std::any_of(std::begin(kSections), std::end(kSections), [&](Section section) {
    const auto& items = edition.items(section);
    return std::any_of(items.begin(), items.end(), [](const Item& i) { return i.key.empty(); });
  });
}

// One import: the transaction and what the batch knows so far.
class Importer {
 public:
  Importer(const Archive& archive, ArchiveWrite& write, const ImportOptions& options)
      : archive_(archive),
        write_(write),
        repo_(write.repo()),
        index_(write.index()),
        options_(options) {}

  // Records `file`, committed to the transaction unless it is unchanged, and adds its result.
  // Throws Error{input} when the file cannot be recorded; it has then written and added nothing.
  // Takes the file's edition, bytes and canonical JSON (its path and reading stay).
  void record(PreparedImport&& file) {
    Edition edition = std::move(file.edition);
    const bool needs_known = options_.dry_run || file.adds_languages() || lacks_keys(edition);
    KnownEdition* previous =
        needs_known ? previous_edition(edition, known(edition.series)) : nullptr;
    const Edition* previous_content = previous != nullptr ? &content(*previous) : nullptr;
    bool rewritten = false;
    if (file.adds_languages() && previous_content != nullptr &&
        previous_content->edition == edition.edition) {
      edition = merge_languages(*previous_content, edition, file.path);
      rewritten = true;
    }
    if (lacks_keys(edition)) {
      inherit_keys(edition, previous_content);
      rewritten = true;
    }
    std::string canonical_json =
        rewritten ? to_canonical_json(edition) : std::move(file.canonical_json);

    const std::string dir = edition.series + "/" + edition.edition;
    std::optional<std::string> previous_record;
    if (write_.tip()) {
      const git::TreeHandle tree = repo_.tree_of(*repo_.commit(*write_.tip()));
      const auto old_id = repo_.blob_id_at(*tree, dir + "/edition.json");
      // Hashed only when there is a file to compare with: a new edition's is not.
      const auto same_bytes = [&](const git_oid& id) {
        const git_oid new_id = git::Repository::hash_blob(canonical_json);
        return git_oid_equal(&id, &new_id) != 0;
      };
      if (old_id && same_bytes(*old_id)) {
        const KnownEdition* now = recorded_in_batch(edition.series, edition.edition);
        results_.push_back(ImportUnchanged{
            now != nullptr ? now->revision
                           : *index_.find_revision(edition.series, edition.edition, {})});
        return;
      }
      previous_record = repo_.read_file(*tree, dir + "/revision.json");
    }
    if (previous_record && !file.adds_languages() && !options_.replace) {
      check_keeps_languages(file, edition);
      check_undoes_nothing(file, edition, canonical_json);
    }
    std::optional<ImportPreview> preview;
    if (options_.dry_run && previous != nullptr) {
      preview = compare(file, edition, previous->revision, *previous_content);
    }
    ImportRecorded entry{{}, std::nullopt, std::move(preview)};
    RevisionInfo& revision = entry.revision;
    if (previous_record) read_revision_record(*previous_record, dir + "/revision.json", revision);
    revision.series = edition.series;
    revision.edition = edition.edition;
    revision.revision = previous_record ? revision.revision + 1 : 1;
    revision.source_name = fs::path(file.path).filename().string();
    revision.source_sha256 = file.sha256;
    // The document: a page gives its one language, canonical JSON all of the edition's.
    revision.document_languages =
        file.reading ? std::vector<std::string>{file.reading->lang.value} : edition.languages();
    revision.media_type = std::string(document_media_type(file.format));
    revision.source_size = static_cast<std::int64_t>(file.bytes.size());
    revision.kiv_version = KIV_VERSION;
    revision.provenance = edition.provenance;
    revision.imported_by = write_.author_text();
    revision.imported_at = git::iso_utc(write_.author().when.time);
    revision.message = options_.message.empty()
                           ? "Import " + edition.id() + " revision " +
                                 std::to_string(revision.revision) + " from " + revision.source_name
                           : options_.message;
    const git_oid commit = write_.commit({{dir + "/edition.json", std::move(canonical_json)},
                                          {dir + "/source", std::move(file.bytes)},
                                          {dir + "/revision.json", revision_record_json(revision)}},
                                         revision.message + "\n");
    KnownEdition remembered{revision, edition.period};
    if (options_.dry_run) {
      // Nothing is written: the result keeps what would be recorded, and the batch's later
      // files find it there.
      entry.edition = std::move(edition);
    } else {
      entry.revision.commit = remembered.revision.commit = git::to_hex(commit);
      // Indexed now, in the write's index transaction (committed once the commits are
      // published), so that the batch need not keep the edition.
      write_.staged_index().add_revision(entry.revision, edition);
    }
    const ImportRecorded& kept =
        *recorded(previous_record ? results_.emplace_back(ImportRevised{std::move(entry)})
                                  : results_.emplace_back(ImportCreated{std::move(entry)}));
    if (kept.edition) remembered.content = &*kept.edition;
    remember(std::move(remembered));
  }

  // Adds the result of a file that could not be recorded.
  void fail(const PreparedImport& file, const Error& error) {
    results_.push_back(ImportFailed{file.path, error.what()});
  }

  const std::deque<ImportResult>& results() const { return results_; }

  // Makes the batch visible (publishes the commits, then indexes them; nothing in a dry run)
  // and hands over the results, one per file recorded or failed, in order.
  std::vector<ImportResult> publish() {
    if (!options_.dry_run) {
      write_.publish([&](IndexDb& index) { index.tidy_search(); });
    }
    return {std::make_move_iterator(results_.begin()), std::make_move_iterator(results_.end())};
  }

 private:
  // Refuses a canonical JSON file that is an earlier revision of its edition as it was: the
  // file is an old export, and recording it would undo what the later revisions changed.
  void check_undoes_nothing(const PreparedImport& file, const Edition& edition,
                            const std::string& canonical_json) {
    const std::vector<RevisionInfo> revisions = index_.revisions(edition.series, edition.edition);
    if (revisions.size() < 2) return;
    const git_oid id = git::Repository::hash_blob(canonical_json);
    const std::string path = edition.series + "/" + edition.edition + "/edition.json";
    const auto latest = std::max_element(
        revisions.begin(), revisions.end(),
        [](const RevisionInfo& a, const RevisionInfo& b) { return a.revision < b.revision; });
    for (const RevisionInfo& earlier : revisions) {
      if (earlier.revision == latest->revision || earlier.commit.empty()) continue;
      const git::CommitHandle commit = repo_.commit(git::from_hex(earlier.commit));
      const auto blob = repo_.blob_id_at(*repo_.tree_of(*commit), path);
      if (!blob || git_oid_equal(&*blob, &id) == 0) continue;
      throw Error(ErrorKind::input,
                  file.path + ": is " + earlier.ref() + " as it was; recording it would undo " +
                      (latest->revision == earlier.revision + 1
                           ? "revision " + std::to_string(latest->revision) + "'s changes"
                           : "the changes of revisions " + std::to_string(earlier.revision + 1) +
                                 " to " + std::to_string(latest->revision)) +
                      " (kiv diff " + earlier.ref() + " " + latest->ref() +
                      " shows them): give --replace to record it as revision " +
                      std::to_string(latest->revision + 1));
    }
  }

  // Refuses a canonical JSON file of a recorded edition that lacks languages its latest
  // revision has (the file was exported before a page in another language was imported).
  // Reads that one revision: the batch's, else the index's.
  void check_keeps_languages(const PreparedImport& file, const Edition& edition) {
    const KnownEdition* in_batch = recorded_in_batch(edition.series, edition.edition);
    KnownEdition latest =
        in_batch != nullptr
            ? *in_batch
            : KnownEdition{*index_.find_revision(edition.series, edition.edition, {}), {}, nullptr};
    const std::vector<std::string> before = content(latest).languages();
    const std::vector<std::string> now = edition.languages();
    std::vector<std::string> dropped;
    std::set_difference(before.begin(), before.end(), now.begin(), now.end(),
                        std::back_inserter(dropped));
    if (dropped.empty()) return;
    const auto listed = [](const std::vector<std::string>& langs) {
      std::string text;
      for (std::size_t i = 0; i < langs.size(); ++i)
        text += (i == 0 ? "" : i + 1 == langs.size() ? " and " : ", ") + langs[i];
      return text;
    };
    throw Error(ErrorKind::input,
                file.path + ": would drop " + listed(dropped) + " from " + edition.id() + " (" +
                    latest.revision.ref() + " has " + listed(before) + "; the file has " +
                    listed(now) +
                    "): import a page in that language to add to it, or give --replace to "
                    "record the edition without it");
  }

  // How `edition`, read from `file`, compares with `previous`.
  ImportPreview compare(const PreparedImport& file, const Edition& edition,
                        const RevisionInfo& previous_revision, const Edition& previous) {
    ImportPreview found{previous_revision, std::nullopt, false, "", ""};
    found.later = previous.edition != edition.edition && previous.period && edition.period &&
                  previous.period->from > edition.period->from;
    const std::string lang = shown_language(file, edition);
    try {
      found.lang = diff_language(previous, edition, previous.title.contains(lang) ? lang : "");
    } catch (const Error& error) {
      found.not_compared = error.what();
      return found;
    }
    auto links = links_.find(edition.series);
    if (links == links_.end()) {
      links = links_.emplace(edition.series, curated_links(archive_.index(), edition.series)).first;
    }
    found.diff = found.later ? diff_editions(edition, previous, found.lang, links->second)
                             : diff_editions(previous, edition, found.lang, links->second);
    return found;
  }

  // The series' editions, oldest import first: the store's (loaded when first asked for),
  // then this batch's.
  std::vector<KnownEdition>& known(const std::string& series) {
    auto found = known_.find(series);
    if (found != known_.end()) return found->second;
    auto& editions = known_[series];
    for (const RevisionInfo& latest : index_.latest_revisions(series)) {
      // The index holds the batch's revisions too (staged): those come from recorded_.
      if (recorded_in_batch(series, latest.edition) != nullptr) continue;
      const Edition& loaded = loaded_.emplace_back(archive_.load(latest));
      editions.push_back({latest, loaded.period, &loaded});
    }
    for (const KnownEdition& recorded : recorded_[series]) add_latest(editions, recorded);
    return editions;
  }

  // The content of `known`, loaded from git the first time.
  const Edition& content(KnownEdition& known) {
    if (known.content == nullptr)
      known.content = &loaded_.emplace_back(archive_.load(known.revision));
    return *known.content;
  }

  // A recorded edition becomes the latest of its series, for the files after it.
  void remember(KnownEdition recorded) {
    const std::string series = recorded.revision.series;
    if (const auto known = known_.find(series); known != known_.end())
      add_latest(known->second, recorded);
    recorded_[series].push_back(std::move(recorded));
  }

  // The latest revision of the edition recorded by this batch, if any.
  const KnownEdition* recorded_in_batch(const std::string& series,
                                        const std::string& edition) const {
    const auto found = recorded_.find(series);
    if (found == recorded_.end()) return nullptr;
    for (auto it = found->second.rbegin(); it != found->second.rend(); ++it) {
      if (it->revision.edition == edition) return &*it;
    }
    return nullptr;
  }

  static void add_latest(std::vector<KnownEdition>& editions, const KnownEdition& edition) {
    std::erase_if(editions, [&](const KnownEdition& e) {
      return e.revision.edition == edition.revision.edition;
    });
    editions.push_back(edition);
  }

  const Archive& archive_;
  ArchiveWrite& write_;
  git::Repository& repo_;
  IndexDb& index_;
  const ImportOptions& options_;
  std::deque<ImportResult> results_;  // stable addresses: a dry run's recorded_ points into it
  std::map<std::string, std::vector<KnownEdition>> known_;     // series -> its editions
  std::map<std::string, std::vector<KnownEdition>> recorded_;  // series -> this batch's
  std::deque<Edition> loaded_;  // the editions loaded for known_ (stable addresses)
  std::map<std::string, std::vector<CuratedLink>> links_;  // series -> its links, previews
};

}  // namespace

std::vector<ImportResult> Archive::import(std::vector<PreparedImport> files,
                                          const ImportOptions& options) {
  std::size_t at = 0;
  return import(
      [&]() -> std::optional<PreparedImport> {
        if (at == files.size()) return std::nullopt;
        return std::move(files[at++]);
      },
      options);
}

std::vector<ImportResult> Archive::import(const ImportSource& next, const ImportOptions& options) {
  ArchiveWrite write(*impl_, options.author);
  Importer importer(*this, write, options);
  while (std::optional<PreparedImport> file = next()) {
    try {
      importer.record(std::move(*file));
    } catch (const Error& error) {
      if (error.kind() != ErrorKind::input) throw;
      importer.fail(*file, error);
    }
    file.reset();  // its bytes are in git's objects now, its edition in its result
    if (options.progress) options.progress(importer.results().size());
    if (options.fail_fast && std::holds_alternative<ImportFailed>(importer.results().back())) break;
  }
  return importer.publish();
}

}  // namespace kiv
