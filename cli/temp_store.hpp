#pragma once
// An empty store in a fresh temporary directory, removed with it on destruction: what a dry run
// works against when the user has no store yet, so that it creates none.

#include <filesystem>
#include <optional>

#include "kiv/archive.hpp"

namespace kiv::cli {

class TempStore {
 public:
  TempStore();  // throws Error{store} when no temporary directory can be made
  ~TempStore();
  TempStore(const TempStore&) = delete;
  TempStore& operator=(const TempStore&) = delete;

  Archive& archive() { return *archive_; }

 private:
  std::filesystem::path dir_;
  std::optional<Archive> archive_;
};

}  // namespace kiv::cli
