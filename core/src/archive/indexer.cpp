#include "archive/indexer.hpp"

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Transaction.h>

#include <set>

#include "kiv/attachments.hpp"
#include "kiv/edition_format.hpp"
#include "kiv/error.hpp"
#include "kiv/series.hpp"
#include "links_file.hpp"
#include "revision_record.hpp"

namespace kiv {
namespace {

const git_tree_entry* subtree_entry(const git_tree* tree, const char* name) {
  if (tree == nullptr) return nullptr;
  const git_tree_entry* entry = git_tree_entry_byname(tree, name);
  return entry != nullptr && git_tree_entry_type(entry) == GIT_OBJECT_TREE ? entry : nullptr;
}

const git_tree_entry* blob_entry(const git_tree* tree, const char* name) {
  if (tree == nullptr) return nullptr;
  const git_tree_entry* entry = git_tree_entry_byname(tree, name);
  return entry != nullptr && git_tree_entry_type(entry) == GIT_OBJECT_BLOB ? entry : nullptr;
}

git::TreeHandle lookup_tree(git::Repository& repo, const git_tree_entry* entry) {
  if (entry == nullptr) return nullptr;
  git_tree* tree = nullptr;
  git::check(git_tree_lookup(&tree, repo.get(), git_tree_entry_id(entry)), "cannot read a tree");
  return git::TreeHandle(tree);
}

// What differs between `before` (may be null) and `after`: the SERIES/EDITION directories, and
// the series whose links.json changed. Identical subtrees have identical ids, so only what
// changed is visited.
TreeChanges changed_between(git::Repository& repo, const git_tree* before, const git_tree& after) {
  TreeChanges changes;
  for (std::size_t s = 0; s < git_tree_entrycount(&after); ++s) {
    const git_tree_entry* series = git_tree_entry_byindex(&after, s);
    if (git_tree_entry_type(series) != GIT_OBJECT_TREE) continue;
    const char* series_name = git_tree_entry_name(series);
    const git_tree_entry* old_series = subtree_entry(before, series_name);
    if (old_series != nullptr &&
        git_oid_equal(git_tree_entry_id(series), git_tree_entry_id(old_series))) {
      continue;
    }
    const git::TreeHandle series_tree = lookup_tree(repo, series);
    const git::TreeHandle old_series_tree = lookup_tree(repo, old_series);
    for (std::size_t e = 0; e < git_tree_entrycount(series_tree.get()); ++e) {
      const git_tree_entry* edition = git_tree_entry_byindex(series_tree.get(), e);
      if (git_tree_entry_type(edition) != GIT_OBJECT_TREE) continue;
      const std::string_view name = git_tree_entry_name(edition);
      const git_tree_entry* old_edition = subtree_entry(old_series_tree.get(), name.data());
      if (old_edition != nullptr &&
          git_oid_equal(git_tree_entry_id(edition), git_tree_entry_id(old_edition))) {
        continue;
      }
      // EDITION.attachments beside EDITION: its attachments, no revision.
      if (name.ends_with(kAttachmentsSuffix)) {
        changes.attachment_editions.emplace_back(
            series_name, std::string(name.substr(0, name.size() - kAttachmentsSuffix.size())));
      } else {
        changes.editions.push_back(std::string(series_name) + "/" + std::string(name));
      }
    }
    // Beside links.json and series.json, blobs at the series level are no part of the archive
    // and are ignored.
    const auto blob_changed = [&](const char* name) {
      const git_tree_entry* now = blob_entry(series_tree.get(), name);
      const git_tree_entry* old = blob_entry(old_series_tree.get(), name);
      return (now == nullptr) != (old == nullptr) ||
             (now != nullptr && !git_oid_equal(git_tree_entry_id(now), git_tree_entry_id(old)));
    };
    if (blob_changed(kLinksFile)) changes.link_series.push_back(series_name);
    if (blob_changed(kSeriesFile)) changes.described_series.push_back(series_name);
  }
  return changes;
}

// What of a commit the index takes in: all of it, or the series' state it writes only.
enum class Indexed { all, series_state };

// Indexes the commit; returns the number of revisions it recorded (none for series_state).
std::size_t index_commit(git::Repository& repo, IndexDb& index, const git_oid& id,
                         Indexed what = Indexed::all) {
  const git::CommitHandle commit = repo.commit(id);
  const git::TreeHandle tree = repo.tree_of(*commit);
  const TreeChanges changes = commit_changes(repo, *commit, *tree);
  static const std::vector<std::string> kNone;
  for (const std::string& path : what == Indexed::all ? changes.editions : kNone) {
    const CommittedRevision committed = read_committed_revision(repo, *commit, *tree, path);
    const RevisionInfo& revision = committed.revision;
    // A commit that changes an edition records its next revision: one made by hand that does
    // not would give two states one number.
    const auto latest = index.find_revision(revision.series, revision.edition, std::nullopt);
    const int next = latest ? latest->revision + 1 : 1;
    if (revision.revision != next) {
      throw Error(ErrorKind::store,
                  "commit " + git::to_hex(id) + ": " + path + "/revision.json records revision " +
                      std::to_string(revision.revision) + ", but the commit makes revision " +
                      std::to_string(next) + " of " + path +
                      " (a commit made without kiv?); kiv reads the history up to the commit "
                      "before it only once it is repaired");
    }
    try {
      index.add_revision(revision, committed.edition);
    } catch (const SQLite::Exception& e) {
      throw Error(ErrorKind::store,
                  "commit " + git::to_hex(id) + ": " + path + ": cannot index it: " + e.what());
    }
  }
  for (const std::string& series : changes.link_series) {
    index.set_links(series, read_committed_links(repo, *commit, *tree, series),
                    commit_stamp(*commit));
  }
  for (const auto& [series, edition] : changes.attachment_editions) {
    index.set_attachments(
        series, edition,
        read_committed_attachments(repo, *tree, series, edition, "commit " + git::to_hex(id)),
        commit_stamp(*commit));
  }
  for (const std::string& series : changes.described_series) {
    index.set_series_description(series, repo.read_file(*tree, series_file_path(series)),
                                 commit_stamp(*commit));
  }
  return what == Indexed::all ? changes.editions.size() : 0;
}

}  // namespace

void index_commits_within(git::Repository& repo, IndexDb& index,
                          const std::vector<git_oid>& commits) {
  for (const git_oid& commit : commits) index_commit(repo, index, commit);
}

std::size_t index_rewritten_tail(git::Repository& repo, IndexDb& index,
                                 const std::optional<git_oid>& base,
                                 const std::vector<git_oid>& replaced, const git_oid& tip) {
  const std::vector<git_oid> history = *repo.commits_between(std::nullopt, tip);
  std::vector<std::string> replaced_ids;
  for (const git_oid& commit : replaced) replaced_ids.push_back(git::to_hex(commit));
  const std::optional<std::int64_t> first = base ? index.tail_of(replaced_ids) : std::nullopt;
  std::size_t indexed = 0;
  if (!first) {
    // Not the index's tail (or no history in common): made anew.
    index.clear();
    for (const git_oid& commit : history) indexed += index_commit(repo, index, commit);
    return indexed;
  }
  index.remove_revisions_from(*first);
  // The series' state says which commit wrote each part of it: it is made anew from the whole
  // history, which reads no edition, and the revisions from the base on are indexed.
  index.clear_series_state();
  std::set<std::string> after_base;
  const std::vector<git_oid> new_here = *repo.commits_between(base, tip);
  for (const git_oid& commit : new_here) after_base.insert(git::to_hex(commit));
  for (const git_oid& commit : history) {
    const bool after = after_base.contains(git::to_hex(commit));
    indexed += index_commit(repo, index, commit, after ? Indexed::all : Indexed::series_state);
  }
  return indexed;
}

void index_commits(git::Repository& repo, IndexDb& index, const std::vector<git_oid>& commits,
                   const git_oid& head, bool from_scratch) {
  IndexDb::Transaction transaction(index);
  if (from_scratch) index.clear();
  index_commits_within(repo, index, commits);
  index.set_indexed_commit(git::to_hex(head));
  index.tidy_search();
  transaction.commit();
}

namespace {

std::string moved_back_message(const std::string& head, const std::string& indexed) {
  return (head.empty()
              ? "git's branch main is gone"
              : "git's branch main moved to commit " + head + ", which does not descend from") +
         std::string(head.empty() ? ", but the index reflects " : " ") + "commit " + indexed +
         ", the last the index recorded: the history was reset or rewritten, and revisions would "
         "vanish. Nothing was changed; if the branch was moved on purpose, accept its history "
         "with 'kiv rebuild'";
}

}  // namespace

TreeChanges commit_changes(git::Repository& repo, const git_commit& commit, const git_tree& tree) {
  git::TreeHandle parent_tree;
  if (git_commit_parentcount(&commit) > 0) {
    parent_tree = repo.tree_of(*repo.commit(*git_commit_parent_id(&commit, 0)));
  }
  return changed_between(repo, parent_tree.get(), tree);
}

CommitStamp commit_stamp(const git_commit& commit) {
  const git_signature* author = git_commit_author(&commit);
  CommitStamp stamp{git::to_hex(*git_commit_id(&commit)), git::iso_utc(author->when.time),
                    git::signature_text(*author), git_commit_message(&commit)};
  while (!stamp.message.empty() && stamp.message.back() == '\n') stamp.message.pop_back();
  return stamp;
}

namespace {

std::string where_in(const git_commit& commit, const std::string& path) {
  return "commit " + git::to_hex(*git_commit_id(&commit)) + ": " + path;
}

}  // namespace

std::optional<std::string> read_edition_file(git::Repository& repo, const git_commit& commit,
                                             const git_tree& tree, const std::string& path,
                                             const char* name) {
  try {
    return repo.read_file(tree, path + "/" + name);
  } catch (const Error& e) {
    throw Error(e.kind(), where_in(commit, path) + "/" + name + ": " + e.what());
  }
}

CommittedRevision read_committed_revision(git::Repository& repo, const git_commit& commit,
                                          const git_tree& tree, const std::string& path) {
  const std::string where = where_in(commit, path);
  const auto record = read_edition_file(repo, commit, tree, path, "revision.json");
  const auto json = read_edition_file(repo, commit, tree, path, "edition.json");
  if (!record || !json) throw Error(ErrorKind::store, where + ": incomplete edition directory");
  CommittedRevision committed;
  RevisionInfo& revision = committed.revision;
  read_revision_record(*record, where + "/revision.json", revision);
  CommitStamp stamp = commit_stamp(commit);
  revision.commit = std::move(stamp.commit);
  revision.imported_at = std::move(stamp.at);
  revision.imported_by = std::move(stamp.by);
  revision.message = std::move(stamp.message);
  try {
    committed.edition = parse_edition(*json, where + "/edition.json");
  } catch (const Error& e) {
    throw Error(ErrorKind::store, e.what());  // what git holds is the store's, not input
  }
  return committed;
}

std::vector<Attachment> read_committed_attachments(git::Repository& repo, const git_tree& tree,
                                                   const std::string& series,
                                                   const std::string& edition,
                                                   const std::string& where) {
  const std::string path = attachments_file_path(series, edition);
  std::optional<std::string> json;
  try {
    json = repo.read_file(tree, path);
  } catch (const Error& e) {
    throw Error(e.kind(), where + ": " + path + ": " + e.what());
  }
  if (!json) return {};
  return parse_attachments_file(*json, series, edition, where + ": " + path);
}

std::vector<CuratedLink> read_committed_links(git::Repository& repo, const git_commit& commit,
                                              const git_tree& tree, const std::string& series) {
  const std::string where = where_in(commit, links_path(series));
  std::optional<std::string> json;
  try {
    json = repo.read_file(tree, links_path(series));
  } catch (const Error& e) {
    throw Error(e.kind(), where + ": " + e.what());
  }
  if (!json) return {};
  return parse_links_file(*json, series, where);
}

void catch_up(git::Repository& repo, IndexDb& index) {
  const std::optional<git_oid> head = repo.head();
  const std::optional<std::string> indexed = index.indexed_commit();
  if (!head) {
    if (indexed) throw Error(ErrorKind::store, moved_back_message("", *indexed));
    return;
  }
  if (indexed && *indexed == git::to_hex(*head)) return;
  std::optional<git_oid> from;
  if (indexed) from = git::from_hex(*indexed);
  const auto commits = repo.commits_between(from, *head);
  if (!commits) {
    // An index of another store's history (copied from elsewhere) is replaced; but a branch
    // moved away from what this store recorded would make revisions vanish unseen.
    if (repo.contains(*from)) {
      throw Error(ErrorKind::store, moved_back_message(git::to_hex(*head), *indexed));
    }
    reindex(repo, index);
    return;
  }
  index_commits(repo, index, *commits, *head, false);
}

void reindex(git::Repository& repo, IndexDb& index) {
  const std::optional<git_oid> head = repo.head();
  if (!head) return;
  index_commits(repo, index, *repo.commits_between(std::nullopt, *head), *head, true);
}

}  // namespace kiv
