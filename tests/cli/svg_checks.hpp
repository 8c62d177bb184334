#pragma once
// What the picture tests check of an SVG: how often a text occurs in it, and whether it is
// well-formed XML (libxml2, strict: no recovery, no network).

#include <libxml/parser.h>

#include <cstddef>
#include <string>

namespace kiv::cli {

inline std::size_t occurrences(const std::string& text, const std::string& what) {
  std::size_t count = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
    ++count;
  return count;
}

inline bool well_formed_xml(const std::string& text) {
  xmlDocPtr document =
      xmlReadMemory(text.data(), static_cast<int>(text.size()), "picture.svg", "UTF-8",
                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  const bool ok = document != nullptr;
  xmlFreeDoc(document);
  return ok;
}

}  // namespace kiv::cli
