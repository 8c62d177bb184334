#pragma once
// Renderers of search hits (kiv search). They format the core's SearchHit and compute nothing.

#include <string>
#include <vector>

#include "kiv/search.hpp"
#include "output.hpp"

namespace kiv::cli {

// How a hit names its edition: "kiv/2022-2024", or with `all_revisions` (when hits of
// several revisions of one edition may be listed) "kiv/2022-2024@2".
std::string hit_ref(const SearchHit& hit, bool all_revisions);

// The marks around a hit where the output cannot be bold: "**", as in Markdown.
inline constexpr const char* kHitMark = "**";

// For people, one block per hit: the edition, where the item is ("priority 5"), the language
// and the title, its hits bold (with colour) or between ** (without); then, when the hits are
// in the description or the subtopics, an indented line with the snippet there.
std::string render_search_text(const std::vector<SearchHit>& hits, bool all_revisions,
                               const Style& style);

// For scripts: [{"ref", "section", "rank", "key", "title", "snippet"}, ...], best first; key is
// null for an item without one; the snippet has its hits between **.
std::string render_search_json(const std::vector<SearchHit>& hits, bool all_revisions);

}  // namespace kiv::cli
