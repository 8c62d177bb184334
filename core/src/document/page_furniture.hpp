#pragma once
// What a printed page carries besides its text: page numbers and running headers and footers,
// as the PDF reader and the reader of text converted from a PDF (pdftotext, pages separated by
// form feeds) find them.

#include <cstddef>
#include <string>
#include <string_view>

namespace kiv::document {

// A page number standing alone: "3", "- 3 -", "3/12", "Pagina 3 van 12", "page 3 sur 12",
// "Seite 3 von 12", "p. 3".
bool is_page_number(std::string_view text);

// Whether a line found at the same edge of `pages_with_it` pages of `pages` is a running header
// or footer: on at least half the pages, and two at least.
bool recurs_as_running_line(std::size_t pages_with_it, std::size_t pages);

// `text` with each digit as '#': a running header or footer is the same line on every page
// but for its page number ("Pagina 1 van 2", "Pagina 2 van 2").
std::string with_digits_hidden(std::string_view text);

}  // namespace kiv::document
