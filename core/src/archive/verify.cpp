// Archive::verify: git's objects, every revision of the history, and the index against git.

#include <SQLiteCpp/Exception.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>

#include "archive/archive_impl.hpp"
#include "archive/git.hpp"
#include "archive/indexer.hpp"
#include "archive/leftovers.hpp"
#include "archive/sha256.hpp"
#include "archive/source_texts.hpp"
#include "archive/verify_commits.hpp"
#include "index/index_db.hpp"
#include "index/migrations.hpp"
#include "kiv/archive.hpp"
#include "kiv/attachments.hpp"
#include "kiv/edition_format.hpp"
#include "kiv/error.hpp"
#include "kiv/series.hpp"
#include "links_file.hpp"
#include "revision_record.hpp"
#include "store_files.hpp"
#include "store_lock.hpp"

namespace kiv {
namespace {

constexpr const char* kGit = "git";
constexpr const char* kIndex = "index";

using OdbHandle = git::Handle<git_odb, git_odb_free>;
using OdbObjectHandle = git::Handle<git_odb_object, git_odb_object_free>;

// Reads every object of the object database. libgit2 inflates it and, with strict hash
// verification on (its default, set here so that nothing depends on it), fails the read of an
// object whose content does not hash to its id.
void check_objects(const git::Repository& repo, VerifyReport& report) {
  git::check(git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 1),
             "cannot turn on hash verification");
  // The objects on disk, read through an object database of their own: the repository's may
  // carry the in-memory backend of a write (git.hpp), which libgit2 cannot list.
  git_odb* odb = nullptr;
  const std::string objects = std::string(git_repository_path(repo.get())) + "objects";
  git::check(git_odb_open(&odb, objects.c_str()), "cannot open the object database");
  const OdbHandle owned_odb(odb);
  std::vector<git_oid> ids;
  const auto collect = [](const git_oid* id, void* payload) {
    static_cast<std::vector<git_oid>*>(payload)->push_back(*id);
    return 0;
  };
  if (const int rc = git_odb_foreach(odb, collect, &ids); rc < 0) {
    report.problems.push_back({kGit, git::failure(rc, "cannot list the objects")});
  }
  // An object may be both loose and packed.
  std::sort(ids.begin(), ids.end(), git::OidLess());
  ids.erase(std::unique(ids.begin(), ids.end(),
                        [](const git_oid& a, const git_oid& b) { return git_oid_equal(&a, &b); }),
            ids.end());
  for (const git_oid& id : ids) {
    ++report.objects;
    git_odb_object* object = nullptr;
    const int rc = git_odb_read(&object, odb, &id);
    const OdbObjectHandle owned(object);
    if (rc < 0) {
      report.problems.push_back(
          {kGit, git::failure(rc, "object " + git::to_hex(id) + " cannot be read")});
    }
  }
}

// Whether the revision's source is its edition.json, byte for byte (a canonical JSON file
// imported, or a merged revision): its texts are then in its source by construction.
bool is_own_source(git::Repository& repo, const git_tree& tree, const std::string& path) {
  const auto source = repo.blob_id_at(tree, path + "/source");
  const auto json = repo.blob_id_at(tree, path + "/edition.json");
  return source && json && git_oid_equal(&*source, &*json) != 0;
}

// Checks the revision that `commit` records at `path` as change number `number` of that
// edition, under `ref`; `previous` is the edition's revision before (nullptr for its first).
// Returns it when it is whole and consistent, reports it otherwise.
// `edition` is set to what edition.json holds when it parses, sound or not.
std::optional<CommittedRevision> check_revision(git::Repository& repo, const git_commit& commit,
                                                const git_tree& tree, const std::string& path,
                                                int number, const std::string& ref,
                                                const Edition* previous,
                                                std::optional<Edition>& edition,
                                                VerifyReport& report) {
  const std::size_t problems_before = report.problems.size();
  const auto problem = [&](std::string what) { report.problems.push_back({ref, std::move(what)}); };
  const std::string commit_id = git::to_hex(*git_commit_id(&commit));
  std::optional<CommittedRevision> committed;
  try {
    committed = read_committed_revision(repo, commit, tree, path);
  } catch (const Error& e) {
    problem(e.what());
  }
  if (committed) {
    edition = committed->edition;
    const RevisionInfo& recorded = committed->revision;
    if (recorded.series + "/" + recorded.edition != path) {
      problem("revision.json of commit " + commit_id + " names " + recorded.series + "/" +
              recorded.edition);
    }
    if (recorded.revision != number) {
      problem("revision.json of commit " + commit_id + " records revision " +
              std::to_string(recorded.revision) + ", but the commit is change " +
              std::to_string(number) + " of " + path);
    }
    if (committed->edition.id() != path) {
      problem("edition.json of commit " + commit_id + " is the edition " + committed->edition.id());
    }
  }
  try {
    const auto source = read_edition_file(repo, commit, tree, path, "source");
    if (!source) {
      problem("the source is missing from commit " + commit_id);
    } else if (committed && sha256_hex(*source) != committed->revision.source_sha256) {
      problem("the source in commit " + commit_id + " has SHA-256 " + sha256_hex(*source) +
              ", revision.json records " + committed->revision.source_sha256);
    } else if (committed && committed->revision.source_size >= 0 &&
               static_cast<std::uint64_t>(committed->revision.source_size) != source->size()) {
      problem("the source in commit " + commit_id + " has " + std::to_string(source->size()) +
              " bytes, revision.json records " + std::to_string(committed->revision.source_size));
    } else if (committed && !is_own_source(repo, tree, path)) {
      for (const std::string& text : texts_not_in_source(committed->edition, previous, *source)) {
        problem(text + ", is not in its source " + committed->revision.source_name + " (commit " +
                commit_id + ")");
      }
    }
  } catch (const Error& e) {
    problem(e.what());
  }
  if (report.problems.size() != problems_before) return std::nullopt;
  return committed;
}

// Checks the links.json that `commit` records for `series`: it parses, and every edition it
// links is in the commit. Returns its links when it is sound, reports it otherwise.
std::optional<std::vector<CuratedLink>> check_links(git::Repository& repo, const git_commit& commit,
                                                    const git_tree& tree, const std::string& series,
                                                    VerifyReport& report) {
  const std::string where = links_path(series);
  try {
    std::vector<CuratedLink> links = read_committed_links(repo, commit, tree, series);
    const std::size_t problems_before = report.problems.size();
    for (const CuratedLink& link : links) {
      for (const std::string* edition : {&link.from_edition, &link.to_edition}) {
        if (!repo.blob_id_at(tree, series + "/" + *edition + "/edition.json")) {
          report.problems.push_back(
              {where, "links.json of commit " + git::to_hex(*git_commit_id(&commit)) + " links " +
                          link.to_string() + ", but the commit has no edition " + series + "/" +
                          *edition});
        }
      }
    }
    if (report.problems.size() == problems_before) return links;
  } catch (const Error& e) {
    report.problems.push_back({where, e.what()});
  }
  return std::nullopt;
}

// Walks refs/heads/main oldest first, checks every revision, links file and series file, and
// indexes the sound ones into `from_git`. Adds to `unsound` the revisions (and their editions),
// the links files (SERIES/links.json) and series files (SERIES/series.json) that are not.
void check_history(git::Repository& repo, const std::optional<git_oid>& from,
                   const std::optional<git_oid>& head, IndexDb& from_git, VerifyReport& report,
                   std::set<std::string>& unsound, bool in_callers_transaction = false,
                   const CheckProgress& progress = {}) {
  if (!head) return;
  const auto commits = repo.commits_between(from, *head);
  if (!commits) {
    report.problems.push_back(
        {kGit, "commit " + git::to_hex(*head) + " does not descend from " + git::to_hex(*from)});
    return;
  }
  std::optional<IndexDb::Transaction> transaction;
  if (!in_callers_transaction) transaction.emplace(from_git);
  std::map<std::string, int> changes;     // edition directory -> commits that changed it so far
  std::map<std::string, Edition> latest;  // edition directory -> its last revision
  // Checked from `from` on: an edition's revisions before are those `from` records (trusted).
  git::TreeHandle from_tree;
  if (from) from_tree = repo.tree_of(*repo.commit(*from));
  const auto seed = [&](const std::string& path) {
    if (!from_tree || changes.contains(path)) return;
    const auto record = repo.read_file(*from_tree, path + "/revision.json");
    const auto json = repo.read_file(*from_tree, path + "/edition.json");
    if (!record || !json) return;
    RevisionInfo revision;
    read_revision_record(*record, path + "/revision.json", revision);
    changes[path] = revision.revision;
    latest.insert_or_assign(path, parse_edition(*json, path + "/edition.json"));
  };
  std::size_t checked = 0;
  for (const git_oid& id : *commits) {
    if (progress) progress(checked++, commits->size());
    git::CommitHandle commit;
    git::TreeHandle tree;
    TreeChanges changed;
    try {
      commit = repo.commit(id);
      tree = repo.tree_of(*commit);
      changed = commit_changes(repo, *commit, *tree);
    } catch (const Error& e) {
      report.problems.push_back({kGit, e.what()});
      continue;
    }
    for (const std::string& path : changed.editions) {
      try {
        seed(path);
      } catch (const Error& e) {
        report.problems.push_back({path, e.what()});
      }
      const int number = ++changes[path];
      const std::string ref = path + "@" + std::to_string(number);
      ++report.revisions;
      const auto before = latest.find(path);
      std::optional<Edition> edition;
      const auto committed =
          check_revision(repo, *commit, *tree, path, number, ref,
                         before == latest.end() ? nullptr : &before->second, edition, report);
      // The next revision's titles are checked against this one's whether or not it is sound:
      // one problem is reported once, where it is.
      if (edition) latest.insert_or_assign(path, std::move(*edition));
      if (committed) {
        from_git.add_revision(committed->revision, committed->edition);
      } else {
        unsound.insert(ref);
        unsound.insert(path);
      }
    }
    for (const std::string& series : changed.link_series) {
      if (const auto links = check_links(repo, *commit, *tree, series, report)) {
        from_git.set_links(series, *links, commit_stamp(*commit));
      } else {
        unsound.insert(links_path(series));
      }
    }
    // Each attachment's bytes must be in the commit and hash to the SHA-256 recorded.
    for (const auto& [series, edition] : changed.attachment_editions) {
      const std::string where = attachments_dir(series, edition);
      try {
        const std::vector<Attachment> attachments =
            read_committed_attachments(repo, *tree, series, edition, "commit " + git::to_hex(id));
        const std::size_t problems_before = report.problems.size();
        for (const Attachment& attachment : attachments) {
          const auto bytes = repo.read_file(*tree, where + "/" + attachment.sha256);
          if (!bytes) {
            report.problems.push_back(
                {where,
                 attachment.name + ": its bytes are missing from commit " + git::to_hex(id)});
          } else if (sha256_hex(*bytes) != attachment.sha256 ||
                     static_cast<std::int64_t>(bytes->size()) != attachment.size) {
            report.problems.push_back(
                {where, attachment.name + ": its bytes in commit " + git::to_hex(id) +
                            " are not those recorded (SHA-256 " + sha256_hex(*bytes) + ", " +
                            std::to_string(bytes->size()) + " bytes; recorded " +
                            attachment.sha256 + ", " + std::to_string(attachment.size) + ")"});
          }
        }
        if (report.problems.size() == problems_before) {
          from_git.set_attachments(series, edition, attachments, commit_stamp(*commit));
        } else {
          unsound.insert(where);
        }
      } catch (const Error& e) {
        report.problems.push_back({where, e.what()});
        unsound.insert(where);
      }
    }
    // A series.json that does not parse as a series file is reported, named by its commit.
    for (const std::string& series : changed.described_series) {
      try {
        from_git.set_series_description(series, repo.read_file(*tree, series_file_path(series)),
                                        commit_stamp(*commit));
      } catch (const Error& e) {
        report.problems.push_back({series_file_path(series), e.what()});
        unsound.insert(series_file_path(series));
      }
    }
  }
  if (progress) progress(commits->size(), commits->size());
  if (in_callers_transaction) return;
  from_git.tidy_search();
  from_git.set_indexed_commit(git::to_hex(*head));
  transaction->commit();
}

// Compares the index file with `from_git`, opening it read-only.
void check_index(const std::filesystem::path& file, const std::optional<git_oid>& head,
                 IndexDb& from_git, const std::set<std::string>& unsound, VerifyReport& report) {
  const auto problem = [&](std::string what) {
    report.problems.push_back({kIndex, std::move(what)});
  };
  if (!std::filesystem::exists(file)) {
    problem(file.filename().string() + " is missing");
    return;
  }
  try {
    IndexDb index = IndexDb::open_read_only(file);
    if (const int version = index.schema_version(); version != latest_schema_version()) {
      problem("the index has schema version " + std::to_string(version) + ", this kiv's is " +
              std::to_string(latest_schema_version()));
      return;
    }
    const auto indexed = index.indexed_commit();
    const auto git_head = head ? std::optional(git::to_hex(*head)) : std::nullopt;
    if (indexed != git_head) {
      problem("the index reflects " + (indexed ? "commit " + *indexed : "no commit") +
              ", git's branch main is at " + (git_head ? "commit " + *git_head : "no commit"));
    }
    for (VerifyProblem& found : index.differences_from(from_git, unsound)) {
      report.problems.push_back(std::move(found));
    }
  } catch (const Error& e) {
    problem(e.what());
  } catch (const SQLite::Exception& e) {
    problem("cannot read " + file.filename().string() + ": " + e.what());
  }
}

}  // namespace

