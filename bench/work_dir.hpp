#pragma once
// Where a benchmark puts its stores and files: a directory the user named (kept, to look at
// or reuse afterwards), else a new temporary directory removed when the benchmark ends.

#include <filesystem>
#include <string>

namespace kiv::bench {

class WorkDir {
 public:
  // `keep` empty: a new directory under the system's temporary directory.
  explicit WorkDir(const std::filesystem::path& keep);
  ~WorkDir();
  WorkDir(const WorkDir&) = delete;
  WorkDir& operator=(const WorkDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  bool kept() const { return kept_; }

  // path()/name, which must not exist yet: a benchmark measures fresh stores only.
  std::filesystem::path fresh(const std::string& name) const;

 private:
  std::filesystem::path path_;
  bool kept_ = false;
};

}  // namespace kiv::bench
