#include "source_location.hpp"

#include <algorithm>

#include "kiv/text.hpp"

namespace kiv {

std::string line_and_column(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  const std::string_view before = text.substr(0, offset);
  const auto line = std::count(before.begin(), before.end(), '\n') + 1;
  const auto line_start = before.rfind('\n');
  const std::string_view in_line =
      line_start == std::string_view::npos ? before : before.substr(line_start + 1);
  return std::to_string(line) + ":" + std::to_string(count_code_points(in_line) + 1);
}

}  // namespace kiv
