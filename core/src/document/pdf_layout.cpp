// pdf_layout_blocks: words -> lines (per page) -> lines kept (no running headers, footers, page
// numbers or contents lines) -> styles (body size, heading levels) -> blocks.

#include "document/pdf_layout.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <utility>

#include "document/list_markers.hpp"
#include "document/page_furniture.hpp"

namespace kiv::document {
namespace {

// The share of a page's height, at its top and at its bottom, where running headers and
// footers sit.
constexpr double kMarginBand = 0.1;
// A gap between two lines above this share of a line's height separates paragraphs.
constexpr double kParagraphGap = 0.4;
// ...unless the lines are no further apart than the document's line pitch (the least
// distance from one body line's top to the next one's) times this: a note set with 1.5 line
// spacing leaves half a line between the lines of one paragraph.
constexpr double kPitchSlack = 1.2;
// Pitches below this share of a line's height are of lines that overlap (a superscript, a
// word set a little lower), not a line pitch.
constexpr double kLeastPitch = 0.8;
// A gap between two words above this share of the type size is a space.
constexpr double kWordGap = 0.15;
// A line set at least this much larger than the body text is a heading.
constexpr double kHeadingScale = 1.1;
// Marks further right than the first entry's by more than this share of the type size nest.
constexpr double kNestingIndent = 0.5;
// Where an entry's text starts, give or take this share of the type size.
constexpr double kAlignment = 0.3;
// A bold line at the body size with more words than this is emphasis, not a heading.
constexpr std::size_t kMaxBoldHeadingWords = 15;
// Dot leaders: at least this many dots before a contents line's page number.
constexpr std::size_t kMinLeaderDots = 4;
// Type sizes compare rounded to this step (points).
constexpr double kSizeStep = 0.5;

struct Line {
  std::string text;
  double left = 0;
  double text_left = 0;  // where the second word starts: an entry's text after its mark
  double top = 0;
  double bottom = 0;
  double font_size = 0;
  bool bold = false;
  std::size_t words = 0;
  int page = 0;
  int number = 0;

