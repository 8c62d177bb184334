#pragma once
// Three-way merges of what two stores recorded apart (kiv pull, kiv/sharing.hpp): an edition
// both corrected, the curated links of a series both changed. Plain values, no I/O.
//
// Terms:
//   base     what both sides had last in common (nullptr: the edition was new on both sides)
//   ours     this store's latest revision; theirs: the remote's
//   change   a value one side holds that differs from the base's
// A value changed on one side only takes that side's; a value both changed alike is taken
// once; a value both changed differently is a conflict, named with both texts. Values are
// compared item by item (items are matched by key), and within an item field by field and
// language by language: a French page imported on one side and a German one on the other merge
// into an edition with both.

#include <optional>
#include <string>
#include <vector>

#include "kiv/edition.hpp"
#include "kiv/links.hpp"

namespace kiv {

// One value both sides changed differently.
struct MergeConflict {
  std::string edition;  // "kiv/2022-2024"
  std::string what;     // for people: "the title (nl) of priority overlast", "the period"
  std::string ours;     // the value as this store has it ("(none)" when removed)
  std::string theirs;   // the value as the remote has it
};

// How a pull settles conflicts: not at all (they are reported), or each by one side.
enum class ConflictChoice { none, ours, theirs };

struct EditionMerge {
  Edition merged;                        // meaningful when conflicts is empty (or chosen)
  std::vector<MergeConflict> conflicts;  // every value both sides changed differently
};

// Merges `ours` and `theirs` of one edition against `base`. Items are matched by key (an item
// without a key is matched by its rank); the merged items take the order of the side that
// reordered them (an order both changed differently is a conflict), items one side added
// after the item they follow there, and ranks 1, 2, ... With `choice` ours or theirs, each
// conflict takes that side's value and is still listed in `conflicts`.
EditionMerge merge_editions(const Edition* base, const Edition& ours, const Edition& theirs,
                            ConflictChoice choice = ConflictChoice::none);

// The links of a series after both sides changed them: the links of `theirs`, with the links
// `ours` added to `base` and without those `ours` removed from it (links merge as sets; there
// is no conflict).
std::vector<CuratedLink> merge_links(const std::vector<CuratedLink>& base,
                                     const std::vector<CuratedLink>& ours,
                                     const std::vector<CuratedLink>& theirs);

}  // namespace kiv
