#include "matching.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "similarity.hpp"

namespace kiv {
namespace {

// Trigrams held by more new titles than this count as common ...
constexpr std::size_t kCommonTrigram = 32;
// ... and are skipped once an old title has this many rarer ones to look up.
constexpr std::size_t kMinCandidateTrigrams = 4;
// How many of the new titles sharing the most rare trigrams are scored in full.
constexpr std::size_t kCandidatesPerItem = 16;

}  // namespace

std::vector<ItemMatch> match_items(const std::vector<Item>& from, const std::vector<Item>& to,
                                   std::string_view lang) {
  std::vector<TitleProfile> old_profiles, new_profiles;
  for (const Item& item : from) old_profiles.push_back(profile_title(text_in(item.title, lang)));
  for (const Item& item : to) new_profiles.push_back(profile_title(text_in(item.title, lang)));
  std::vector<bool> old_done(from.size(), false), new_done(to.size(), false);
  std::vector<ItemMatch> matches;
  const auto pair = [&](std::size_t i, std::size_t j, MatchKind kind) {
    old_done[i] = new_done[j] = true;
    matches.push_back({i, j, kind, profile_similarity(old_profiles[i], new_profiles[j])});
  };

  std::map<std::string_view, std::size_t> new_by_key;
  for (std::size_t j = 0; j < to.size(); ++j) {
    if (!to[j].key.empty()) new_by_key.emplace(to[j].key, j);
  }
  for (std::size_t i = 0; i < from.size(); ++i) {
    const auto found = from[i].key.empty() ? new_by_key.end() : new_by_key.find(from[i].key);
    if (found != new_by_key.end() && !new_done[found->second]) pair(i, found->second, MatchKind::key);
  }

  std::multimap<std::string_view, std::size_t> new_by_title;
  for (std::size_t j = 0; j < to.size(); ++j) {
    if (!new_done[j]) new_by_title.emplace(new_profiles[j].normalized, j);
  }
  for (std::size_t i = 0; i < from.size(); ++i) {
    if (old_done[i]) continue;
    const auto [first, last] = new_by_title.equal_range(old_profiles[i].normalized);
    for (auto it = first; it != last; ++it) {
      if (!new_done[it->second]) {
        pair(i, it->second, MatchKind::exact);
        break;
      }
    }
  }

  // Trigram -> unmatched new items having it. An old item is scored only against new items
  // that share its rarest trigrams: trigrams that most titles have ("van de", "beleid")
  // would make every pair a candidate, and matching quadratic.
  std::unordered_map<std::string_view, std::vector<std::size_t>> new_by_trigram;
  for (std::size_t j = 0; j < to.size(); ++j) {
    if (new_done[j]) continue;
    for (const auto& [trigram, count] : new_profiles[j].trigrams) new_by_trigram[trigram].push_back(j);
  }
  const auto rarest_postings = [&](const TitleProfile& profile) {
    std::vector<const std::vector<std::size_t>*> postings;
    for (const auto& [trigram, count] : profile.trigrams) {
      if (const auto found = new_by_trigram.find(trigram); found != new_by_trigram.end()) {
        postings.push_back(&found->second);
      }
    }
    std::sort(postings.begin(), postings.end(),
              [](const auto* a, const auto* b) { return a->size() < b->size(); });
    std::vector<const std::vector<std::size_t>*> rare;
    for (const auto* posting : postings) {
      if (rare.size() >= kMinCandidateTrigrams && posting->size() > kCommonTrigram) break;
      rare.push_back(posting);
    }
    return rare;
  };
  struct Candidate {
    double similarity;
    std::size_t from, to;
  };
  std::vector<Candidate> candidates;
  std::vector<int> shared(to.size(), 0);
  for (std::size_t i = 0; i < from.size(); ++i) {
    if (old_done[i]) continue;
    std::vector<std::size_t> touched;
    for (const auto* posting : rarest_postings(old_profiles[i])) {
      for (const std::size_t j : *posting) {
        if (shared[j]++ == 0) touched.push_back(j);
      }
    }
    // The new items sharing the most rare trigrams are scored in full.
    std::sort(touched.begin(), touched.end(), [&](std::size_t a, std::size_t b) {
      return shared[a] != shared[b] ? shared[a] > shared[b] : a < b;
    });
    for (const std::size_t j : touched) shared[j] = 0;
    if (touched.size() > kCandidatesPerItem) touched.resize(kCandidatesPerItem);
    for (const std::size_t j : touched) {
      const double similarity = profile_similarity(old_profiles[i], new_profiles[j]);
      if (similarity >= kSimilarityThreshold) candidates.push_back({similarity, i, j});
    }
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    return a.similarity != b.similarity ? a.similarity > b.similarity
                                        : std::tie(a.from, a.to) < std::tie(b.from, b.to);
  });
  for (const Candidate& candidate : candidates) {
    if (!old_done[candidate.from] && !new_done[candidate.to]) {
      pair(candidate.from, candidate.to, MatchKind::similar);
    }
  }
  return matches;
}

}  // namespace kiv
