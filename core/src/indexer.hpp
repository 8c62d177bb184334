#pragma once
// Brings the SQLite index in line with git: indexes every commit of refs/heads/main that the
// index has not seen, in one SQLite transaction. Replaced history is reindexed from scratch.

#include "git.hpp"
#include "index_db.hpp"

namespace kiv {

// Does nothing, and reads nothing but one ref and one row, when the index is current.
void catch_up(git::Repository& repo, IndexDb& index);

// Reindexes the whole history (rebuild).
void reindex(git::Repository& repo, IndexDb& index);

// A revision just committed, with its content.
struct NewRevision {
  const RevisionInfo* revision;
  const Edition* edition;
};

// Indexes revisions that the caller has just committed on top of the commit the index
// reflects, without reading them back from git, and records `head` as the indexed commit.
void index_new_revisions(IndexDb& index, const std::vector<NewRevision>& revisions,
                         const std::string& head);

}  // namespace kiv
