#pragma once
// The document targets (fuzz_document_text, _markdown, _html, _pdf, _docx): read_document and
// detect_document_format (kiv/document.hpp) on one format each.
//
// The first byte of an input chooses how the rest is read (the seeds start with 0 or 1):
//   0  path "KIV_22-24_NL.EXT": series, edition and language from the file name
//   1  path "note.EXT": every value detected from the text
//   2  path "note.EXT" with every override given (--series kiv --edition 2022-2024 --lang nl
//      --adopted 2022-03-31)
//   3  the path is the first line of the rest (at most 200 bytes), the document what follows
// What is read must be a valid canonical edition (its canonical JSON parses back to itself).

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "kiv/document.hpp"
#include "kiv/edition_format.hpp"
#include "kiv/error.hpp"

namespace kiv_fuzz {

inline int read_document_input(const std::uint8_t* data, std::size_t size,
                               kiv::DocumentFormat format, std::string_view extension) {
  if (size == 0) return 0;
  const unsigned mode = data[0] % 4;
  std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::string path;
  kiv::DocumentOverrides overrides;
  switch (mode) {
    case 0:
      path = "KIV_22-24_NL" + std::string(extension);
      break;
    case 1:
      path = "note" + std::string(extension);
      break;
    case 2:
      path = "note" + std::string(extension);
      overrides.series = "kiv";
      overrides.edition = "2022-2024";
      overrides.lang = "nl";
      overrides.adopted = "2022-03-31";
      break;
    default: {
      const std::size_t newline = bytes.find('\n');
      if (newline == std::string_view::npos || newline > 200) return 0;
      path = std::string(bytes.substr(0, newline));
      bytes.remove_prefix(newline + 1);
      break;
    }
  }

  (void)kiv::detect_document_format(path, bytes);

  kiv::DocumentReading reading;
  try {
    reading = kiv::read_document(bytes, path, format, overrides);
  } catch (const kiv::Error&) {
    return 0;
  }
  KIV_FUZZ_CHECK(reading.format == format);
  if (mode == 2) {
    KIV_FUZZ_CHECK(reading.edition.series == "kiv" && reading.edition.edition == "2022-2024");
    KIV_FUZZ_CHECK(reading.edition.adopted == "2022-03-31");
  }
  const std::string canonical = kiv::to_canonical_json(reading.edition);
  try {
    const std::string again = kiv::to_canonical_json(kiv::parse_edition(canonical, path));
    if (again != canonical) {
      std::fprintf(stderr, "the edition read is not stable in canonical JSON\n%s\n---\n%s\n",
                   canonical.c_str(), again.c_str());
      std::abort();
    }
  } catch (const kiv::Error& error) {
    std::fprintf(stderr, "the edition read is not valid canonical JSON: %s\n%s\n", error.what(),
                 canonical.c_str());
    std::abort();
  }
  return 0;
}

}  // namespace kiv_fuzz
