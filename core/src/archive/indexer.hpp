#pragma once
// Brings the SQLite index in line with git: indexes every commit of refs/heads/main that the
// index has not seen, in one SQLite transaction. Replaced history is reindexed from scratch.

#include <optional>
#include <string>
#include <vector>

#include "archive/git.hpp"
#include "index/index_db.hpp"

namespace kiv {

// What a commit changed against its first parent.
struct TreeChanges {
  std::vector<std::string> editions;     // SERIES/EDITION directories: the revisions it records
  std::vector<std::string> link_series;  // series whose SERIES/links.json it wrote or removed
  std::vector<std::string> described_series;  // series whose SERIES/series.json it changed
  // SERIES/EDITION of the editions whose attachments (SERIES/EDITION.attachments) it changed.
  std::vector<std::pair<std::string, std::string>> attachment_editions;
};
TreeChanges commit_changes(git::Repository& repo, const git_commit& commit, const git_tree& tree);

// The commit's id, author time, author and message (trailing newlines dropped).
CommitStamp commit_stamp(const git_commit& commit);

// A revision as git records it.
struct CommittedRevision {
  RevisionInfo revision;  // from revision.json and the commit's id, author, time and message
  Edition edition;        // edition.json, parsed
};

// The file `name` of the edition directory `path` in `commit` (whose tree is `tree`); nullopt
// when there is none. Throws Error{store} naming the commit and the file when it is unreadable.
std::optional<std::string> read_edition_file(git::Repository& repo, const git_commit& commit,
                                             const git_tree& tree, const std::string& path,
                                             const char* name);

// The revision that `commit` (whose tree is `tree`) records in the edition directory `path`.
// Throws Error{store} naming the commit and the file when one is missing or malformed
// (Error{input} for an edition.json that does not parse).
CommittedRevision read_committed_revision(git::Repository& repo, const git_commit& commit,
                                          const git_tree& tree, const std::string& path);

// The links of `series` that `commit` (whose tree is `tree`) records in SERIES/links.json; none
// when there is no such file. Throws Error{store} naming the commit and the file when it is
// unreadable or malformed.
std::vector<CuratedLink> read_committed_links(git::Repository& repo, const git_commit& commit,
                                              const git_tree& tree, const std::string& series);

// Indexes `commits` (oldest first, each a child of the one before or the first of the history)
// in one SQLite transaction, after emptying the index when `from_scratch`, and records `head`
// as the commit the index reflects.
void index_commits(git::Repository& repo, IndexDb& index, const std::vector<git_oid>& commits,
                   const git_oid& head, bool from_scratch);
// The attachments SERIES/EDITION.attachments/attachments.json of `tree` lists; none when there
// is none. Throws Error{store} naming the file when it is unreadable or malformed.
std::vector<Attachment> read_committed_attachments(git::Repository& repo, const git_tree& tree,
                                                   const std::string& series,
                                                   const std::string& edition,
                                                   const std::string& where);

// Indexes `commits` as index_commits does, within the caller's open index transaction (a
// write's staged index), recording no head.
void index_commits_within(git::Repository& repo, IndexDb& index,
                          const std::vector<git_oid>& commits);

// Brings `index`, which reflects a history whose last commits after `base` were `replaced`
// (recorded again in the history of `tip`, as a merging pull does), in line with `tip`,
// within the caller's open index transaction: their revisions' rows are taken off and those
// of the commits after `base` indexed, when their rows are the index's last; else the index is
// made anew. Returns the number of revisions indexed.
std::size_t index_rewritten_tail(git::Repository& repo, IndexDb& index,
                                 const std::optional<git_oid>& base,
                                 const std::vector<git_oid>& replaced, const git_oid& tip);

// Does nothing, and reads nothing but one ref and one row, when the index is current.
void catch_up(git::Repository& repo, IndexDb& index);

// Reindexes the whole history (rebuild).
void reindex(git::Repository& repo, IndexDb& index);

}  // namespace kiv