VerifyReport verify_commits(git::Repository& repo, const std::optional<git_oid>& from,
                            const git_oid& to, IndexDb* into, const CheckProgress& progress) {
  VerifyReport report;
  std::optional<IndexDb> in_memory;
  if (into == nullptr) into = &in_memory.emplace(":memory:");
  std::set<std::string> unsound;
  try {
    check_history(repo, from, to, *into, report, unsound, in_memory == std::nullopt, progress);
    // Every commit kiv makes records something: one that changes nothing kiv knows (a file of
    // another project) says that the history is not a kiv archive's.
    if (const auto commits = repo.commits_between(from, to)) {
      for (const git_oid& id : *commits) {
        const git::CommitHandle commit = repo.commit(id);
        const TreeChanges changes = commit_changes(repo, *commit, *repo.tree_of(*commit));
        if (changes.editions.empty() && changes.link_series.empty() &&
            changes.described_series.empty() && changes.attachment_editions.empty()) {
          report.problems.push_back(
              {kGit, "commit " + git::to_hex(id) +
                         " changes nothing kiv records (no edition, links, series or "
                         "attachments file): this is not a kiv archive's history"});
          break;
        }
      }
    }
  } catch (const Error& e) {
    report.problems.push_back({kGit, e.what()});
  }
  return report;
}

VerifyReport Archive::verify() const {
  const StoreLock lock(impl_->path, StoreLock::Mode::read);
  VerifyReport report;
  report.leftovers = find_leftovers(impl_->path);
  git::Repository& repo = impl_->repo();
  try {
    check_objects(repo, report);
  } catch (const Error& e) {
    report.problems.push_back({kGit, e.what()});
  }
  IndexDb from_git(":memory:");
  std::set<std::string> unsound;
  try {
    const std::optional<git_oid> head = repo.head();
    check_history(repo, std::nullopt, head, from_git, report, unsound);
    check_index(impl_->path / kIndexFile, head, from_git, unsound, report);
  } catch (const Error& e) {
    // The history cannot be walked: what the index should hold is unknown.
    report.problems.push_back({kGit, e.what()});
  }
  return report;
}

}  // namespace kiv
