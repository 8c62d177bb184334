#include "main_ref.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string_view>

namespace kiv::git {

namespace {

constexpr const char* kBranch = "refs/heads/main";
constexpr std::size_t kObjectIdLength = 40;  // hex digits of a SHA-1

bool is_object_id(std::string_view text) {
  return text.size() == kObjectIdLength &&
         text.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

std::optional<std::string> read_small_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace

bool main_ref_absent(const std::filesystem::path& dir) {
  std::error_code error;
  if (std::filesystem::exists(dir / kBranch, error) || error) return false;
  const auto packed = read_small_file(dir / "packed-refs");
  if (!packed) return !std::filesystem::exists(dir / "packed-refs", error) && !error;
  return packed->find(std::string(" ") + kBranch) == std::string::npos;
}

std::optional<std::string> read_main_ref(const std::filesystem::path& dir) {
  if (const auto loose = read_small_file(dir / kBranch)) {
    const std::string_view id = std::string_view(*loose).substr(0, loose->find('\n'));
    if (is_object_id(id)) return std::string(id);
    return std::nullopt;
  }
  const auto packed = read_small_file(dir / "packed-refs");
  if (!packed) return std::nullopt;
  // Lines "<id> <refname>"; comments start with '#', peeled tags with '^'.
  std::istringstream lines(*packed);
  const std::string suffix = std::string(" ") + kBranch;
  for (std::string line; std::getline(lines, line);) {
    if (line.size() == kObjectIdLength + suffix.size() && line.ends_with(suffix) &&
        is_object_id(std::string_view(line).substr(0, kObjectIdLength))) {
      return line.substr(0, kObjectIdLength);
    }
  }
  return std::nullopt;
}

}  // namespace kiv::git
