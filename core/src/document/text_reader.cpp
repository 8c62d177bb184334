// Plain text: paragraphs are runs of non-blank lines; a line starting with a number ("1.",
// "1)", "- 1.") or a bullet ("•", "-", "*", "–") is a list item, the non-blank unmarked lines
// right after it continue it, and items indented deeper than the list's first one are nested
// under the item before them.

#include "document/blocks.hpp"
#include "document/list_markers.hpp"

namespace kiv::document {
namespace {

bool is_blank(std::string_view line) {
  std::size_t at = 0;
  while (const std::size_t size = space_at(line, at)) at += size;
  return at == line.size();
}

class TextReader {
 public:
  void add(std::string_view line, int number) {
    if (is_blank(line)) {
      paragraph_open_ = false;
      after_blank_ = true;
      return;
    }
    if (const auto marker = list_marker_of(line)) {
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
  void add_item(const ListMarker& marker, std::string_view line, int number) {
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
