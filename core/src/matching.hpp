#pragma once
// Pairs the items of one section of two editions: by key, then by identical normalised title,
// then by title similarity, one to one.

#include <string_view>
#include <vector>

#include "kiv/diff.hpp"

namespace kiv {

inline constexpr double kSimilarityThreshold = 0.5;

struct ItemMatch {
  std::size_t from;  // index into the old items
  std::size_t to;    // index into the new items
  MatchKind kind;
  double similarity;
};

// Each item is in at most one match. Similar pairs must score at least kSimilarityThreshold;
// they are assigned best first. Candidates come from an index of title trigrams: each old
// title is scored against at most 16 new titles, those sharing the most of its rarest
// trigrams, so matching stays near-linear in the number of items.
std::vector<ItemMatch> match_items(const std::vector<Item>& from, const std::vector<Item>& to,
                                   std::string_view lang);

}  // namespace kiv
