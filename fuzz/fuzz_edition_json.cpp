// Canonical edition JSON (kiv/edition_format.hpp), as `kiv import FILE.json` and every read of
// git give it: parse_edition, and for what it accepts, to_canonical_json must give a text that
// parses again to the same canonical JSON (the format's promise: parse(canonical(e)) == e).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "kiv/edition.hpp"
#include "kiv/edition_format.hpp"
#include "kiv/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view json(reinterpret_cast<const char*>(data), size);
  std::string first;
  try {
    first = kiv::to_canonical_json(kiv::parse_edition(json, "fuzz.json"));
  } catch (const kiv::Error&) {
    return 0;  // refused: that is what bad input gets
  }
  // Accepted: the canonical JSON must be accepted too, and be a fixed point.
  std::string second;
  try {
    second = kiv::to_canonical_json(kiv::parse_edition(first, "canonical.json"));
  } catch (const kiv::Error& error) {
    std::fprintf(stderr, "canonical JSON refused: %s\n--- canonical JSON:\n%s\n", error.what(),
                 first.c_str());
    std::abort();
  }
  if (second != first) {
    std::fprintf(stderr, "canonical JSON is not stable\n--- first:\n%s\n--- second:\n%s\n",
                 first.c_str(), second.c_str());
    std::abort();
  }
  return 0;
}
