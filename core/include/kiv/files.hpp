#pragma once
// Files written whole: a reader, or a crash, finds the old file or the new one, never part of
// one (packs, the store's git configuration, reports written with -o).

#include <filesystem>
#include <optional>
#include <string_view>

namespace kiv {

// The step of write_file_whole that failed, and errno then.
struct FileWriteFailure {
  enum class Step { create, write, mode, sync, rename };
  Step step = Step::create;
  int error = 0;
};

// Writes `bytes` into a new temporary file beside `target` (named `temp_prefix` and six random
// characters), gives it `mode`, syncs it and renames it over `target`. Returns the step that
// failed, nullopt on success; a failed write removes its temporary file and leaves `target`
// as it was.
std::optional<FileWriteFailure> write_file_whole(const std::filesystem::path& target,
                                                 std::string_view bytes, unsigned mode,
                                                 std::string_view temp_prefix);

}  // namespace kiv
