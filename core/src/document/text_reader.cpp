// Plain text: paragraphs are runs of non-blank lines; a line starting with a number ("1.",
// "1)", "- 1.") or a bullet ("•", "-", "*", "–") is a list item, the non-blank unmarked lines
// right after it continue it, and items indented deeper than the list's first one are nested
// under the item before them.

#include <array>
#include <optional>

#include "document/blocks.hpp"

namespace kiv::document {
namespace {

constexpr std::string_view kNoBreakSpace = "\u00A0";
constexpr std::string_view kNarrowNoBreakSpace = "\u202F";
constexpr std::array<std::string_view, 7> kBullets = {"-",      "*",      "\u2022", "\u2013",
                                                      "\u2014", "\u25E6", "\u25AA"};
constexpr int kMaxNumberDigits = 6;

struct Marker {
  std::size_t indent = 0;  // columns before the marker (a tab counts four)
  std::optional<long> number;
  std::size_t text_begin = 0;  // byte where the item's text starts
};

// The length of the space character at `at`, 0 when there is none.
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

std::optional<Marker> marker_of(std::string_view line) {
  Marker marker;
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

bool is_blank(std::string_view line) { return skip_spaces(line, 0) == line.size(); }

class TextReader {
 public:
  void add(std::string_view line, int number) {
    if (is_blank(line)) {
      paragraph_open_ = false;
      after_blank_ = true;
      return;
    }
    if (const auto marker = marker_of(line)) {
      add_item(*marker, line, number);
    } else if (list_open_ && !after_blank_) {
      current_item().text.append("\n").append(line);
    } else if (paragraph_open_) {
      blocks_.back().text.append("\n").append(line);
    } else {
      blocks_.push_back({Block::Kind::paragraph, std::string(line), number, {}});
      paragraph_open_ = true;
      list_open_ = false;
    }
    after_blank_ = false;
  }

  Blocks take() { return std::move(blocks_); }

 private:
  void add_item(const Marker& marker, std::string_view line, int number) {
    ListItem item{std::string(line.substr(marker.text_begin)), number, marker.number, {}};
    if (!list_open_) {
      blocks_.push_back({Block::Kind::list, "", number, {}});
      list_open_ = true;
      paragraph_open_ = false;
      base_indent_ = marker.indent;
    }
    auto& items = blocks_.back().items;
    nested_ = marker.indent > base_indent_ && !items.empty();
    (nested_ ? items.back().children : items).push_back(std::move(item));
  }

  ListItem& current_item() {
    auto& items = blocks_.back().items;
    return nested_ ? items.back().children.back() : items.back();
  }

  Blocks blocks_;
  bool paragraph_open_ = false;
  bool list_open_ = false;
  bool after_blank_ = false;
  bool nested_ = false;  // whether the last item went under the one before it
  std::size_t base_indent_ = 0;
};

}  // namespace

Blocks read_text_blocks(std::string_view text) {
  TextReader reader;
  int number = 0;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(begin, end - begin);
    if (line.ends_with('\r')) line.remove_suffix(1);
    reader.add(line, ++number);
    begin = end + 1;
  }
  return reader.take();
}

}  // namespace kiv::document
