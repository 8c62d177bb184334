// kiv/sharing.hpp pull: the remote's history made part of main, this store's own changes
// recorded again after it, and a merged revision for each edition both sides revised.

#include <algorithm>
#include <map>
#include <set>

#include "archive/archive_impl.hpp"
#include "archive/indexer.hpp"
#include "archive/sha256.hpp"
#include "archive/transfer.hpp"
#include "archive/verify_commits.hpp"
#include "archive/write.hpp"
#include "kiv/attachments.hpp"
#include "kiv/edition_format.hpp"
#include "kiv/edition_merge.hpp"
#include "kiv/error.hpp"
#include "kiv/series.hpp"
#include "kiv/sharing.hpp"
#include "links_file.hpp"
#include "revision_record.hpp"

namespace kiv {
namespace {

// The id of what `tree` holds at `path` (a file or a directory); nullopt when nothing.
std::optional<git_oid> id_at(const git_tree* tree, const std::string& path) {
  if (tree == nullptr) return std::nullopt;
  git_tree_entry* entry = nullptr;
  if (git_tree_entry_bypath(&entry, tree, path.c_str()) != 0) return std::nullopt;
  const git_oid id = *git_tree_entry_id(entry);
  git_tree_entry_free(entry);
  return id;
}

bool same(const std::optional<git_oid>& a, const std::optional<git_oid>& b) {
  return a.has_value() == b.has_value() && (!a || git_oid_equal(&*a, &*b) != 0);
}

// The files of the directory `path` of `tree`, by name.
std::map<std::string, git_oid> files_in(git::Repository& repo, const git_tree* tree,
                                        const std::string& path) {
  std::map<std::string, git_oid> files;
  const auto dir = id_at(tree, path);
  if (!dir) return files;
  git_tree* subtree = nullptr;
  if (git_tree_lookup(&subtree, repo.get(), &*dir) != 0) return files;  // a file, not a directory
  const git::TreeHandle owned(subtree);
  for (std::size_t i = 0; i < git_tree_entrycount(subtree); ++i) {
    const git_tree_entry* entry = git_tree_entry_byindex(subtree, i);
    if (git_tree_entry_type(entry) == GIT_OBJECT_BLOB)
      files.emplace(git_tree_entry_name(entry), *git_tree_entry_id(entry));
  }
  return files;
}

// A commit with its tree.
struct Snapshot {
  git::CommitHandle commit;
  git::TreeHandle tree;

  static Snapshot of(git::Repository& repo, const std::optional<git_oid>& id) {
    Snapshot snapshot;
    if (!id) return snapshot;
    snapshot.commit = repo.commit(*id);
    snapshot.tree = repo.tree_of(*snapshot.commit);
    return snapshot;
  }
};

// The revision number `tree` records for the edition directory `path`; 0 when none.
int revision_at(git::Repository& repo, const git_tree* tree, const std::string& path) {
  if (tree == nullptr) return 0;
  const auto record = repo.read_file(*tree, path + "/revision.json");
  if (!record) return 0;
  RevisionInfo revision;
  read_revision_record(*record, path + "/revision.json", revision);
  return revision.revision;
}

std::optional<Edition> edition_at(git::Repository& repo, const git_tree* tree,
                                  const std::string& path) {
  if (tree == nullptr) return std::nullopt;
  const auto json = repo.read_file(*tree, path + "/edition.json");
  if (!json) return std::nullopt;
  return parse_edition(*json, path + "/edition.json");
}

// This store's commits recorded again on top of the remote's, then the merged revisions.
class Replay {
 public:
  Replay(ArchiveWrite& write, const std::string& remote, const std::optional<git_oid>& base,
         const git_oid& theirs, const git_oid& ours, ConflictChoice choice, PullResult& result)
      : write_(write),
        repo_(write.repo()),
        remote_(remote),
        base_(Snapshot::of(repo_, base)),
        theirs_(Snapshot::of(repo_, theirs)),
        ours_(Snapshot::of(repo_, ours)),
        choice_(choice),
        result_(result) {}

