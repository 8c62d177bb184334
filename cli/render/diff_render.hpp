#pragma once
// Renderers of an edition diff. They format the core's EditionDiff and compute nothing.

#include <string>
#include <string_view>
#include <vector>

#include "kiv/diff.hpp"
#include "kiv/index.hpp"
#include "output.hpp"

namespace kiv::cli {

// The two sides of a diff as the reports name them.
struct DiffSides {
  RevisionInfo from;
  RevisionInfo to;
};

struct TextDiffOptions {
  std::vector<Section> sections;  // which sections, in order
  bool all = false;               // also list unchanged items
  bool stat = false;              // summary lines only
};

// For people: a header, a summary line per section, then a line per change with the title's
// deletions and insertions marked ([-old-]{+new+}, or colours when `style` has them).
std::string render_diff_text(const DiffSides& sides, const EditionDiff& diff,
                             const TextDiffOptions& options, const Style& style);

// A Markdown report to paste into a note: a heading, per section a summary and a table of the
// changes (all items with `all`); deletions ~~struck~~, insertions **bold**; text escaped.
std::string render_diff_markdown(const DiffSides& sides, const EditionDiff& diff,
                                 const TextDiffOptions& options);

// One self-contained HTML page (inline CSS, no scripts, no external assets): per section, the
// old and new edition side by side, deletions in <del>, insertions in <ins>; all text escaped.
std::string render_diff_html(const DiffSides& sides, const EditionDiff& diff,
                             const std::vector<Section>& sections);
// The body of that page (heading, then the tables), to embed in another page whose style
// includes diff_html_style(); and the page's title, "kiv/2016-2019 (revision 1) → ...".
std::string render_diff_html_body(const DiffSides& sides, const EditionDiff& diff,
                                  const std::vector<Section>& sections);
std::string diff_title(const DiffSides& sides);
// The CSS of the page: what the body's classes and <del>/<ins> need.
std::string_view diff_html_style();

// Shared by the renderers: "1 changed, 9 unchanged"; the ranks of one side ("5", "7+8", "-").
std::string section_summary(const SectionDiff& section);
// "fr added; de removed", or empty when both editions have the same languages.
std::string languages_summary(const EditionDiff& diff);
std::string side_ranks(const std::vector<DiffItem>& items);
std::string side_name(const RevisionInfo& revision);  // "kiv/2022-2024 (revision 2)"
// The title of a change without word marks: "a" or, for splits and merges, "a -> b + c".
std::string plain_title(const Change& change);
// How a change's sides were paired, as the reports name it: "key", "exact", "similar",
// "curated link".
std::string match_label(MatchKind match);
// "matched by curated link" (exact, similar) for a change not paired by key; else empty.
std::string match_note(const Change& change);

// For scripts: {"from", "to", "summary", "priorities", "themes"}; see the README.
std::string render_diff_json(const DiffSides& sides, const EditionDiff& diff,
                             const std::vector<Section>& sections);

}  // namespace kiv::cli
