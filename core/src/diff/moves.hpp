#pragma once
// Which paired items moved between two editions of a section: shared by the diff and the
// history (timeline, matrix), so that both say `rank` of the same items.

#include <cstddef>
#include <vector>

namespace kiv {

// Two paired items: their positions in the old and the new section (0-based) and how far
// their ranks moved (|old rank - new rank|).
struct PairedPositions {
  std::size_t from;
  std::size_t to;
  long displacement;
};

// For each pair, whether it moved: it is outside the longest run of pairs whose new order is
// their old order (of several such runs, the one whose displacement is least). An item
// renumbered only because items were added or removed before it keeps its place among the
// others and has not moved; of an item that jumped to the top and those it passed, the
// jumper moved. `new_count` is the number of items of the new section (every `to` is below it).
std::vector<bool> moved_pairs(const std::vector<PairedPositions>& pairs, std::size_t new_count);

}  // namespace kiv
