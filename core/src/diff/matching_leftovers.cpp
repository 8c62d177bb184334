#include "diff/matching_leftovers.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "diff/word_index.hpp"

namespace kiv {
namespace {

// The largest gap between two pairs that pair_by_position reads, per side.
constexpr std::size_t kMaxGap = 64;

// What a candidate pair has for it: its evidence class, then its similarity.
struct Evidence {
  Containment strength = Containment::none;
  double similarity = 0;
  auto operator<=>(const Evidence&) const = default;
};

struct Candidate {
  std::size_t from, to;
  Evidence evidence;
};

// The shortest first part two compounds share, and the least each has after it.
constexpr std::size_t kSharedFirstPart = 6;
constexpr std::size_t kRestAfterFirstPart = 4;
// The least share of the shorter title's content words that pair_by_distinctive_word wants in
// the other (share_of_words_or_parts).
constexpr double kSharedAtLeast = 1.0 / 3.0;
// The most items sharing a word's first four letters that items_beginning_with reads.
constexpr std::size_t kLongestPostingRead = 32;

// The first part two different compounds begin with ("crisis" of "crisisbeheer" and
// "crisismanagement", "identitats" of "Identitätsdiebstahl" and "Identitätsbetrug"): their
// common beginning, when it has at least six letters and each word four more after it; else
// empty ("intern" of "internationale" and "internet" is no part: "et" is no word).
std::string_view shared_first_part(std::string_view a, std::string_view b) {
  std::size_t common = 0;
  while (common < a.size() && common < b.size() && a[common] == b[common]) ++common;
  if (common < kSharedFirstPart || a.size() < common + kRestAfterFirstPart ||
      b.size() < common + kRestAfterFirstPart) {
    return {};
  }
  return a.substr(0, common);
}

// The share of the content words of `a` that match one of `b` (content_words_match) or share
// a compound's first part with one.
double share_of_words_or_parts(const TitleProfile& a, const TitleProfile& b) {
  if (a.content.empty()) return 0;
  std::size_t found = 0;
  for (std::size_t w = 0; w < a.content.size(); ++w) {
    for (std::size_t k = 0; k < b.content.size(); ++k) {
      if (content_words_match(a, w, b, k) ||
          !shared_first_part(a.content[w], b.content[k]).empty()) {
        ++found;
        break;
      }
    }
  }
  return static_cast<double>(found) / static_cast<double>(a.content.size());
}

// Whether two titles share a content word (WordReach::tails: also a word and a longer one it
// ends, "handel" ~ "wapenhandel") or a compound's first part. Not two compounds' last part:
// "mensenhandel" and "drugshandel" are two subjects.
bool share_word_or_part(const TitleProfile& a, const TitleProfile& b) {
  if (share_content_word(a, b, WordReach::tails)) return true;
  for (const std::string& x : a.content) {
    for (const std::string& y : b.content) {
      if (!shared_first_part(x, y).empty()) return true;
    }
  }
  return false;
}

bool all_of_in(const TitleProfile& part, std::size_t part_count, const TitleProfile& whole,
               std::size_t whole_count) {
  return all_contained(part, part_count, whole, whole_count, WordReach::heads);
}

Containment containment(const TitleProfile& a, const TitleProfile& b) {
  const bool a_shorter = a.content.size() <= b.content.size();
  const TitleProfile& shorter = a_shorter ? a : b;
  const TitleProfile& longer = a_shorter ? b : a;
  if (shorter.content.empty()) return Containment::none;
  if (all_of_in(shorter, shorter.content.size(), longer, longer.head)) return Containment::head;
  if (longer.head < longer.content.size() &&
      all_of_in(longer, longer.head, shorter, shorter.content.size())) {
    return Containment::head;
  }
  return all_of_in(shorter, shorter.content.size(), longer, longer.content.size())
             ? Containment::within
             : Containment::none;
}

// Each item's best candidate on the other side: the strongest evidence, of equals the item
// first in rank.
using Best = std::unordered_map<std::size_t, std::pair<std::size_t, Evidence>>;
void offer(Best& best, std::size_t item, std::size_t other, const Evidence& evidence) {
  const auto found = best.find(item);
  if (found == best.end() || found->second.second < evidence ||
      (found->second.second == evidence && other < found->second.first)) {
    best[item] = {other, evidence};
  }
}

// Pairs, among `candidates`, those that are each other's best; returns how many it paired.
std::size_t pair_mutual_best(const std::vector<Candidate>& candidates, MatchKind kind,
                             PairingState& state) {
  Best best_new, best_old;  // old item -> its best new one, new item -> its best old one
  for (const Candidate& candidate : candidates) {
    if (state.old_done[candidate.from] || state.new_done[candidate.to]) continue;
    offer(best_new, candidate.from, candidate.to, candidate.evidence);
    offer(best_old, candidate.to, candidate.from, candidate.evidence);
  }
  std::vector<ItemMatch> accepted;
  for (const auto& [i, best] : best_new) {
    if (best_old.at(best.first).first != i) continue;
    // A pair similar enough for the similar stage says so: its similarity is the better reason.
    const double similarity = best.second.similarity;
    accepted.push_back({i, best.first,
                        similarity >= kSimilarityThreshold ? MatchKind::similar : kind,
                        similarity});
  }
  std::sort(accepted.begin(), accepted.end(),
            [](const ItemMatch& a, const ItemMatch& b) { return a.from < b.from; });
  for (const ItemMatch& pair : accepted) {
    state.old_done[pair.from] = state.new_done[pair.to] = true;
    state.pairs.push_back(pair);
  }
  return accepted.size();
}

}  // namespace

void pair_contained(const std::vector<TitleProfile>& from, const std::vector<TitleProfile>& to,
                    PairingState& state, Containment least) {
  const WordIndex index(to, state.new_done);
  if (index.empty()) return;
  std::vector<Candidate> candidates;
  for (std::size_t i = 0; i < from.size(); ++i) {
    if (state.old_done[i] || from[i].content.empty()) continue;
    for (const std::size_t j : index.candidates(from[i])) {
      if (const Containment found = containment(from[i], to[j]); found >= least)
        candidates.push_back({i, j, {found, profile_similarity(from[i], to[j])}});
    }
  }
  // Two rounds: an item whose best was taken by a better pair may pair with its next best.
  for (int round = 0; round < 2; ++round) {
    if (pair_mutual_best(candidates, MatchKind::contained, state) == 0) break;
  }
}

void pair_by_position(const std::vector<TitleProfile>& from, const std::vector<TitleProfile>& to,
                      PairingState& state) {
  // The pairs that kept their order, by old position (greedily: each after the last kept).
  std::vector<std::pair<std::size_t, std::size_t>> anchors;
  {
    std::vector<std::pair<std::size_t, std::size_t>> all;
    for (const ItemMatch& pair : state.pairs) all.emplace_back(pair.from, pair.to);
    std::sort(all.begin(), all.end());
    for (const auto& pair : all) {
      if (anchors.empty() || pair.second > anchors.back().second) anchors.push_back(pair);
    }
  }
  std::vector<Candidate> candidates;
  // Gap k lies between anchor k - 1 and anchor k (the first before anchor 0, the last after
  // the last anchor).
  for (std::size_t k = 0; k <= anchors.size(); ++k) {
    const std::size_t old_begin = k == 0 ? 0 : anchors[k - 1].first + 1;
    const std::size_t new_begin = k == 0 ? 0 : anchors[k - 1].second + 1;
    const std::size_t old_end = k == anchors.size() ? from.size() : anchors[k].first;
    const std::size_t new_end = k == anchors.size() ? to.size() : anchors[k].second;
    if (old_end <= old_begin || new_end <= new_begin) continue;
    if (old_end - old_begin > kMaxGap || new_end - new_begin > kMaxGap) continue;
    for (std::size_t i = old_begin; i < old_end; ++i) {
      if (state.old_done[i]) continue;
      for (std::size_t j = new_begin; j < new_end; ++j) {
        if (state.new_done[j]) continue;
        if (share_word_or_part(from[i], to[j]))
          candidates.push_back({i, j, {Containment::none, profile_similarity(from[i], to[j])}});
      }
    }
  }
  pair_mutual_best(candidates, MatchKind::position, state);
}

StemCounts items_per_stem(const std::vector<TitleProfile>& profiles) {
  StemCounts items;
  for (const TitleProfile& profile : profiles) {
    const auto& stems = profile.stems;
    for (auto stem = stems.begin(); stem != stems.end(); ++stem) {
      if (std::find(stems.begin(), stem, *stem) == stem) ++items[*stem];
    }
  }
  return items;
}

namespace {

// How many items of `profiles` among `items` (an index's posting) have a content word that
// begins with `part`; stops at two.
std::size_t items_beginning_with(const std::vector<TitleProfile>& profiles,
                                 const std::vector<std::size_t>& items, std::string_view part) {
  // A beginning this common is not read through: whatever the part, it is no evidence, and
  // reading would make the stage quadratic on long lists of few words.
  if (items.size() > kLongestPostingRead) return 2;
  std::size_t count = 0;
  std::size_t last = profiles.size();
  for (const std::size_t item : items) {
    if (item == last) continue;
    for (const std::string& word : profiles[item].content) {
      if (word.starts_with(part)) {
        last = item;
        if (++count == 2) return count;
        break;
      }
    }
  }
  return count;
}

}  // namespace

void pair_by_distinctive_word(const std::vector<TitleProfile>& from,
                              const std::vector<TitleProfile>& to, const StemCounts& old_stems,
                              const StemCounts& new_stems, PairingState& state) {
  // Of each unpaired item, the words that may be distinctive: those whose stem no other item of
  // its edition has, and those long enough to be a compound with a first part. Only these are
  // indexed and compared, so that the stage costs little on long lists of common words.
  const auto keys_of = [](const std::vector<TitleProfile>& profiles, const std::vector<bool>& done,
                          const StemCounts& stems) {
    std::vector<TitleProfile> keys(profiles.size());
    for (std::size_t i = 0; i < profiles.size(); ++i) {
      if (done[i]) continue;
      const TitleProfile& profile = profiles[i];
      for (std::size_t w = 0; w < profile.content.size(); ++w) {
        if (stems.at(profile.stems[w]) == 1 ||
            profile.content[w].size() >= kSharedFirstPart + kRestAfterFirstPart) {
          add_content_word(keys[i], profile.content[w], profile.stems[w]);
        }
      }
    }
    return keys;
  };
  const std::vector<TitleProfile> old_keys = keys_of(from, state.old_done, old_stems);
  const std::vector<TitleProfile> new_keys = keys_of(to, state.new_done, new_stems);
  const WordIndex index(new_keys, state.new_done);
  if (index.empty()) return;
  // Every item's words by their beginnings, built when a first part is first compared.
  std::optional<WordIndex> all_old, all_new;
  const auto beginning_like = [&](std::optional<WordIndex>& all,
                                  const std::vector<TitleProfile>& profiles,
                                  const std::string& word) -> const std::vector<std::size_t>& {
    if (!all) all.emplace(profiles, std::vector<bool>(profiles.size(), false));
    return all->items_beginning_like(word);
  };
  const auto distinctive_match = [&](const TitleProfile& a, const TitleProfile& b) {
    for (std::size_t w = 0; w < a.content.size(); ++w) {
      for (std::size_t k = 0; k < b.content.size(); ++k) {
        if (old_stems.at(a.stems[w]) == 1 && new_stems.at(b.stems[k]) == 1 &&
            content_words_match(a, w, b, k, WordReach::heads)) {
          return true;
        }
        // Two compounds with the same first part, which no other item's words begin with.
        const std::string_view part = shared_first_part(a.content[w], b.content[k]);
        if (!part.empty() &&
            items_beginning_with(from, beginning_like(all_old, from, a.content[w]), part) == 1 &&
            items_beginning_with(to, beginning_like(all_new, to, b.content[k]), part) == 1) {
          return true;
        }
      }
    }
    return false;
  };
  std::vector<Candidate> candidates;
  for (std::size_t i = 0; i < from.size(); ++i) {
    if (state.old_done[i] || old_keys[i].content.empty()) continue;
    for (const std::size_t j : index.candidates(old_keys[i])) {
      if (!distinctive_match(old_keys[i], new_keys[j])) continue;
      // One word in common between two long titles may be chance.
      const TitleProfile& shorter =
          from[i].content.size() <= to[j].content.size() ? from[i] : to[j];
      const TitleProfile& longer = &shorter == &from[i] ? to[j] : from[i];
      if (share_of_words_or_parts(shorter, longer) >= kSharedAtLeast)
        candidates.push_back({i, j, {Containment::none, profile_similarity(from[i], to[j])}});
    }
  }
  pair_mutual_best(candidates, MatchKind::shared, state);
}

}  // namespace kiv
