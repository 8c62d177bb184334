#include "disk_usage.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <system_error>

namespace kiv::bench {
namespace {

struct stat status_of(const std::filesystem::path& path) {
  struct stat status {};
  if (::lstat(path.c_str(), &status) != 0) {
    throw std::filesystem::filesystem_error("cannot stat", path,
                                            std::error_code(errno, std::generic_category()));
  }
  return status;
}

void add(DiskUsage& usage, const std::filesystem::path& path) {
  const struct stat status = status_of(path);
  // st_blocks counts 512-byte units whatever the file system's block size (POSIX).
  usage.allocated += static_cast<std::uintmax_t>(status.st_blocks) * 512;
  if (S_ISREG(status.st_mode)) usage.file_bytes += static_cast<std::uintmax_t>(status.st_size);
}

}  // namespace

DiskUsage disk_usage(const std::filesystem::path& path) {
  DiskUsage usage;
  add(usage, path);
  if (std::filesystem::is_directory(std::filesystem::symlink_status(path))) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(path)) {
      add(usage, entry.path());
    }
  }
  return usage;
}

}  // namespace kiv::bench
