// A series file as an archivist writes it (kiv/series.hpp): parse_series_description either
// refuses it with Error{input} or gives a description whose canonical file parses back to the
// same description and is written again byte for byte.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "kiv/error.hpp"
#include "kiv/ids.hpp"
#include "kiv/series.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view json(reinterpret_cast<const char*>(data), size);
  kiv::SeriesDescription description;
  try {
    description = kiv::parse_series_description(json, "fuzz/series.json");
  } catch (const kiv::Error& error) {
    KIV_FUZZ_CHECK(error.kind() == kiv::ErrorKind::input);
    return 0;
  }
  KIV_FUZZ_CHECK(kiv::is_valid_id(description.series));
  KIV_FUZZ_CHECK(!description.names.empty());
  for (const auto* texts :
       {&description.names, &description.priority_headings, &description.theme_headings}) {
    for (const auto& entry : *texts) {
      KIV_FUZZ_CHECK(kiv::is_valid_lang(entry.first));
      KIV_FUZZ_CHECK(!entry.second.empty());
    }
  }
  const std::string written = kiv::series_description_json(description);
  kiv::SeriesDescription again;
  try {
    again = kiv::parse_series_description(written, "written/series.json");
  } catch (const kiv::Error& error) {
    std::fprintf(stderr, "series_description_json wrote a file it refuses: %s\n%s\n", error.what(),
                 written.c_str());
    std::abort();
  }
  KIV_FUZZ_CHECK(again == description);
  KIV_FUZZ_CHECK(kiv::series_description_json(again) == written);
  return 0;
}
