#pragma once
// The matcher's last one-to-one stages (matching.cpp): items left unpaired by key, identical
// and similar titles, paired on weaker evidence, most precise first. Each stage pairs two
// items only when each is the other's best candidate, so that an ambiguous item stays
// unpaired rather than pairing wrong; an unrelated pair is worse than a miss. A pair whose
// similarity reaches kSimilarityThreshold is said to be `similar`, its better reason.

#include <string_view>
#include <unordered_map>
#include <vector>

#include "diff/matching.hpp"
#include "similarity.hpp"

namespace kiv {

// Which items are paired so far, and the pairs.
struct PairingState {
  std::vector<bool> old_done;
  std::vector<bool> new_done;
  std::vector<ItemMatch> pairs;
};

// Containment and elaboration (MatchKind::contained), for pairs with at least `least`
// evidence: the content words of the title with
// fewer of them all reappear in the other's head (before ':', '(', ',' or ';'), or the other's
// head all reappears in it ("Drugs: de productie ..." ~ "... geïntegreerd drugsbeleid"); failing
// that, all reappear anywhere in the other. Words match by stem or as a compound's head
// (WordReach::heads), never by a shared tail alone. Head evidence ranks before the rest, then the
// similarity. Candidates come from an index of the leftovers' word beginnings, so the stage
// stays near-linear.
// How one title's content words reappear in another's, weakest first; as the least a pair
// needs, `head` takes the head evidence only, `within` any.
enum class Containment { none, within, head };
void pair_contained(const std::vector<TitleProfile>& from, const std::vector<TitleProfile>& to,
                    PairingState& state, Containment least);

// Position (MatchKind::position): an unpaired old item and an unpaired new item between the
// same two pairs that kept their order (or before the first, or after the last) that share at
// least one content word (WordReach::heads). Never two items that share none. Gaps of more than 64
// items on a side are left as they are.
void pair_by_position(const std::vector<TitleProfile>& from, const std::vector<TitleProfile>& to,
                      PairingState& state);

// How many items of `profiles` have each stem (an item once per stem).
using StemCounts = std::unordered_map<std::string_view, std::size_t>;
StemCounts items_per_stem(const std::vector<TitleProfile>& profiles);

// A distinctive word (MatchKind::shared): an unpaired old item and an unpaired new item,
// wherever they sit, with a content word in common (WordReach::heads) whose stem no other item
// of the old edition and no other of the new has. Of an item moved and reworded this is often
// all that is left ("le clivage de la société" has nothing; "l'échange d'informations" ->
// "la circulation de l'information" has "information").
// `old_stems` and `new_stems` are items_per_stem of `from` and `to`.
void pair_by_distinctive_word(const std::vector<TitleProfile>& from,
                              const std::vector<TitleProfile>& to, const StemCounts& old_stems,
                              const StemCounts& new_stems, PairingState& state);

}  // namespace kiv
