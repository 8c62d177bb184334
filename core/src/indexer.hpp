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

}  // namespace kiv
