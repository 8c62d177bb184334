#include "work_dir.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

namespace kiv::bench {

WorkDir::WorkDir(const std::filesystem::path& keep) {
  if (!keep.empty()) {
    std::filesystem::create_directories(keep);
    path_ = keep;
    kept_ = true;
    return;
  }
  std::string pattern = (std::filesystem::temp_directory_path() / "kiv-bench-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error(pattern +
                             ": cannot create a temporary directory: " + std::strerror(errno));
  }
  path_ = pattern;
}

WorkDir::~WorkDir() {
  if (kept_) return;
  std::error_code ignored;  // nothing useful to do about a leftover temporary directory
  std::filesystem::remove_all(path_, ignored);
}

std::filesystem::path WorkDir::fresh(const std::string& name) const {
  const std::filesystem::path path = path_ / name;
  if (std::filesystem::exists(path)) {
    throw std::runtime_error(path.string() +
                             " already exists: remove it or keep the files in "
                             "another directory");
  }
  return path;
}

}  // namespace kiv::bench
