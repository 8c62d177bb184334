#pragma once
// How much disk a directory tree takes, counted two ways: the bytes its files hold, and the
// space the file system allocated for them (st_blocks, what du reports), which rounds every
// file and directory up to whole blocks of the file system (4 KiB here).

#include <cstdint>
#include <filesystem>

namespace kiv::bench {

struct DiskUsage {
  std::uintmax_t file_bytes = 0;  // sum of the sizes of regular files
  std::uintmax_t allocated = 0;   // bytes allocated to files and directories, like du -s -B1
};

// Of `path` and everything under it; symbolic links are not followed. Throws
// std::filesystem::filesystem_error when something cannot be read.
DiskUsage disk_usage(const std::filesystem::path& path);

}  // namespace kiv::bench
