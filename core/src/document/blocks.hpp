#pragma once
// The form every document reader (text, Markdown, HTML, PDF, DOCX) produces and the section and
// metadata finders read: the document as a sequence of blocks, each with the line it starts on.

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
  int page = 0;  // PDF: the 1-based page, `line` counting on it; DOCX: kParagraphPlaces; else 0
};

struct Block {
  enum class Kind { heading, paragraph, list };
  Kind kind = Kind::paragraph;
  std::string text;             // heading or paragraph: its lines joined by '\n'; list: empty
  int line = 0;                 // 1-based line the block starts on
  std::vector<ListItem> items;  // list only
  int level = 0;                // heading: 1 for the highest (h1), deeper is larger; else 0
  int page = 0;                 // as ListItem::page
};

using Blocks = std::vector<Block>;

// Readers of valid UTF-8 without a byte-order mark. `path` names the document in errors.
Blocks read_text_blocks(std::string_view text);
Blocks read_markdown_blocks(std::string_view text, std::string_view path);
Blocks read_html_blocks(std::string_view text, std::string_view path);
// Readers of the published binary formats, from the file's bytes.
Blocks read_pdf_blocks(std::string_view bytes, std::string_view path);
Blocks read_docx_blocks(std::string_view bytes, std::string_view path);

// The text a PDF or DOCX shows, as its blocks hold it (headings, paragraphs and entries, one per
// line), for checking that recorded texts come from it; nullopt for bytes of other formats.
// Throws Error{input} as the readers do.
std::optional<std::string> binary_document_text(std::string_view bytes, std::string_view path);

// How deep lists and containers may nest before a reader refuses the document (a guard for
// the stack against hostile input; real notes nest two or three levels).
inline constexpr int kMaxNesting = 64;

// The `page` of a DOCX's blocks: their `line` counts paragraphs.
inline constexpr int kParagraphPlaces = -1;

// Where a line is, for people: "line 12", "page 3, line 12" in a PDF, "paragraph 12" in a DOCX.
std::string place_of(int line, int page);

// Throws Error{input} "PATH:LINE: MESSAGE" ("PATH: MESSAGE" when `line` is 0, "PATH: PLACE:
// MESSAGE" with place_of when `page` is not 0).
[[noreturn]] void fail_at(std::string_view path, int line, const std::string& message,
                          int page = 0);

}  // namespace kiv::document