  void replay(const git_oid& id) {
    const git::CommitHandle commit = repo_.commit(id);
    if (git_commit_parentcount(commit.get()) > 1) {
      throw Error(ErrorKind::store, "commit " + git::to_hex(id) +
                                        " of this store is a merge, which kiv never makes: it "
                                        "cannot be recorded again");
    }
    const git::TreeHandle tree = repo_.tree_of(*commit);
    const Snapshot parent =
        Snapshot::of(repo_, git_commit_parentcount(commit.get()) == 1
                                ? std::optional<git_oid>(*git_commit_parent_id(commit.get(), 0))
                                : std::nullopt);
    const Snapshot tip = Snapshot::of(repo_, write_.tip());
    const TreeChanges changes = commit_changes(repo_, *commit, *tree);
    std::vector<git::FileUpdate> files;
    std::vector<git::BlobUpdate> blobs;
    std::vector<RenumberedRevision> renumbered;

    for (const std::string& path : changes.editions) {
      // The same content is there already (both recorded the same file): nothing to add.
      if (same(id_at(tree.get(), path + "/edition.json"),
               id_at(tip.tree.get(), path + "/edition.json")))
        continue;
      if (same(id_at(base_.tree.get(), path), id_at(theirs_.tree.get(), path))) {
        // The remote did not touch the edition: its revisions here keep their numbers.
        copy_directory(tree.get(), tip.tree.get(), path, blobs);
        continue;
      }
      // Revised on both sides: this store's revision comes after the remote's.
      both_.insert(path);
      const auto record = repo_.read_file(*tree, path + "/revision.json");
      if (!record)
        throw Error(ErrorKind::store,
                    "commit " + git::to_hex(id) + ": " + path + "/revision.json is missing");
      RevisionInfo revision;
      read_revision_record(*record, path + "/revision.json", revision);
      const int was = revision.revision;
      revision.revision = revision_at(repo_, tip.tree.get(), path) + 1;
      files.push_back({path + "/revision.json", revision_record_json(revision)});
      for (const char* name : {"edition.json", "source"}) {
        if (const auto blob = id_at(tree.get(), path + "/" + name))
          blobs.push_back({path + "/" + name, blob});
      }
      renumbered.push_back({path, was, revision.revision, ""});
    }
    for (const std::string& series : changes.link_series) {
      const auto links = [&](const Snapshot& at) {
        return at.commit ? read_committed_links(repo_, *at.commit, *at.tree, series)
                         : std::vector<CuratedLink>{};
      };
      const std::vector<CuratedLink> now = links(tip);
      const std::vector<CuratedLink> merged =
          merge_links(links(parent), read_committed_links(repo_, *commit, *tree, series), now);
      if (merged != now) files.push_back({links_path(series), links_file_json(series, merged)});
    }
    for (const std::string& series : changes.described_series) {
      const std::string path = series_file_path(series);
      const auto mine = id_at(tree.get(), path);
      const auto there = id_at(tip.tree.get(), path);
      if (same(mine, there)) continue;
      if (!same(there, id_at(parent.tree.get(), path))) {
        const auto text = [&](const std::optional<git_oid>& blob) {
          return blob ? repo_.read_blob(*blob) : std::string("(none)");
        };
        const MergeConflict conflict{series, "the description of the series (series.json)",
                                     text(mine), text(there)};
        if (choice_ == ConflictChoice::none) {
          conflicts_.push_back(conflict);
          continue;
        }
        result_.settled.push_back(conflict);
        if (choice_ == ConflictChoice::theirs) continue;
      }
      blobs.push_back({path, mine});
    }
    for (const auto& [series, edition] : changes.attachment_editions) {
      const std::string where = "commit " + git::to_hex(id);
      const auto listed = [&](const git_tree* at) {
        return at != nullptr ? read_committed_attachments(repo_, *at, series, edition, where)
                             : std::vector<Attachment>{};
      };
      const std::vector<Attachment> before = listed(parent.tree.get());
      const std::vector<Attachment> mine = listed(tree.get());
      const std::vector<Attachment> now = listed(tip.tree.get());
      const auto holds = [](const std::vector<Attachment>& list, const Attachment& a) {
        return std::find(list.begin(), list.end(), a) != list.end();
      };
      std::vector<Attachment> merged;
      for (const Attachment& a : now)
        if (!(holds(before, a) && !holds(mine, a))) merged.push_back(a);
      for (const Attachment& a : mine) {
        if (holds(before, a) || holds(merged, a)) continue;
        merged.push_back(a);
        const std::string file = attachments_dir(series, edition) + "/" + a.sha256;
        blobs.push_back({file, id_at(tree.get(), file)});
      }
      if (merged != now) {
        files.push_back({attachments_file_path(series, edition),
                         attachments_file_json(series, edition, merged)});
      }
    }
    if (files.empty() && blobs.empty()) return;  // the remote has all of it already
    const git_oid recorded = write_.recommit(files, blobs, *git_commit_author(commit.get()),
                                             git_commit_message(commit.get()));
    for (RenumberedRevision& revision : renumbered) {
      revision.commit = git::to_hex(recorded);
      result_.renumbered.push_back(std::move(revision));
    }
    ++result_.replayed;
  }

