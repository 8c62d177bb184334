#include "support/store_snapshot.hpp"

#include "support/temp_dir.hpp"

namespace kiv::test {
namespace {

// SQLite's write-ahead log beside an open index: its shared-memory file is derived from the
// log, and a log without frames (at most its 32-byte header) holds nothing; both come and go
// with connections. A log with frames holds changes, and counts.
bool is_empty_log_companion(const std::string& relative, std::uintmax_t size) {
  if (relative.ends_with("-shm")) return true;
  return relative.ends_with("-wal") && size <= 32;
}

}  // namespace

StoreSnapshot snapshot(const std::filesystem::path& store) {
  StoreSnapshot files;
  if (!std::filesystem::exists(store)) return files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(store)) {
    const std::string relative = std::filesystem::relative(entry.path(), store).string();
    if (entry.is_directory()) {
      files[relative + "/"] = "";
    } else if (relative != "lock" && !is_empty_log_companion(relative, entry.file_size())) {
      files[relative] = read_file(entry.path());
    }
  }
  return files;
}

}  // namespace kiv::test
