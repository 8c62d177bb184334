#include <fmt/core.h>

#include "render/search_render.hpp"

namespace kiv::cli {

std::string hit_ref(const SearchHit& hit, bool all_revisions) {
  return all_revisions ? hit.revision.ref() : hit.revision.series + "/" + hit.revision.edition;
}

namespace {

// The text with its hits bold, or between kHitMark without colour.
std::string styled_text(const MarkedText& text, const Style& style) {
  if (!style.color()) return marked(text, kHitMark, kHitMark);
  std::string out;
  for (const TextSpan& span : text) out += span.hit ? style.bold(span.text) : span.text;
  return out;
}

std::string item_place(const SearchHit& hit) {
  return fmt::format("{} {}", hit.section == Section::priorities ? "priority" : "theme", hit.rank);
}

}  // namespace

std::string render_search_text(const std::vector<SearchHit>& hits, bool all_revisions,
                               const Style& style) {
  using A = Table::Align;
  Table table({A::left, A::left, A::left, A::left});
  for (const SearchHit& hit : hits) {
    const std::string ref = hit_ref(hit, all_revisions);
    std::string title = styled_text(hit.marked_title, style);
    if (hit.snippet_source != SnippetSource::title) {
      title += fmt::format("\n    {} {}",
                           style.dim(fmt::format("{}:", snippet_source_name(hit.snippet_source))),
                           styled_text(hit.snippet, style));
    }
    // The title is the last column: its width does not count.
    table.add_row({ref, item_place(hit), hit.lang, ""},
                  {style.cyan(ref), item_place(hit), hit.lang, title});
  }
  return table.render();
}

}  // namespace kiv::cli
