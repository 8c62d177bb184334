#pragma once
// Pairs the items of one section of two editions: by key, then by identical normalised title,
// then by title similarity, one to one.

#include <string_view>
#include <vector>

#include "kiv/diff.hpp"

namespace kiv {

inline constexpr double kSimilarityThreshold = 0.5;

// Whether a pair by key is a fact, both keys given by a person, rather than evidence: a key kiv
// inferred or minted at import (KeyOrigin), which a split or merge may overrule.
inline bool keys_given(const Item& a, const Item& b) {
  return a.key_origin == KeyOrigin::given && b.key_origin == KeyOrigin::given;
}

struct ItemMatch {
  std::size_t from;  // index into the old items
  std::size_t to;    // index into the new items
  MatchKind kind;
  double similarity;
};

// One old item split into several new ones, or several old ones merged into one new one.
struct GroupMatch {
  ChangeKind kind;                       // split or merged
  std::vector<std::size_t> from;         // old item indices, by rank
  std::vector<std::size_t> to;           // new item indices, by rank
  double similarity;                     // of the one title to the others' titles together
  MatchKind match = MatchKind::similar;  // curated for a group of curated links
};

struct SectionMatches {
  std::vector<ItemMatch> pairs;
  std::vector<GroupMatch> groups;
};

// Each item is in at most one match: by key, then identical title, then similar title (scoring
// at least kSimilarityThreshold, assigned best first), then containment and position
// (matching_leftovers.hpp). Candidates come from an index of title trigrams: each old
// title is scored against at most 16 new titles, those sharing the most of its rarest
// trigrams, so matching stays near-linear in the number of items.
std::vector<ItemMatch> match_items(const std::vector<Item>& from, const std::vector<Item>& to,
                                   std::string_view lang);

// match_items, then splits and merges: an item whose content words (function words aside), or
// those of the list after its head ("X: a, b en c"), are at least two thirds covered by two or more
// items of the other edition, each of which takes at least 60% of its own content words from
// it, where those items are unmatched or paired on weaker evidence than an identical title (a
// curated link, an identical title or a key a person gave on both sides is never undone; a
// key kiv inferred or minted at import is evidence, KeyOrigin).
// `curated` (curated links, MatchKind::curated) comes first: its pairs and groups are part of
// the result, and their items take part in no other match.
SectionMatches match_section(const std::vector<Item>& from, const std::vector<Item>& to,
                             std::string_view lang, const SectionMatches& curated = {});

// A curated link as it applies to one pair of editions: from the old side to the new side.
// The keys view the CuratedLink they come from.
struct OrientedLink {
  std::string_view old_key;
  std::string_view new_key;
  LinkKind kind;
};

// The links of `series` between its editions `from` and `to`, oriented from `from` to `to`: a
// link recorded from `to` to `from` is read backwards, a split then being a merge and the
// reverse. None when `from` and `to` are the same edition.
std::vector<OrientedLink> orient_links(std::string_view series, std::string_view from,
                                       std::string_view to, const std::vector<CuratedLink>& links);

// The links whose keys both are in this section, as pairs and groups (MatchKind::curated),
// for match_section's `curated`. An item takes part in one curated match: a link that would
// put it in a second (links.json edited by hand) is ignored.
SectionMatches curated_matches(const std::vector<Item>& old_items,
                               const std::vector<Item>& new_items,
                               const std::vector<OrientedLink>& links, std::string_view lang);

}  // namespace kiv
