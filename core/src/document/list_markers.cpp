#include "document/list_markers.hpp"

#include <array>
#include <cctype>
#include <utility>

namespace kiv::document {
namespace {

constexpr std::string_view kNoBreakSpace = "\u00A0";
constexpr std::string_view kNarrowNoBreakSpace = "\u202F";
constexpr std::array<std::string_view, 7> kBullets = {"-",      "*",      "\u2022", "\u2013",
                                                      "\u2014", "\u25E6", "\u25AA"};
constexpr int kMaxNumberDigits = 6;
// A mark glued to its text has at most this many digits ("10.overlast"; not "2.000").
constexpr std::size_t kMaxGluedDigits = 3;
// A list numbered beyond this is taken for a year where a sentence may be going on.
constexpr long kMaxListNumberBesideText = 999;

// "12." or "12)" followed by a space or the end of the line: the number and where it ends.
std::optional<std::pair<long, std::size_t>> number_at(std::string_view line, std::size_t at) {
  long number = 0;
  std::size_t end = at;
  while (end < line.size() && end - at < kMaxNumberDigits && line[end] >= '0' && line[end] <= '9') {
    number = number * 10 + (line[end] - '0');
    ++end;
  }
  if (end == at || end >= line.size() || (line[end] != '.' && line[end] != ')'))
    return std::nullopt;
  ++end;
  if (end < line.size() && space_at(line, end) == 0) return std::nullopt;
  return std::pair{number, end};
}

// "10.overlast": a number of at most three digits, '.' or ')', then a letter, as text taken
// from a PDF glues a mark to its text: the number and where the text starts.
std::optional<std::pair<long, std::size_t>> glued_number_at(std::string_view line, std::size_t at) {
  std::size_t end = at;
  long number = 0;
  while (end < line.size() && end - at < kMaxGluedDigits && line[end] >= '0' && line[end] <= '9') {
    number = number * 10 + (line[end] - '0');
    ++end;
  }
  if (end == at || end + 1 >= line.size() || (line[end] != '.' && line[end] != ')'))
    return std::nullopt;
  const auto next = static_cast<unsigned char>(line[end + 1]);
  if (std::isalpha(next) == 0 && next < 0x80) return std::nullopt;
  return std::pair{number, end + 1};
}

}  // namespace

std::size_t space_at(std::string_view line, std::size_t at) {
  const std::string_view rest = line.substr(at);
  if (rest.starts_with(' ') || rest.starts_with('\t')) return 1;
  if (rest.starts_with(kNoBreakSpace)) return kNoBreakSpace.size();
  if (rest.starts_with(kNarrowNoBreakSpace)) return kNarrowNoBreakSpace.size();
  return 0;
}

std::size_t skip_spaces(std::string_view line, std::size_t at) {
  while (const std::size_t size = space_at(line, at)) at += size;
  return at;
}

bool may_be_a_year(const ListMarker& marker) {
  return marker.number && *marker.number > kMaxListNumberBesideText;
}

std::optional<ListMarker> list_marker_of(std::string_view line) {
  ListMarker marker;
  std::size_t at = 0;
  while (const std::size_t size = space_at(line, at)) {
    marker.indent += line[at] == '\t' ? 4 : 1;
    at += size;
  }
  if (const auto numbered = number_at(line, at)) {
    marker.number = numbered->first;
    marker.text_begin = skip_spaces(line, numbered->second);
    return marker;
  }
  if (const auto glued = glued_number_at(line, at)) {  // "10.overlast"
    marker.number = glued->first;
    marker.text_begin = glued->second;
    return marker;
  }
  for (const std::string_view bullet : kBullets) {
    if (!line.substr(at).starts_with(bullet)) continue;
    const std::size_t after = at + bullet.size();
    if (after < line.size() && space_at(line, after) == 0) return std::nullopt;
    const std::size_t text_begin = skip_spaces(line, after);
    if (const auto numbered = number_at(line, text_begin)) {  // "- 1. ..."
      marker.number = numbered->first;
      marker.text_begin = skip_spaces(line, numbered->second);
    } else {
      marker.text_begin = text_begin;
    }
    return marker;
  }
  return std::nullopt;
}

}  // namespace kiv::document
