#include "support/store_snapshot.hpp"

#include "support/temp_dir.hpp"

namespace kiv::test {

StoreSnapshot snapshot(const std::filesystem::path& store) {
  StoreSnapshot files;
  if (!std::filesystem::exists(store)) return files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(store)) {
    const std::string relative = std::filesystem::relative(entry.path(), store).string();
    if (entry.is_directory()) {
      files[relative + "/"] = "";
    } else if (relative != "lock") {
      files[relative] = read_file(entry.path());
    }
  }
  return files;
}

}  // namespace kiv::test