  // A merged revision of each edition both sides revised, unless this store's latest is it.
  // Throws MergeConflictError when a value was changed differently and no choice was given.
  void merge() {
    for (const std::string& path : both_) {
      const std::optional<Edition> ours = edition_at(repo_, ours_.tree.get(), path);
      const std::optional<Edition> theirs = edition_at(repo_, theirs_.tree.get(), path);
      if (!ours || !theirs) continue;
      const std::optional<Edition> base = edition_at(repo_, base_.tree.get(), path);
      EditionMerge merged = merge_editions(base ? &*base : nullptr, *ours, *theirs, choice_);
      if (!merged.conflicts.empty()) {
        auto& into = choice_ == ConflictChoice::none ? conflicts_ : result_.settled;
        into.insert(into.end(), merged.conflicts.begin(), merged.conflicts.end());
        if (choice_ == ConflictChoice::none) continue;
      }
      const Snapshot tip = Snapshot::of(repo_, write_.tip());
      const std::string json = to_canonical_json(merged.merged);
      // Values merged one by one may make an edition the format refuses (an item lacking a
      // language the edition gained on the other side): a conflict no choice settles.
      try {
        parse_edition(json, path + "/edition.json");
      } catch (const Error& e) {
        conflicts_.push_back({path,
                              std::string("the merged edition, which would be invalid (") +
                                  e.what() + "): import a whole edition first",
                              "", ""});
        continue;
      }
      const auto now = repo_.read_file(*tip.tree, path + "/edition.json");
      if (now && *now == json) continue;
      RevisionInfo revision;
      revision.series = merged.merged.series;
      revision.edition = merged.merged.edition;
      revision.revision = revision_at(repo_, tip.tree.get(), path) + 1;
      revision.source_name = "merged.json";
      revision.source_sha256 = sha256_hex(json);
      revision.document_languages = merged.merged.languages();
      revision.media_type = "application/json";
      revision.source_size = static_cast<std::int64_t>(json.size());
      revision.kiv_version = KIV_VERSION;
      revision.provenance = merged.merged.provenance;
      revision.message =
          "Merge " + path + " with " + remote_ + ": its revision " +
          std::to_string(revision_at(repo_, theirs_.tree.get(), path)) +
          " and this store's revision " +
          std::to_string(revision_at(repo_, ours_.tree.get(), path)) + ", three-way against " +
          (base ? "revision " + std::to_string(revision_at(repo_, base_.tree.get(), path))
                : std::string("no common revision"));
      const git_oid commit =
          write_.commit({{path + "/edition.json", json},
                         {path + "/source", json},
                         {path + "/revision.json", revision_record_json(revision)}},
                        revision.message + "\n");
      revision.commit = git::to_hex(commit);
      revision.imported_at = git::iso_utc(write_.author().when.time);
      revision.imported_by = write_.author_text();
      result_.merged.push_back(std::move(revision));
    }
    if (!conflicts_.empty()) throw MergeConflictError(std::move(conflicts_));
  }

