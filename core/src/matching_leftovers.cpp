#include "matching_leftovers.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace kiv {
namespace {

// Word beginnings shared by more leftovers than this are looked up only when they are an
// item's rarest.
constexpr std::size_t kCommonBeginning = 32;
// The largest gap between two pairs that pair_by_position reads, per side.
constexpr std::size_t kMaxGap = 64;

// What a candidate pair has for it: its evidence class (higher is stronger), then similarity.
struct Evidence {
  int strength = 0;  // 0: none
  double similarity = 0;
  bool operator<(const Evidence& other) const {
    return strength != other.strength ? strength < other.strength : similarity < other.similarity;
  }
};

bool all_of_in(const TitleProfile& part, std::size_t part_count, const TitleProfile& whole,
               std::size_t whole_count) {
  return all_contained(part, part_count, whole, whole_count, WordReach::heads);
}

// 2: head evidence, 1: contained elsewhere, 0: none (see pair_contained).
int containment(const TitleProfile& a, const TitleProfile& b) {
  const bool a_shorter = a.content.size() <= b.content.size();
  const TitleProfile& shorter = a_shorter ? a : b;
  const TitleProfile& longer = a_shorter ? b : a;
  if (shorter.content.empty()) return 0;
  if (all_of_in(shorter, shorter.content.size(), longer, longer.head)) return 2;
  if (longer.head < longer.content.size() &&
      all_of_in(longer, longer.head, shorter, shorter.content.size())) {
    return 2;
  }
  return all_of_in(shorter, shorter.content.size(), longer, longer.content.size()) ? 1 : 0;
}

std::string beginning(const std::string& word) { return word.substr(0, 4); }

// Pairs, among `candidates` (old, new, evidence), those that are each other's best; returns
// how many it paired.
std::size_t pair_mutual_best(
    std::vector<std::pair<std::pair<std::size_t, std::size_t>, Evidence>>& candidates,
    MatchKind kind, PairingState& state) {
  std::unordered_map<std::size_t, std::pair<std::size_t, Evidence>> best_new, best_old;
  for (const auto& [pair, evidence] : candidates) {
    const auto [i, j] = pair;
    if (state.old_done[i] || state.new_done[j]) continue;
    auto old_best = best_new.find(i);
    if (old_best == best_new.end() || old_best->second.second < evidence ||
        (!(evidence < old_best->second.second) && j < old_best->second.first)) {
      best_new[i] = {j, evidence};
    }
    auto new_best = best_old.find(j);
    if (new_best == best_old.end() || new_best->second.second < evidence ||
        (!(evidence < new_best->second.second) && i < new_best->second.first)) {
      best_old[j] = {i, evidence};
    }
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
  std::unordered_map<std::string, std::vector<std::size_t>> new_by_beginning;
  for (std::size_t j = 0; j < to.size(); ++j) {
    if (state.new_done[j]) continue;
    for (const std::string& word : to[j].content) new_by_beginning[beginning(word)].push_back(j);
  }
  if (new_by_beginning.empty()) return;
  std::vector<std::pair<std::pair<std::size_t, std::size_t>, Evidence>> candidates;
  std::vector<std::size_t> seen(to.size(), static_cast<std::size_t>(-1));
  for (std::size_t i = 0; i < from.size(); ++i) {
    if (state.old_done[i] || from[i].content.empty()) continue;
    std::vector<const std::vector<std::size_t>*> postings;
    for (const std::string& word : from[i].content) {
      if (const auto found = new_by_beginning.find(beginning(word));
          found != new_by_beginning.end()) {
        postings.push_back(&found->second);
      }
    }
    std::sort(postings.begin(), postings.end(),
              [](const auto* a, const auto* b) { return a->size() < b->size(); });
    for (std::size_t p = 0; p < postings.size(); ++p) {
      if (p >= 1 && postings[p]->size() > kCommonBeginning) break;
      for (const std::size_t j : *postings[p]) {
        if (seen[j] == i) continue;
        seen[j] = i;
        if (const int strength = containment(from[i], to[j]); strength >= static_cast<int>(least))
          candidates.push_back({{i, j}, {strength, profile_similarity(from[i], to[j])}});
      }
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
  std::vector<std::pair<std::pair<std::size_t, std::size_t>, Evidence>> candidates;
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
        if (share_content_word(from[i], to[j], WordReach::heads))
          candidates.push_back({{i, j}, {1, profile_similarity(from[i], to[j])}});
      }
    }
  }
  pair_mutual_best(candidates, MatchKind::position, state);
}

}  // namespace kiv
