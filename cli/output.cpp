#include "output.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>

#include "kiv/text.hpp"

namespace kiv::cli {

Style Style::detect(std::FILE* stream) {
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
  if (styled.empty()) styled = visible;
  visible_.push_back(std::move(visible));
  styled_.push_back(std::move(styled));
}

std::string Table::render() const {
  std::vector<std::size_t> widths(alignment_.size(), 0);
  for (const auto& row : visible_) {
    for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c) {
      widths[c] = std::max(widths[c], count_code_points(row[c]));
    }
  }
  std::string out;
  for (std::size_t r = 0; r < visible_.size(); ++r) {
    std::string line;
    for (std::size_t c = 0; c < visible_[r].size(); ++c) {
      const std::size_t pad = widths[c] - count_code_points(visible_[r][c]);
      const bool last = c + 1 == visible_[r].size();
      if (c > 0) line += "  ";
      if (alignment_[c] == Align::right) line.append(pad, ' ');
      line += styled_[r][c];
      if (alignment_[c] == Align::left && !last) line.append(pad, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

std::string counted(int count, std::string_view noun) {
  return std::to_string(count) + " " + std::string(noun) + (count == 1 ? "" : "s");
}

void print(std::string_view text) { std::fwrite(text.data(), 1, text.size(), stdout); }

void print_error(std::string_view message) {
  std::fprintf(stderr, "kiv: error: %.*s\n", static_cast<int>(message.size()), message.data());
}

void print_note(std::string_view message) {
  std::fprintf(stderr, "kiv: %.*s\n", static_cast<int>(message.size()), message.data());
}

}  // namespace kiv::cli
