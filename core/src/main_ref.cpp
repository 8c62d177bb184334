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

MainRef read_main(const std::filesystem::path& dir) {
  std::error_code error;
  if (const auto loose = read_small_file(dir / kBranch)) {
    const std::string_view id = std::string_view(*loose).substr(0, loose->find('\n'));
    return {is_object_id(id) ? std::optional<std::string>(id) : std::nullopt, false};
  }
  const bool loose_there = std::filesystem::exists(dir / kBranch, error) || error;  // unreadable
  const auto packed = read_small_file(dir / "packed-refs");
  if (!packed) {
    return {std::nullopt,
            !loose_there && !std::filesystem::exists(dir / "packed-refs", error) && !error};
  }
  // Lines "<id> <refname>"; comments start with '#', peeled tags with '^'.
  std::istringstream lines(*packed);
  const std::string suffix = std::string(" ") + kBranch;
  bool named = false;
  for (std::string line; std::getline(lines, line);) {
    if (!line.ends_with(suffix)) continue;
    named = true;
    if (line.size() == kObjectIdLength + suffix.size() &&
        is_object_id(std::string_view(line).substr(0, kObjectIdLength))) {
      return {line.substr(0, kObjectIdLength), false};
    }
  }
  return {std::nullopt, !loose_there && !named};
}

std::optional<std::string> read_main_ref(const std::filesystem::path& dir) {
  return read_main(dir).commit;
}

}  // namespace kiv::git
