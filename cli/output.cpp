#include "output.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>

#include "kiv/text.hpp"
#include "output_target.hpp"

namespace kiv::cli {

namespace {
Style::Choice chosen = Style::Choice::automatic;
}  // namespace

void Style::set_choice(Choice choice) { chosen = choice; }

Style Style::detect(std::FILE* stream) {
  if (chosen != Choice::automatic) return Style(chosen == Choice::always);
  if (stream == stdout && output_to_file()) return Style(false);
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  const bool wanted = (no_color == nullptr || *no_color == '\0') &&
                      (term == nullptr || std::string_view(term) != "dumb");
  return Style(wanted && ::isatty(::fileno(stream)) == 1);
}

std::string Style::wrap(std::string_view code, std::string_view text) const {
  if (!color_) return std::string(text);
  return "\x1b[" + std::string(code) + "m" + std::string(text) + "\x1b[0m";
}

void Table::add_row(std::vector<std::string> visible, std::vector<std::string> styled) {
  visible_.push_back(std::move(visible));
  styled_.push_back(std::move(styled));
}

std::string Table::render() const {
  // Each cell's width, counted once, row after row in one vector (first_cell[r] is where row
  // r's begin).
  std::vector<std::size_t> cell_widths;
  std::vector<std::size_t> first_cell;
  first_cell.reserve(visible_.size());
  cell_widths.reserve(visible_.size() * alignment_.size());
  std::vector<std::size_t> widths(alignment_.size(), 0);
  std::size_t bytes = 0;
  for (const auto& row : visible_) {
    first_cell.push_back(cell_widths.size());
    for (std::size_t c = 0; c < row.size(); ++c) {
      cell_widths.push_back(count_code_points(row[c]));
      if (c < widths.size()) widths[c] = std::max(widths[c], cell_widths.back());
      bytes += row[c].size() + 2;
    }
  }
  const auto width_of = [&](std::size_t r, std::size_t c) {
    return cell_widths[first_cell[r] + c];
  };
  // The last column cut to what the line leaves it.
  std::size_t cut_to = 0;
  if (max_width_ > 0 && !widths.empty() && alignment_.back() == Align::left) {
    std::size_t before = 0;
    for (std::size_t c = 0; c + 1 < widths.size(); ++c) before += widths[c] + 2;
    const std::size_t room =
        max_width_ > before + kMinLastColumn ? max_width_ - before : kMinLastColumn;
    if (widths.back() > room) cut_to = room;
  }
  std::size_t line_width = 0;
  for (const std::size_t width : widths) line_width += width + 2;
  std::string out;
  out.reserve(bytes + visible_.size() * line_width);
  for (std::size_t r = 0; r < visible_.size(); ++r) {
    const std::vector<std::string>& cells = styled_[r].empty() ? visible_[r] : styled_[r];
    const std::size_t start = out.size();
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const std::size_t pad = widths[c] - width_of(r, c);
      const bool last = c + 1 == cells.size();
      if (c > 0) out += "  ";
      if (alignment_[c] == Align::right) out.append(pad, ' ');
      if (last && cut_to > 0 && c + 1 == widths.size() && width_of(r, c) > cut_to) {
        out += ellipsized(visible_[r][c], cut_to);
        continue;
      }
      out += cells[c];
      if (alignment_[c] == Align::left && !last) out.append(pad, ' ');
    }
    while (out.size() > start && out.back() == ' ') out.pop_back();
    out += '\n';
  }
  return out;
}

std::string cut_code_points(std::string_view text, std::size_t count) {
  std::size_t end = 0;
  for (std::size_t seen = 0; end < text.size(); ++end) {
    // A code point starts at every byte that is not a continuation byte (10xxxxxx).
    if ((static_cast<unsigned char>(text[end]) & 0xC0) != 0x80 && seen++ == count) break;
  }
  return std::string(text.substr(0, end));
}

std::string ellipsized(std::string_view text, std::size_t limit) {
  if (count_code_points(text) <= limit) return std::string(text);
  return cut_code_points(text, limit - 1) + "…";
}

std::string counted(int count, std::string_view noun) {
  return std::to_string(count) + " " + std::string(noun) + (count == 1 ? "" : "s");
}

namespace {

// The length of the SGR sequence (ESC [ digits and semicolons m) at the start of `text`, 0 when
// there is none.
std::size_t sgr_length(std::string_view text) {
  if (text.size() < 3 || text[0] != '\x1b' || text[1] != '[') return 0;
  std::size_t i = 2;
  while (i < text.size() && ((text[i] >= '0' && text[i] <= '9') || text[i] == ';')) ++i;
  return i < text.size() && text[i] == 'm' ? i + 1 : 0;
}

void append_escape(std::string& out, unsigned code) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += "\\u00";
  out += kHex[(code >> 4) & 0xFU];
  out += kHex[code & 0xFU];
}

}  // namespace

std::string visible_controls(std::string_view text, bool keep_colour) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    // The text up to the next control character, as it is.
    const std::size_t control_start = find_control(text, i);
    out.append(text.substr(i, control_start - i));
    if (control_start == std::string_view::npos) break;
    i = control_start;
    if (text[i] == '\x1b' && keep_colour) {
      if (const std::size_t length = sgr_length(text.substr(i)); length > 0) {
        out.append(text.substr(i, length));
        i += length;
        continue;
      }
    }
    // A carriage return before a newline ends a line of CSV (RFC 4180), and moves nothing.
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      out += '\r';
      ++i;
      continue;
    }
    const ControlCharacter control = *control_at(text, i);
    append_escape(out, control.code);
    i += control.length;
  }
  return out;
}

void print(std::string_view text) {
  if (find_control(text) == std::string_view::npos) {
    if (!take_output(text)) std::fwrite(text.data(), 1, text.size(), stdout);
    return;
  }
  const std::string visible = visible_controls(text, Style::detect(stdout).color());
  if (!take_output(visible)) std::fwrite(visible.data(), 1, visible.size(), stdout);
}

void print_bytes(std::string_view bytes) {
  if (!take_output(bytes)) std::fwrite(bytes.data(), 1, bytes.size(), stdout);
}

void print_error(std::string_view message) {
  const std::string visible = visible_controls(message, false);
  std::fprintf(stderr, "kiv: error: %s\n", visible.c_str());
}

void print_note(std::string_view message) {
  if (output_quiet()) return;
  const std::string visible = visible_controls(message, false);
  std::fprintf(stderr, "kiv: %s\n", visible.c_str());
}

}  // namespace kiv::cli