 private:
  // Makes the directory `path` of `tip` what it is in `from`.
  void copy_directory(const git_tree* from, const git_tree* tip, const std::string& path,
                      std::vector<git::BlobUpdate>& blobs) {
    const auto wanted = files_in(repo_, from, path);
    const auto there = files_in(repo_, tip, path);
    for (const auto& [name, id] : wanted) {
      const auto found = there.find(name);
      if (found == there.end() || git_oid_equal(&found->second, &id) == 0)
        blobs.push_back({path + "/" + name, id});
    }
    for (const auto& [name, id] : there)
      if (!wanted.contains(name)) blobs.push_back({path + "/" + name, std::nullopt});
  }

  ArchiveWrite& write_;
  git::Repository& repo_;
  const std::string& remote_;
  Snapshot base_, theirs_, ours_;
  ConflictChoice choice_;
  PullResult& result_;
  std::set<std::string> both_;  // edition directories revised on both sides
  std::vector<MergeConflict> conflicts_;
};

// The revisions the commits after `from` up to `to` record.
std::vector<RevisionInfo> revisions_between(git::Repository& repo,
                                            const std::optional<git_oid>& from, const git_oid& to) {
  std::vector<RevisionInfo> revisions;
  const auto commits = repo.commits_between(from, to);
  for (const git_oid& id : *commits) {
    const git::CommitHandle commit = repo.commit(id);
    const git::TreeHandle tree = repo.tree_of(*commit);
    // revision.json and the commit say all a result needs: edition.json is not parsed again.
    for (const std::string& path : commit_changes(repo, *commit, *tree).editions) {
      RevisionInfo& revision = revisions.emplace_back();
      const auto record = read_edition_file(repo, *commit, *tree, path, "revision.json");
      if (record) read_revision_record(*record, path + "/revision.json", revision);
      CommitStamp stamp = commit_stamp(*commit);
      revision.commit = std::move(stamp.commit);
      revision.imported_at = std::move(stamp.at);
      revision.imported_by = std::move(stamp.by);
      revision.message = std::move(stamp.message);
    }
  }
  return revisions;
}

// What a pull's fetch added, taken back when the pull fails: the packs it received and the
// remote-tracking branch it moved, so that a failed pull leaves the store as it was.
class FetchUndo {
 public:
  FetchUndo(git::Repository& repo, const std::string& remote)
      : repo_(repo),
        ref_(tracking_ref(remote)),
        pack_dir_(std::filesystem::path(git_repository_path(repo.get())) / "objects" / "pack") {
    git_oid id;
    if (git_reference_name_to_id(&id, repo.get(), ref_.c_str()) == 0) before_ = id;
    std::error_code ignored;
    for (const auto& entry : std::filesystem::directory_iterator(pack_dir_, ignored))
      packs_.insert(entry.path());
  }
  FetchUndo(const FetchUndo&) = delete;
  FetchUndo& operator=(const FetchUndo&) = delete;
  void keep() { armed_ = false; }
  ~FetchUndo() {
    if (!armed_) return;
    git_reference* ref = nullptr;
    if (before_) {
      git_reference_create(&ref, repo_.get(), ref_.c_str(), &*before_, 1, "kiv: pull failed");
      git_reference_free(ref);
    } else if (git_reference_lookup(&ref, repo_.get(), ref_.c_str()) == 0) {
      git_reference_delete(ref);
      git_reference_free(ref);
    }
    std::error_code ignored;
    for (const auto& entry : std::filesystem::directory_iterator(pack_dir_, ignored)) {
      if (!packs_.contains(entry.path())) std::filesystem::remove(entry.path(), ignored);
    }
    git_odb* odb = nullptr;
    if (git_repository_odb(&odb, repo_.get()) == 0) {
      git_odb_refresh(odb);
      git_odb_free(odb);
    }
  }

