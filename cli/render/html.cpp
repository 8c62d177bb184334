#include "render/html.hpp"

#include <fmt/core.h>

namespace kiv::cli {

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string html_document(const HtmlPage& page) {
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n{}"
      "</head>\n<body>\n{}</body>\n</html>\n",
      escape_html(page.lang), escape_html(page.title), page.head, page.body);
}

}  // namespace kiv::cli
