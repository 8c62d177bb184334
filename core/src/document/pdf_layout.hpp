#pragma once
// The words of a PDF's pages, as a PDF library places them, and the blocks a reader sees in
// them. Pure: no PDF library here, so that every layout rule is tested on words written by hand.

#include <string>
#include <vector>

#include "document/blocks.hpp"

namespace kiv::document {

struct PdfWord {
  std::string text;  // UTF-8
  double left = 0;   // points, from the page's top left corner
  double top = 0;
  double right = 0;
  double bottom = 0;
  double font_size = 0;
  bool bold = false;
  bool space_after = false;  // the PDF puts a space after the word
};

struct PdfPage {
  double height = 0;           // points
  std::vector<PdfWord> words;  // in reading order, as the library gives them
};

// The blocks of a PDF's text, as a reader of the printed page sees them:
// - lines are the words that share a baseline, in order;
// - running headers and footers go: a line in the top or bottom tenth of the page whose text
//   (digits aside) and type size recur there on at least half the pages (two at least), and a
//   page number standing alone there ("3", "- 3 -", "Pagina 3 van 12", "page 3 sur 12");
// - table-of-contents lines (a title, dot leaders, a page number) go;
// - a heading is a line set larger than the body text (the size most characters have), or in
//   bold at the body size when the body is not bold; consecutive heading lines of one style are
//   one heading; its level ranks its style among the document's heading styles (largest
//   first);
// - a line starting with a list mark ("1.", "2)", "•", "-") starts a list entry, a mark alone
//   on its line takes the next line as its text; entries whose mark sits further right than
//   the first entry's are nested under the entry before them;
// - the lines that follow a line closely (a gap under 0.4 of a line's height) continue its
//   paragraph or entry, wherever the line starts (hanging indents), unless a line starts left
//   of the entry's mark; over a page break, a line continues an entry when it starts where the
//   entry's text starts, and a paragraph when the paragraph's last line did not end a sentence;
// - a line ending in a hyphen after a letter or digit joins the next line without a break
//   ("informatie-" + "uitwisseling", "2022-" + "2024"); other lines keep their '\n'.
// Each block and entry knows its page and its line on it (1-based, counting every line of the
// page, headers included), as pdftotext's output would number them.
Blocks pdf_layout_blocks(const std::vector<PdfPage>& pages);

}  // namespace kiv::document
