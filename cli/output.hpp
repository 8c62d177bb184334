#pragma once
// Text output for people: colour only when stdout is a terminal and NO_COLOR is not set, and
// tables whose columns line up whatever the script of their text.

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "kiv/text.hpp"

namespace kiv::cli {

class Style {
 public:
  // Colour when `stream` is a terminal, NO_COLOR is unset or empty, and TERM is not "dumb";
  // --color always or never (set_choice) decides instead.
  static Style detect(std::FILE* stream);
  enum class Choice { automatic, always, never };
  // What --color chose, for every Style::detect of the process.
  static void set_choice(Choice choice);
  explicit Style(bool color) : color_(color) {}

  bool color() const { return color_; }
  std::string bold(std::string_view text) const { return wrap("1", text); }
  std::string dim(std::string_view text) const { return wrap("2", text); }
  std::string red(std::string_view text) const { return wrap("31", text); }
  std::string green(std::string_view text) const { return wrap("32", text); }
  std::string yellow(std::string_view text) const { return wrap("33", text); }
  std::string cyan(std::string_view text) const { return wrap("36", text); }

 private:
  std::string wrap(std::string_view code, std::string_view text) const;
  bool color_;
};

// The first `count` code points of UTF-8 `text`.
std::string cut_code_points(std::string_view text, std::size_t count);
// `text` when it has at most `limit` code points (limit >= 1), else its first limit - 1 and "…".
std::string ellipsized(std::string_view text, std::size_t limit);

// Rows of cells printed in aligned columns (widths in code points, escapes not counted).
// The last column is never padded.
class Table {
 public:
  enum class Align { left, right };
  explicit Table(std::vector<Align> alignment) : alignment_(std::move(alignment)) {}
  // `visible` texts decide the widths; `styled` (same count, or empty for `visible`) is what
  // is printed.
  void add_row(std::vector<std::string> visible, std::vector<std::string> styled = {});
  // Lines at most `columns` wide (0: no limit): a last column that is left-aligned is cut to
  // what is left of the line (at least kMinLastColumn), its cut texts ending in "…" and
  // printed unstyled.
  void set_max_width(std::size_t columns) { max_width_ = columns; }
  static constexpr std::size_t kMinLastColumn = 16;
  std::string render() const;

 private:
  std::vector<Align> alignment_;
  std::vector<std::vector<std::string>> visible_;
  std::vector<std::vector<std::string>> styled_;
  std::size_t max_width_ = 0;
};

// The width of the terminal standard output is on, in columns; 0 when it is not a terminal,
// or the output goes to a file (-o).
std::size_t terminal_columns();

// "1 revision", "3 revisions": `count` and `noun`, with an s unless count is 1.
std::string counted(int count, std::string_view noun);

// `text` with its control characters made visible as \u00XX: C0 (but tab, newline and a
// carriage return before a newline), DEL and C1 (U+0080 to U+009F). No text from a store or
// a file can then move the cursor, retitle the window, clear the screen or hide a line, and
// JSON output keeps its meaning (\u001b is how JSON writes ESC). With `keep_colour`, kiv's
// own colour codes (ESC [ digits and semicolons m, SGR: colours and weight only) are kept.
std::string visible_controls(std::string_view text, bool keep_colour);

// Writes `text` to stdout, its control characters made visible (visible_controls), colour
// codes kept only when stdout takes colour (Style::detect); or where -q, -o or a pager send it
// (output_target.hpp).
void print(std::string_view text);
// Writes `bytes` to stdout exactly (kiv export: a source as it was imported).
void print_bytes(std::string_view bytes);

// Writes "kiv: error: MESSAGE" and a newline to stderr, control characters made visible.
void print_error(std::string_view message);

// Writes "kiv: MESSAGE" and a newline to stderr: a note beside the output, not an error
// (none with -q).
void print_note(std::string_view message);

}  // namespace kiv::cli
