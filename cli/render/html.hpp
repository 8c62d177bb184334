#pragma once
// What every HTML output of kiv shares: escaping of text (edition content is untrusted) and the
// skeleton of a page. Renderers build their bodies from escaped text only.

#include <string>
#include <string_view>

namespace kiv::cli {

// `text` with & < > " ' replaced by entities: safe as element content and as a quoted
// attribute value.
std::string escape_html(std::string_view text);

// A whole HTML5 document.
struct HtmlPage {
  std::string lang;   // the lang attribute of <html>, e.g. "nl"
  std::string title;  // plain text: escaped here
  std::string head;   // markup added to <head> after <title> (style, stylesheet link), as is
  std::string body;   // the markup of <body>, as is
};

// "<!DOCTYPE html>", <html lang>, <meta charset="utf-8">, <title>, `head`, `body`; ends with a
// newline.
std::string html_document(const HtmlPage& page);

}  // namespace kiv::cli
