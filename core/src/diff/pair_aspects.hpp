#pragma once
// What changed in a pair of items: the one rule the diff (diff.cpp) and the history
// (history_steps.cpp) both apply.

#include <string_view>
#include <vector>

#include "kiv/diff.hpp"

namespace kiv {

// A paired item's texts in the language compared.
struct PairSide {
  std::string_view title;
  std::string_view description;
};

// The aspects of a pair, in the diff's order: wording, or cosmetic when the titles differ only
// in case, punctuation, spacing or quote style (cosmetic_form); rank when `moved`;
// description; subtopics unless `same_subtopics`.
std::vector<Aspect> pair_aspects(const PairSide& from, const PairSide& to, bool moved,
                                 bool same_subtopics);

}  // namespace kiv
