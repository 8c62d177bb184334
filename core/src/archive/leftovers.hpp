#pragma once
// What a writer leaves in a store while it works, and how the next writer clears what one that
// died midway (kill -9, a crash, a power cut) left behind:
//   git/**/*.lock                    git's lock files (a ref being moved, packed-refs)
//   git/objects/pack/tmp_kiv_*       a pack or index file being written (pack_writer.hpp);
//                                    pack_git2_* in stores written before 2026-12
//   git/kiv-publishing + its pack    a pack written for commits the branch never reached
//   index.sqlite.new                 an unfinished rebuild
// None of them loses or changes anything recorded: a write is published by moving branch main
// (archive/write.hpp), the last step. But git refuses to move a branch while its lock file
// exists, so a stale one would block every later write.
//
// Only a holder of the store's write lock (store_lock.hpp) may clear them: every kiv writer
// holds that lock while it works, so whatever such a file belongs to is dead.

#include <filesystem>
#include <string>
#include <vector>

namespace kiv {

// Before a pack is written: it is `pack_name` (pack-HEX, without extension) and carries the
// commits up to `tip_hex`. Throws Error{store} when the note cannot be written.
void note_publishing(const std::filesystem::path& git_dir, const std::string& tip_hex,
                     const std::string& pack_name);
// After the branch moved to the tip, or the pack was removed.
void note_published(const std::filesystem::path& git_dir);

// What writers that died left in the store at `store_dir`, as paths relative to it, sorted
// (a pack the branch never reached counts). Reads only.
std::vector<std::string> find_leftovers(const std::filesystem::path& store_dir);
// Removes them (call under the store's write lock). Throws Error{store} naming the file that
// cannot be removed.
void clear_leftovers(const std::filesystem::path& store_dir);

}  // namespace kiv