  double height() const { return bottom - top; }
};

double rounded_size(double size) { return std::round(size / kSizeStep) * kSizeStep; }

// A list mark alone: "3.", "10)", "•".
bool is_mark(std::string_view text) {
  const auto marker = list_marker_of(text);
  return marker && marker->text_begin == text.size();
}

// The lines of a page, in the order their first words come.
std::vector<Line> lines_of(const PdfPage& page, int page_number) {
  std::vector<Line> lines;
  const PdfWord* previous = nullptr;
  std::size_t letters = 0;       // of the current line
  std::size_t bold_letters = 0;  // of the current line
  std::map<double, std::size_t> sizes;
  const auto finish = [&] {
    if (lines.empty()) return;
    Line& line = lines.back();
    line.bold = letters > 0 && bold_letters == letters;
    line.font_size = std::max_element(sizes.begin(), sizes.end(), [](const auto& a, const auto& b) {
                       return a.second < b.second;
                     })->first;
  };
  for (const PdfWord& word : page.words) {
    if (word.text.empty()) continue;
    const double middle = (word.top + word.bottom) / 2;
    const bool same_line = previous != nullptr && middle > lines.back().top &&
                           middle < lines.back().bottom && word.left >= previous->left;
    if (!same_line) {
      finish();
      lines.push_back({"", word.left, word.left, word.top, word.bottom, 0, false, 0, page_number,
                       static_cast<int>(lines.size()) + 1});
      letters = bold_letters = 0;
      sizes.clear();
    } else {
      // A list mark set apart by a tab stop ("10." then "overlast") is a word of its own.
      const bool after_mark = lines.back().words == 1 && is_mark(lines.back().text);
      const bool spaced = previous->space_after || after_mark ||
                          word.left - previous->right > kWordGap * word.font_size;
      if (spaced) lines.back().text += ' ';
      lines.back().top = std::min(lines.back().top, word.top);
      lines.back().bottom = std::max(lines.back().bottom, word.bottom);
    }
    Line& line = lines.back();
    if (++line.words == 2) line.text_left = word.left;
    line.text += word.text;
    letters += word.text.size();
    if (word.bold) bold_letters += word.text.size();
    sizes[rounded_size(word.font_size)] += word.text.size();
    previous = &word;
  }
  finish();
  return lines;
}

// A contents line: dot leaders before a page number at its end.
bool is_contents_line(std::string_view text) {
  std::size_t end = text.find_last_not_of("0123456789 ");
  if (end == std::string_view::npos || end + 1 == text.size()) return false;
  std::size_t dots = 0;
  while (end != std::string_view::npos) {
    if (text[end] == '.') {
      ++dots;
    } else if (text.substr(0, end + 1).ends_with("\u2026")) {  // an ellipsis: three dots
      dots += 3;
      end -= 2;
    } else if (text[end] != ' ') {
      break;
    }
    end = end == 0 ? std::string_view::npos : end - 1;
  }
  return dots >= kMinLeaderDots;
}

bool in_margin(const Line& line, double page_height) {
  return line.bottom <= page_height * kMarginBand || line.top >= page_height * (1 - kMarginBand);
}

// A running header or footer's identity: its text with digits as '#', and its type size.
std::string running_key(const Line& line) {
  return with_digits_hidden(line.text) + "@" + std::to_string(rounded_size(line.font_size));
}

// The lines a reader reads: without running headers and footers, page numbers and contents.
std::vector<Line> kept_lines(const std::vector<PdfPage>& pages) {
  std::vector<std::vector<Line>> lines;
  std::map<std::string, std::set<std::size_t>> pages_of;  // running key -> pages in the margins
  for (std::size_t page = 0; page < pages.size(); ++page) {
    lines.push_back(lines_of(pages[page], static_cast<int>(page) + 1));
    for (const Line& line : lines.back()) {
      if (in_margin(line, pages[page].height)) pages_of[running_key(line)].insert(page);
    }
  }
  std::vector<Line> kept;
  for (std::size_t page = 0; page < pages.size(); ++page) {
    for (Line& line : lines[page]) {
      if (is_contents_line(line.text)) continue;
      if (in_margin(line, pages[page].height)) {
        const std::size_t recurs = pages_of[running_key(line)].size();
        if (is_page_number(line.text) || recurs_as_running_line(recurs, pages.size())) continue;
      }
      kept.push_back(std::move(line));
    }
  }
  return kept;
}

// The document's line pitch: the least distance, at least kLeastPitch of a line's height,
// from the top of a body-size line to the top of the next on the same page; 0 when none.
double line_pitch(const std::vector<Line>& lines, double body_size) {
  double pitch = 0;
  for (std::size_t k = 1; k < lines.size(); ++k) {
    const Line& above = lines[k - 1];
    const Line& below = lines[k];
    if (above.page != below.page || rounded_size(above.font_size) != body_size ||
        rounded_size(below.font_size) != body_size) {
      continue;
    }
    const double distance = below.top - above.top;
    if (distance < kLeastPitch * below.height()) continue;
    if (pitch == 0 || distance < pitch) pitch = distance;
  }
  return pitch;
}

// The type size of most characters, and whether they are bold.
std::pair<double, bool> body_style(const std::vector<Line>& lines) {
  std::map<std::pair<double, bool>, std::size_t> letters;
  for (const Line& line : lines)
    letters[{rounded_size(line.font_size), line.bold}] += line.text.size();
  if (letters.empty()) return {0, false};
  return std::max_element(letters.begin(), letters.end(),
                          [](const auto& a, const auto& b) { return a.second < b.second; })
      ->first;
}

class LayoutReader {
 public:
  explicit LayoutReader(const std::vector<Line>& lines) {
    const auto [size, bold] = body_style(lines);
    body_size_ = size;
    body_bold_ = bold;
    pitch_ = line_pitch(lines, size);
    std::set<std::pair<double, bool>, std::greater<>> styles;
    for (const Line& line : lines) {
      if (is_heading_styled(line)) styles.insert(style_of(line));
    }
    int level = 0;
    for (const auto& style : styles) levels_[style] = ++level;
  }

  void add(const Line& line) {
    const bool page_break = previous_ != nullptr && previous_->page != line.page;
    const bool close = previous_ != nullptr && !page_break &&
                       (line.top - previous_->bottom < kParagraphGap * line.height() ||
                        (pitch_ > 0 && line.top - previous_->top <= kPitchSlack * pitch_));
    if (is_heading_styled(line)) {
      add_heading(line, close);
    } else if (const auto marker = list_marker_of(line.text)) {
      add_entry(line, *marker, close, page_break);
    } else if (pending_mark_) {
      pending_mark_->text = line.text;
      start_entry(*pending_mark_, pending_left_, line.left);
      pending_mark_.reset();
    } else {
      add_text_line(line, close, page_break);
    }
    previous_ = &line;
  }

  Blocks take() { return std::move(blocks_); }

 private:
  enum class Open { none, heading, paragraph, list };

  static std::pair<double, bool> style_of(const Line& line) {
    return {rounded_size(line.font_size), line.bold};
  }

