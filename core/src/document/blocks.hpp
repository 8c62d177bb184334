#pragma once
// The form every document reader (text, Markdown, HTML) produces and the section and metadata
// finders read: the document as a sequence of blocks, each with the line it starts on.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiv::document {

// An entry of a list: its text (lines joined by '\n', as written), the number it was written
// with ("3." -> 3; none for a bullet) and the entries of a list nested under it.
struct ListItem {
  std::string text;
  int line = 0;
  std::optional<long> number;
  std::vector<ListItem> children;
};

struct Block {
  enum class Kind { heading, paragraph, list };
  Kind kind = Kind::paragraph;
  std::string text;             // heading or paragraph: its lines joined by '\n'; list: empty
  int line = 0;                 // 1-based line the block starts on
  std::vector<ListItem> items;  // list only
};

using Blocks = std::vector<Block>;

// Readers of valid UTF-8 without a byte-order mark. `path` names the document in errors.
Blocks read_text_blocks(std::string_view text);
Blocks read_markdown_blocks(std::string_view text, std::string_view path);
Blocks read_html_blocks(std::string_view text, std::string_view path);

// How deep lists and containers may nest before a reader refuses the document (a guard for
// the stack against hostile input; real notes nest two or three levels).
inline constexpr int kMaxNesting = 64;

// Throws Error{input} "PATH:LINE: MESSAGE" ("PATH: MESSAGE" when `line` is 0).
[[noreturn]] void fail_at(std::string_view path, int line, const std::string& message);

}  // namespace kiv::document
