#include "temp_store.hpp"

#include <stdlib.h>

#include <string>

#include "kiv/error.hpp"

namespace kiv::cli {

TempStore::TempStore() {
  std::string pattern = (std::filesystem::temp_directory_path() / "kiv-dry-run-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw Error(ErrorKind::store, "cannot make a temporary directory for the dry run in " +
                                      std::filesystem::temp_directory_path().string());
  }
  dir_ = pattern;
  archive_.emplace(Archive::open_or_create(dir_));
}

TempStore::~TempStore() {
  archive_.reset();
  std::error_code ignored;
  std::filesystem::remove_all(dir_, ignored);
}

}  // namespace kiv::cli
