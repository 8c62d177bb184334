#pragma once
// SERIES/links.json in git: the curated links of one series, as canonical JSON.
//
//   {"format": "kiv-links/1", "series": "kiv", "links": [{"from_edition": "2016-2019",
//    "from_key": "a", "to_edition": "2022-2024", "to_key": "b", "kind": "renamed"}, ...]}
//
// Links sorted by from_edition, from_key, to_edition, to_key; two-space indentation and a
// final newline, so that equal sets of links give byte-identical files.

#include <string>
#include <string_view>
#include <vector>

#include "kiv/links.hpp"

namespace kiv {

inline constexpr std::string_view kLinksFormat = "kiv-links/1";
inline constexpr const char* kLinksFile = "links.json";

// "kiv/links.json".
std::string links_path(const std::string& series);

// Orders links as the file and the index list them.
bool link_before(const CuratedLink& a, const CuratedLink& b);

// The canonical file of `series` holding `links` (of that series), sorted.
std::string links_file_json(const std::string& series, std::vector<CuratedLink> links);

// Parses the links.json of `series`. Throws Error{store} naming `where` and the JSON path when
// it is not JSON of this format, names another series, has unknown or missing fields, an
// invalid id or kind, a link within one edition, or the same two items linked twice.
std::vector<CuratedLink> parse_links_file(std::string_view json, const std::string& series,
                                          std::string_view where);

}  // namespace kiv
