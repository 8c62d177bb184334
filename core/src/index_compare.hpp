#pragma once
// Compares a store's index with one built from git, row by row, by what each row stands for
// (revision, edition, title, item, curated link) rather than by internal row ids: for
// Store::verify.

#include <SQLiteCpp/Database.h>

#include <set>
#include <string>
#include <vector>

#include "kiv/store.hpp"

namespace kiv {

// Every row that differs between `index` and `from_git` (both of this program's schema), as
// problems where the row's revision ("kiv/2022-2024@1"), edition ("kiv/2022-2024") or links file
// ("kiv/links.json") says, e.g. "the index has title 'x' for priority 5 (nl), git has 'y'". A
// revision that one of the two lacks is reported once, not row by row. Rows of the revisions,
// editions and links files named in `skip` (those git holds but could not give whole) are not
// compared. Reads only.
std::vector<VerifyProblem> compare_indexes(SQLite::Database& index, SQLite::Database& from_git,
                                           const std::set<std::string>& skip);

}  // namespace kiv
