// Plain text: paragraphs are runs of non-blank lines; a line starting with a number ("1.",
// "1)", "- 1.", "10.overlast" as a PDF's text may glue it) or a bullet ("•", "-", "*", "–") is
// a list item, the non-blank unmarked lines right after it continue it, and items indented
// deeper than the list's first one are nested under the item before them. A number above 999
// right after a paragraph's line continues the paragraph (a year the line broke before:
// "... op 31 maart" + "2022."). Text converted from a PDF (pdftotext) has its pages separated
// by form feeds: there, a page's first or last line that is a page number, or that recurs
// (digits aside) as the first or last line of at least half the pages (two at least), is a
// running header or footer and is read as a blank line; and a capitalised word right after an
// item written in lowercase starts a paragraph (pdftotext puts a paragraph right after a list;
// in typed text such a word, "Europol", continues the item).

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "document/blocks.hpp"
#include "document/list_markers.hpp"
#include "document/page_furniture.hpp"

namespace kiv::document {
namespace {

bool is_blank(std::string_view line) { return skip_spaces(line, 0) == line.size(); }

class TextReader {
 public:
  // `from_pdf`: the text was converted from a PDF (its pages separated by form feeds).
  explicit TextReader(bool from_pdf) : from_pdf_(from_pdf) {}

  void add(std::string_view line, int number) {
    if (is_blank(line)) {
      paragraph_open_ = false;
      after_blank_ = true;
      return;
    }
    const auto marker = list_marker_of(line);
    if (marker && !(may_be_a_year(*marker) && paragraph_open_ && !after_blank_)) {
      add_item(*marker, line, number);
    } else if (list_open_ && !after_blank_ &&
               !(from_pdf_ && starts_a_sentence_after(current_item(), line))) {
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

  // Whether `line` starts a new sentence rather than continuing `item`: a capitalised word
  // ("Gevalideerd") after an item written in lowercase, as text converted from a PDF puts a
  // paragraph right after a list. Acronyms ("ICT") continue.
  static bool starts_a_sentence_after(const ListItem& item, std::string_view line) {
    const auto is_lower = [](char c) { return c >= 'a' && c <= 'z'; };
    const std::size_t at = skip_spaces(line, 0);
    return !item.text.empty() && is_lower(item.text.front()) && at + 1 < line.size() &&
           line[at] >= 'A' && line[at] <= 'Z' && is_lower(line[at + 1]);
  }

  ListItem& current_item() {
    auto& items = blocks_.back().items;
    return nested_ ? items.back().children.back() : items.back();
  }

  Blocks blocks_;
  bool from_pdf_ = false;
  bool paragraph_open_ = false;
  bool list_open_ = false;
  bool after_blank_ = false;
  bool nested_ = false;  // whether the last item went under the one before it
  std::size_t base_indent_ = 0;
};

}  // namespace

namespace {

std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(begin, end - begin);
    if (line.ends_with('\r')) line.remove_suffix(1);
    lines.push_back(line);
    begin = end + 1;
  }
  return lines;
}

std::string_view trimmed(std::string_view line) {
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t' || line.front() == '\f'))
    line.remove_prefix(1);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\f'))
    line.remove_suffix(1);
  return line;
}

// Blanks the running headers and footers and page numbers of text whose pages are separated
// by form feeds (the lines keep their numbers).
void blank_page_furniture(std::vector<std::string_view>& lines) {
  // Each page's first and last non-blank line (their indexes).
  std::vector<std::pair<std::size_t, std::size_t>> edges;
  std::size_t page_begin = 0;
  const auto close_page = [&](std::size_t end) {
    std::optional<std::size_t> first;
    std::optional<std::size_t> last;
    for (std::size_t k = page_begin; k < end; ++k) {
      if (trimmed(lines[k]).empty()) continue;
      if (!first) first = k;
      last = k;
    }
    if (first) edges.emplace_back(*first, *last);
  };
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const std::size_t feed = lines[k].find('\f');
    if (feed == std::string_view::npos) continue;
    // pdftotext ends a page with a form feed, which starts the next page's first line; text
    // before it on the line ends the page.
    const bool ends_page = !trimmed(lines[k].substr(0, feed)).empty();
    close_page(ends_page ? k + 1 : k);
    page_begin = ends_page ? k + 1 : k;
  }
  close_page(lines.size());
  if (edges.size() < 2) return;
  std::map<std::string, std::set<std::size_t>> pages_of;
  for (std::size_t page = 0; page < edges.size(); ++page) {
    for (const std::size_t k : {edges[page].first, edges[page].second}) {
      pages_of[with_digits_hidden(trimmed(lines[k]))].insert(page);
    }
  }
  for (const auto& [first, last] : edges) {
    for (const std::size_t k : {first, last}) {
      const std::string_view line = trimmed(lines[k]);
      const std::size_t recurs = pages_of[with_digits_hidden(line)].size();
      if (is_page_number(line) || recurs_as_running_line(recurs, edges.size())) lines[k] = {};
    }
  }
}

}  // namespace

Blocks read_text_blocks(std::string_view text) {
  const bool from_pdf = text.find('\f') != std::string_view::npos;
  std::vector<std::string_view> lines = lines_of(text);
  if (from_pdf) blank_page_furniture(lines);
  TextReader reader(from_pdf);
  int number = 0;
  for (const std::string_view line : lines) {
    // A form feed alone on its line (pdftotext's page break) is a blank line.
    reader.add(trimmed(line).empty() ? std::string_view() : line, ++number);
  }
  return reader.take();
}

}  // namespace kiv::document
