#pragma once

#include <filesystem>
#include <string>

namespace kiv::test {

// A fresh directory under the system temp dir, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

// Reads a whole file; writes one (creating parent directories).
std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, const std::string& bytes);

// A file of the repository's editions/ folder, e.g. bundled("kiv/2022-2024.json").
std::filesystem::path bundled(const std::string& name);
// A file of tests/data/.
std::filesystem::path test_data(const std::string& name);

}  // namespace kiv::test
