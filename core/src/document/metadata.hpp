#pragma once
// The metadata of a document: series, edition id, language and adoption date, each from the
// caller's overrides, the file name or the text, with where it came from.

#include <string>
#include <string_view>
#include <vector>

#include "document/blocks.hpp"
#include "kiv/document.hpp"

namespace kiv::document {

struct Metadata {
  Detected series;
  Detected edition_id;
  Detected lang;
  Detected adopted;  // empty value when no date was found (a warning, not an error)
  std::vector<std::string> warnings;
};

// Throws Error{input} naming the file and the option to give when the series, the edition id
// or the language cannot be detected, and naming the option when an override is malformed.
Metadata detect_metadata(const Blocks& blocks, std::string_view path,
                         const DocumentOverrides& overrides);

// The edition title: the series' first name in `lang` and the edition id, e.g. "Note-cadre de
// Sécurité intégrale 2022-2024"; for a language without a name, the series' Dutch name, else
// its first; for a series neither built in nor `described`, the series id.
std::string edition_title(std::string_view series, std::string_view edition_id,
                          std::string_view lang, const std::vector<SeriesDescription>& described);

}  // namespace kiv::document
