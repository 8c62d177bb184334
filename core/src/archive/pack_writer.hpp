#pragma once
// Writes git objects as one pack file (format version 2) of whole, zlib-compressed objects.
//
// Why not libgit2's packbuilder (git_mempack_dump): it searches every object's neighbours
// for deltas, which for an archive of ~100 KB JSON files cost 9.4 s of a 17.5 s bulk import
// of 1,000 editions while making the pack only 9% smaller (bench/kiv_bench). A pack without
// deltas is just as valid; `git gc` can still deltify it later.

#include <git2.h>

#include <string>
#include <vector>

namespace kiv::git {

// The pack of `objects` (read from `odb`; duplicates are written once), ready for
// git_odb_write_pack. Throws Error{store} when an object cannot be read or compressed.
std::string build_pack(git_odb* odb, const std::vector<git_oid>& objects);

}  // namespace kiv::git
