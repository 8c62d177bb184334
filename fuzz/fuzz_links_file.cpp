// SERIES/links.json as git gives it (core/src/links_file.hpp): parse_links_file for the series
// "t" and, when the file names another, "kiv"; what it accepts must write back with
// links_file_json to a file that parses to the same links.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.hpp"
#include "kiv/error.hpp"
#include "kiv/ids.hpp"
#include "kiv/links.hpp"
#include "links_file.hpp"

namespace {

void check_round_trip(std::string_view json, const std::string& series) {
  std::vector<kiv::CuratedLink> links;
  try {
    links = kiv::parse_links_file(json, series, "fuzz/links.json");
  } catch (const kiv::Error&) {
    return;
  }
  for (const kiv::CuratedLink& link : links) {
    KIV_FUZZ_CHECK(link.series == series);
    KIV_FUZZ_CHECK(kiv::is_valid_id(link.from_edition) && kiv::is_valid_id(link.to_edition));
    KIV_FUZZ_CHECK(kiv::is_valid_id(link.from_key) && kiv::is_valid_id(link.to_key));
    KIV_FUZZ_CHECK(link.from_edition != link.to_edition);
  }
  const std::string written = kiv::links_file_json(series, links);
  std::vector<kiv::CuratedLink> again;
  try {
    again = kiv::parse_links_file(written, series, "written/links.json");
  } catch (const kiv::Error& error) {
    std::fprintf(stderr, "links_file_json wrote a file it refuses: %s\n%s\n", error.what(),
                 written.c_str());
    std::abort();
  }
  std::sort(links.begin(), links.end(), kiv::link_before);
  std::sort(again.begin(), again.end(), kiv::link_before);
  KIV_FUZZ_CHECK(again == links);
  KIV_FUZZ_CHECK(kiv::links_file_json(series, again) == written);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view json(reinterpret_cast<const char*>(data), size);
  check_round_trip(json, "t");
  if (json.find("\"kiv\"") != std::string_view::npos) check_round_trip(json, "kiv");
  return 0;
}