 private:
  git::Repository& repo_;
  std::string ref_;
  std::filesystem::path pack_dir_;
  std::optional<git_oid> before_;
  std::set<std::filesystem::path> packs_;
  bool armed_ = true;
};

PullResult merge_fetched(ArchiveWrite& write, const std::string& remote, const PullOptions& options,
                         PullResult result);

}  // namespace

PullResult pull(Archive& archive, const std::string& remote, const PullOptions& options) {
  ArchiveWrite write(*archive.impl_, options.author);
  git::Repository& repo = write.repo();
  PullResult result;
  const RemoteHandle handle = lookup_remote(repo, remote);
  FetchUndo undo(repo, remote);
  result.fetched = fetch_main(repo, *handle, options.transfer);
  result = merge_fetched(write, remote, options, std::move(result));
  undo.keep();
  return result;
}

namespace {

PullResult merge_fetched(ArchiveWrite& write, const std::string& remote, const PullOptions& options,
                         PullResult result) {
  git::Repository& repo = write.repo();
  const std::optional<git_oid> ours = write.tip();
  if (ours) result.head = git::to_hex(*ours);
  if (!result.fetched.after) return result;  // the remote holds no history yet
  const git_oid theirs = git::from_hex(*result.fetched.after);
  if (ours && (git_oid_equal(&*ours, &theirs) != 0 ||
               git_graph_descendant_of(repo.get(), &*ours, &theirs) == 1)) {
    return result;  // up to date
  }
  std::optional<git_oid> base;
  if (ours) {
    git_oid found;
    const int rc = git_merge_base(&found, repo.get(), &*ours, &theirs);
    if (rc == 0)
      base = found;
    else if (rc != GIT_ENOTFOUND)
      git::check(rc, "cannot find the last commit both stores have");
  }
  const bool fast_forward = !ours || (base && git_oid_equal(&*base, &*ours) != 0);
  write.adopt(theirs);
  // A fast-forward is verified and indexed in one pass, in the write's index transaction;
  // what is merged is verified first, and the index is made anew once it is.
  const VerifyReport report =
      verify_commits(repo, base, theirs, fast_forward ? &write.staged_index() : nullptr,
                     verify_progress(options.transfer));
  if (!report.ok()) {
    throw Error(ErrorKind::store,
                remote + " (" + result.fetched.url +
                    "): the history received fails verification (" +
                    std::to_string(report.problems.size()) +
                    (report.problems.size() == 1 ? " problem" : " problems") +
                    "; nothing was changed), first: " + report.problems.front().where + ": " +
                    report.problems.front().what);
  }
  result.received = revisions_between(repo, base, theirs);
  if (fast_forward) {
    result.kind = PullResult::Kind::fast_forward;
    result.indexed = result.received.size();
  } else {
    Replay replay(write, remote, base, theirs, *ours, options.choice, result);
    const auto mine = repo.commits_between(base, *ours);
    for (const git_oid& commit : *mine) replay.replay(commit);
    replay.merge();
    // This store's revisions are recorded by other commits now: the index takes their rows
    // off and indexes what came after the base.
    result.indexed = index_rewritten_tail(repo, write.staged_index(), base, *mine, *write.tip());
    result.kind = PullResult::Kind::merged;
  }
  write.publish([](IndexDb& index) { index.tidy_search(); });
  result.head = git::to_hex(*write.tip());
  return result;
}

}  // namespace
}  // namespace kiv
