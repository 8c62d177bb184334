#pragma once
// How kiv-full's archive commands open the store that --store names (kiv/archive.hpp).

#include "command.hpp"
#include "kiv/archive.hpp"
#include "output.hpp"

namespace kiv::cli {

// The store, which must exist (Error{not_found} otherwise), its index caught up; with --as-of,
// the store as it was then (Archive::open_as_of).
Archive open_archive(const Globals& globals);
// The store as it is, its index not brought up to date (verify, rebuild).
Archive open_archive_as_is(const Globals& globals);
// The store, created when missing.
Archive open_or_create_archive(const Globals& globals, bool* created = nullptr);

// After a write: says on standard error when the index could not take what was recorded
// (Archive::index_behind); the write succeeded all the same.
void note_index_behind(const Archive& archive);

}  // namespace kiv::cli
