#pragma once
// Renderers of an edition diff. They format the core's EditionDiff and compute nothing.

#include <string>
#include <vector>

#include "kiv/diff.hpp"
#include "kiv/store.hpp"
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

// For scripts: {"from", "to", "summary", "priorities", "themes"}; see the README.
std::string render_diff_json(const DiffSides& sides, const EditionDiff& diff,
                             const std::vector<Section>& sections);

}  // namespace kiv::cli
