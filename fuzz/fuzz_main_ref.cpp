// Where the store's branch points, read from git's files without libgit2 (core/src/main_ref.hpp):
// the first byte chooses refs/heads/main (a loose ref; odd) or packed-refs (even) as the file
// that holds the rest. What is read must be a commit id: 40 lowercase hex digits.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

#include "fuzz_support.hpp"
#include "kiv/error.hpp"
#include "main_ref.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path& git_dir() {
  static const fs::path dir = [] {
    std::string pattern = (fs::temp_directory_path() / "kiv-fuzz-main-ref-XXXXXX").string();
    KIV_FUZZ_CHECK(mkdtemp(pattern.data()) != nullptr);
    fs::create_directories(fs::path(pattern) / "refs" / "heads");
    std::atexit([] { fs::remove_all(git_dir()); });
    return fs::path(pattern);
  }();
  return dir;
}

void write_file(const fs::path& file, const std::uint8_t* data, std::size_t size) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const fs::path& dir = git_dir();
  const bool loose = (data[0] & 1) != 0;
  std::error_code ignored;
  fs::remove(dir / "refs" / "heads" / "main", ignored);
  fs::remove(dir / "packed-refs", ignored);
  write_file(loose ? dir / "refs" / "heads" / "main" : dir / "packed-refs", data + 1, size - 1);
  try {
    if (const std::optional<std::string> commit = kiv::git::read_main_ref(dir)) {
      KIV_FUZZ_CHECK(commit->size() == 40 &&
                     commit->find_first_not_of("0123456789abcdef") == std::string::npos);
    }
  } catch (const kiv::Error&) {
  }
  return 0;
}