  bool is_heading_styled(const Line& line) const {
    const double size = rounded_size(line.font_size);
    if (size >= body_size_ * kHeadingScale) return true;
    return line.bold && !body_bold_ && size >= body_size_ && line.words <= kMaxBoldHeadingWords &&
           !line.text.ends_with(':');
  }

  void add_heading(const Line& line, bool close) {
    const int level = levels_.at(style_of(line));
    if (open_ == Open::heading && close && blocks_.back().level == level) {
      join(blocks_.back().text, line.text);
      return;
    }
    blocks_.push_back({Block::Kind::heading, line.text, line.number, {}, level, line.page});
    open_ = Open::heading;
  }

  // A line of text: it continues the entry or paragraph open, or starts a paragraph.
  void add_text_line(const Line& line, bool close, bool page_break) {
    if (open_ == Open::list && continues_entry(line, close, page_break)) {
      join(current_entry().text, line.text);
    } else if (open_ == Open::paragraph && continues_paragraph(close, page_break)) {
      join(blocks_.back().text, line.text);
    } else {
      blocks_.push_back({Block::Kind::paragraph, line.text, line.number, {}, 0, line.page});
      open_ = Open::paragraph;
    }
  }

  void add_entry(const Line& line, const ListMarker& marker, bool close, bool page_break) {
    ListItem entry{line.text.substr(marker.text_begin), line.number, marker.number, {}, line.page};
    if (entry.text.empty()) {       // the mark alone: its text is on the next line
      if (may_be_a_year(marker)) {  // "2022." ends a sentence
        add_text_line(line, close, page_break);
        return;
      }
      pending_mark_ = std::move(entry);
      pending_left_ = line.left;
      return;
    }
    start_entry(std::move(entry), line.left, line.text_left);
  }

  void start_entry(ListItem entry, double mark_left, double text_left) {
    if (open_ != Open::list) {
      blocks_.push_back({Block::Kind::list, "", entry.line, {}, 0, entry.page});
      open_ = Open::list;
      list_left_ = mark_left;
    }
    auto& entries = blocks_.back().items;
    nested_ = mark_left > list_left_ + kNestingIndent * body_size_ && !entries.empty();
    (nested_ ? entries.back().children : entries).push_back(std::move(entry));
    mark_left_ = mark_left;
    text_left_ = text_left;
  }

  ListItem& current_entry() {
    auto& entries = blocks_.back().items;
    return nested_ ? entries.back().children.back() : entries.back();
  }

  bool continues_entry(const Line& line, bool close, bool page_break) const {
    const double tolerance = kAlignment * body_size_;
    if (page_break) return std::abs(line.left - text_left_) <= tolerance;
    return close && line.left >= mark_left_ - tolerance;
  }

  bool continues_paragraph(bool close, bool page_break) const {
    if (!page_break) return close;
    const std::string& text = blocks_.back().text;
    return !text.empty() && std::string_view(".:!?").find(text.back()) == std::string_view::npos;
  }

  // Appends a line to a text: '\n' between them, nothing after a hyphen that follows a letter
  // or digit ("informatie-" + "uitwisseling"), and a soft hyphen at the end goes.
  static void join(std::string& text, const std::string& line) {
    constexpr std::string_view kSoftHyphen = "\u00AD";
    if (text.ends_with(kSoftHyphen)) {
      text.resize(text.size() - kSoftHyphen.size());
      text += line;
      return;
    }
    const bool hyphenated = text.size() >= 2 && text.back() == '-' &&
                            (std::isalnum(static_cast<unsigned char>(text[text.size() - 2])) != 0 ||
                             static_cast<unsigned char>(text[text.size() - 2]) >= 0x80);
    if (!hyphenated) text += '\n';
    text += line;
  }

  Blocks blocks_;
  Open open_ = Open::none;
  const Line* previous_ = nullptr;
  double body_size_ = 0;
  bool body_bold_ = false;
  double pitch_ = 0;  // line_pitch
  std::map<std::pair<double, bool>, int> levels_;
  double list_left_ = 0;  // the first entry's mark
  double mark_left_ = 0;  // the current entry's mark
  double text_left_ = 0;  // the current entry's text
  bool nested_ = false;
  std::optional<ListItem> pending_mark_;
  double pending_left_ = 0;
};

}  // namespace

Blocks pdf_layout_blocks(const std::vector<PdfPage>& pages) {
  const std::vector<Line> lines = kept_lines(pages);
  LayoutReader reader(lines);
  for (const Line& line : lines) reader.add(line);
  return reader.take();
}

}  // namespace kiv::document
