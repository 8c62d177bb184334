#include "diff/matching.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>

#include "diff/matching_leftovers.hpp"
#include "diff/word_index.hpp"
#include "similarity.hpp"

namespace kiv {
namespace {

// Trigrams held by more new titles than this count as common ...
constexpr std::size_t kCommonTrigram = 32;
// ... and are skipped once an old title has this many rarer ones to look up.
constexpr std::size_t kMinCandidateTrigrams = 4;
// How many of the new titles sharing the most rare trigrams are scored in full.
constexpr std::size_t kCandidatesPerItem = 16;

// "a b c": the titles of `indices` together.
std::string titles_of(const std::vector<Item>& items, const std::vector<std::size_t>& indices,
                      std::string_view lang) {
  std::string text;
  for (const std::size_t index : indices)
    text.append(text_in(items[index].title, lang)).append(" ");
  return text;
}

}  // namespace

namespace {

std::vector<TitleProfile> profiles_of(const std::vector<Item>& items, std::string_view lang) {
  std::vector<TitleProfile> profiles;
  profiles.reserve(items.size());
  for (const Item& item : items) profiles.push_back(profile_title(text_in(item.title, lang), lang));
  return profiles;
}

// Pairs the items not `done` already. `old_stems` and `new_stems`: items_per_stem of the
// profiles.
std::vector<ItemMatch> match_profiles(const std::vector<Item>& from, const std::vector<Item>& to,
                                      const std::vector<TitleProfile>& old_profiles,
                                      const std::vector<TitleProfile>& new_profiles,
                                      const StemCounts& old_stems, const StemCounts& new_stems,
                                      std::vector<bool> old_taken, std::vector<bool> new_taken) {
  PairingState state{std::move(old_taken), std::move(new_taken), {}};
  std::vector<bool>& old_done = state.old_done;
  std::vector<bool>& new_done = state.new_done;
  const auto pair = [&](std::size_t i, std::size_t j, MatchKind kind) {
    old_done[i] = new_done[j] = true;
    state.pairs.push_back({i, j, kind, profile_similarity(old_profiles[i], new_profiles[j])});
  };

  std::map<std::string_view, std::size_t> new_by_key;
  for (std::size_t j = 0; j < to.size(); ++j) {
    if (!to[j].key.empty()) new_by_key.emplace(to[j].key, j);
  }
  for (std::size_t i = 0; i < from.size(); ++i) {
    if (old_done[i]) continue;
    const auto found = from[i].key.empty() ? new_by_key.end() : new_by_key.find(from[i].key);
    if (found != new_by_key.end() && !new_done[found->second])
      pair(i, found->second, MatchKind::key);
  }

  std::multimap<std::string_view, std::size_t> new_by_title;
  for (std::size_t j = 0; j < to.size(); ++j) {
    if (!new_done[j]) new_by_title.emplace(new_profiles[j].normalized, j);
  }
  // A paired title leaves the map, so that N items of one title pair in N steps, not N^2 / 2.
  for (std::size_t i = 0; i < from.size(); ++i) {
    if (old_done[i]) continue;
    // The first of that title, by rank: a multimap keeps equal keys in insertion order.
    const auto found = new_by_title.lower_bound(old_profiles[i].normalized);
    if (found == new_by_title.end() || found->first != old_profiles[i].normalized) continue;
    pair(i, found->second, MatchKind::exact);
    new_by_title.erase(found);
  }

  // Restatements by their heads before similar titles: "la sécurité routière" is the head of
  // "la sécurité routière : vitesse, alcool ...", though "la cybersécurité" scores as similar.
  pair_contained(old_profiles, new_profiles, state, Containment::head);

  // Trigram -> unmatched new items having it. An old item is scored only against new items
  // that share its rarest trigrams: trigrams that most titles have ("van de", "beleid")
  // would make every pair a candidate, and matching quadratic.
  std::unordered_map<std::uint32_t, std::vector<std::size_t>> new_by_trigram;
  for (std::size_t j = 0; j < to.size(); ++j) {
    if (new_done[j]) continue;
    const auto& trigrams = new_profiles[j].trigrams;
    for (std::size_t t = 0; t < trigrams.size(); ++t) {
      if (t == 0 || trigrams[t] != trigrams[t - 1]) new_by_trigram[trigrams[t]].push_back(j);
    }
  }
  const auto rarest_postings = [&](const TitleProfile& profile) {
    std::vector<const std::vector<std::size_t>*> postings;
    for (std::size_t t = 0; t < profile.trigrams.size(); ++t) {
      if (t > 0 && profile.trigrams[t] == profile.trigrams[t - 1]) continue;
      if (const auto found = new_by_trigram.find(profile.trigrams[t]);
          found != new_by_trigram.end()) {
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
  // What is left, on weaker evidence (matching_leftovers.hpp).
  pair_contained(old_profiles, new_profiles, state, Containment::within);
  pair_by_position(old_profiles, new_profiles, state);
  pair_by_distinctive_word(old_profiles, new_profiles, old_stems, new_stems, state);
  return std::move(state.pairs);
}

}  // namespace

std::vector<ItemMatch> match_items(const std::vector<Item>& from, const std::vector<Item>& to,
                                   std::string_view lang) {
  const std::vector<TitleProfile> old_profiles = profiles_of(from, lang);
  const std::vector<TitleProfile> new_profiles = profiles_of(to, lang);
  return match_profiles(from, to, old_profiles, new_profiles, items_per_stem(old_profiles),
                        items_per_stem(new_profiles), std::vector<bool>(from.size(), false),
                        std::vector<bool>(to.size(), false));
}

}  // namespace kiv

namespace kiv {
namespace {

// The parts kept of a group's candidates, and the share of the whole's content words (from
// `first` on) that they cover.
struct Cover {
  std::vector<std::size_t> parts;
  double share = 0;
};

// Of the candidate `parts` of `whole` (their profiles `part_profiles`), those that each cover a
// content word of `whole` from `first` on that no other kept part covers: a candidate that
// only shares words the others already bring ("illegaler Warenhandel" beside "illegale
// Transitmigration" for "illegale Transitmigration und Schleusung") is no part of it, unless
// every word of it is in the whole ("le terrorisme" for "le terrorisme et son financement",
// beside "le financement du terrorisme"). The candidate covering the fewest words goes first,
// of equals the later one.
Cover parts_covering(const TitleProfile& whole, std::size_t first,
                     const std::vector<std::size_t>& parts,
                     const std::vector<const TitleProfile*>& part_profiles) {
  if (first >= whole.content.size()) return {};
  const std::size_t words = whole.content.size() - first;
  // covers[p][w]: whether candidate p covers word first + w.
  std::vector<std::vector<bool>> covers(parts.size(), std::vector<bool>(words, false));
  std::vector<bool> inside(parts.size());
  for (std::size_t p = 0; p < parts.size(); ++p) {
    const TitleProfile& part = *part_profiles[p];
    for (std::size_t w = 0; w < words; ++w) {
      for (std::size_t k = 0; k < part.content.size() && !covers[p][w]; ++k)
        covers[p][w] = content_words_match(whole, first + w, part, k);
    }
    inside[p] =
        all_contained(part, part.content.size(), whole, whole.content.size(), WordReach::tails);
  }
  std::vector<bool> kept(parts.size(), true);
  std::vector<int> cover_count(words, 0);
  for (;;) {
    std::fill(cover_count.begin(), cover_count.end(), 0);
    for (std::size_t p = 0; p < parts.size(); ++p) {
      for (std::size_t w = 0; w < words && kept[p]; ++w) cover_count[w] += covers[p][w];
    }
    std::optional<std::size_t> weakest;
    std::size_t weakest_count = 0;
    for (std::size_t p = 0; p < parts.size(); ++p) {
      if (!kept[p] || inside[p]) continue;
      bool adds = false;
      std::size_t count = 0;
      for (std::size_t w = 0; w < words; ++w) {
        count += covers[p][w];
        adds = adds || (covers[p][w] && cover_count[w] == 1);
      }
      if (!adds && (!weakest || count <= weakest_count)) {
        weakest = p;
        weakest_count = count;
      }
    }
    if (!weakest) break;
    kept[*weakest] = false;
  }
  Cover cover;
  for (std::size_t p = 0; p < parts.size(); ++p) {
    if (kept[p]) cover.parts.push_back(parts[p]);
  }
  const auto covered =
      std::count_if(cover_count.begin(), cover_count.end(), [](int count) { return count > 0; });
  cover.share = static_cast<double>(covered) / static_cast<double>(words);
  return cover;
}

// Whether a content word of `part` matches one of `whole` whose stem no other item has
// (`stem_items`: items per stem on the whole's side).
bool shares_distinctive_stem(const TitleProfile& part, const TitleProfile& whole,
                             const StemCounts& stem_items) {
  for (std::size_t w = 0; w < whole.content.size(); ++w) {
    if (stem_items.at(whole.stems[w]) != 1) continue;
    for (std::size_t k = 0; k < part.content.size(); ++k) {
      if (content_words_match(whole, w, part, k)) return true;
    }
  }
  return false;
}

// A part takes at least this share of its content words from the whole ...
constexpr double kPartFromWhole = 0.6;
// ... or at least this share, one of them a stem that no other item of the whole's edition
// has ("tax" of "social and tax fraud" for "tax evasion"; not "fraud", which "identity fraud"
// has too).
constexpr double kWeakPartFromWhole = 0.5;
constexpr double kWholeCovered = 2.0 / 3.0;  // two words of three

struct Side {
  const std::vector<TitleProfile>* profiles;  // per item: its content words and head
  std::vector<int> partner;                   // index on the other side, or -1
  std::vector<bool> fixed;  // paired by a fact: curated link, identical title or given keys
  std::vector<bool> grouped;
  const StemCounts* stems;  // items per stem on this side
};

// Finds the groups where one item of `one` is covered by several of `many` (splits when `one`
// is the old edition, merges when it is the new one), and records them as (one, parts).
std::vector<std::pair<std::size_t, std::vector<std::size_t>>> find_groups(Side& one, Side& many) {
  const std::vector<TitleProfile>& wholes = *one.profiles;
  const std::vector<TitleProfile>& others = *many.profiles;
  // Candidate parts share a word beginning with the whole.
  const WordIndex index(others, many.fixed);
  std::vector<std::pair<std::size_t, std::vector<std::size_t>>> groups;
  for (std::size_t i = 0; i < wholes.size(); ++i) {
    const TitleProfile& whole = wholes[i];
    if (one.fixed[i] || one.grouped[i] || whole.content.size() < 2) continue;
    std::vector<std::size_t> parts;
    std::vector<const TitleProfile*> part_profiles;
    for (const std::size_t j : index.candidates(whole)) {
      const bool free = many.partner[j] < 0 || many.partner[j] == static_cast<int>(i);
      if (!free || many.fixed[j] || many.grouped[j]) continue;
      const TitleProfile& part = others[j];
      // The weaker share first: most candidates fail it, after one test.
      const auto at_least = [&](double share) {
        return contained_at_least(part, part.content.size(), whole, whole.content.size(), share);
      };
      if (at_least(kWeakPartFromWhole) &&
          (at_least(kPartFromWhole) || shares_distinctive_stem(part, whole, *one.stems))) {
        parts.push_back(j);
        part_profiles.push_back(&part);
      }
    }
    if (parts.size() < 2) continue;
    // The parts cover the whole, or the list after its head ("X: a, b en c" -> "a en b", "c").
    const bool has_list = whole.head > 0 && whole.content.size() - whole.head >= 2;
    Cover cover = parts_covering(whole, 0, parts, part_profiles);
    if (cover.share < kWholeCovered && has_list)
      cover = parts_covering(whole, whole.head, parts, part_profiles);
    if (cover.share < kWholeCovered || cover.parts.size() < 2) continue;
    parts = std::move(cover.parts);
    one.grouped[i] = true;
    for (const std::size_t j : parts) many.grouped[j] = true;
    groups.emplace_back(i, parts);
  }
  return groups;
}

}  // namespace

SectionMatches match_section(const std::vector<Item>& from, const std::vector<Item>& to,
                             std::string_view lang, const SectionMatches& curated) {
  std::vector<bool> old_curated(from.size(), false), new_curated(to.size(), false);
  for (const ItemMatch& pair : curated.pairs) old_curated[pair.from] = new_curated[pair.to] = true;
  for (const GroupMatch& group : curated.groups) {
    for (const std::size_t i : group.from) old_curated[i] = true;
    for (const std::size_t j : group.to) new_curated[j] = true;
  }
  const std::vector<TitleProfile> old_profiles = profiles_of(from, lang);
  const std::vector<TitleProfile> new_profiles = profiles_of(to, lang);
  // Counted once per side, for the distinctive words of pairs, splits and merges.
  const StemCounts old_stems = items_per_stem(old_profiles);
  const StemCounts new_stems = items_per_stem(new_profiles);
  const std::vector<ItemMatch> pairs = match_profiles(
      from, to, old_profiles, new_profiles, old_stems, new_stems, old_curated, new_curated);
  Side old_side, new_side;
  old_side.profiles = &old_profiles;
  new_side.profiles = &new_profiles;
  old_side.stems = &old_stems;
  new_side.stems = &new_stems;
  old_side.partner.assign(from.size(), -1);
  new_side.partner.assign(to.size(), -1);
  old_side.fixed.assign(from.size(), false);
  new_side.fixed.assign(to.size(), false);
  // Curated items are neither wholes nor parts of a group found here.
  old_side.grouped = old_curated;
  new_side.grouped = new_curated;
  for (const ItemMatch& pair : pairs) {
    old_side.partner[pair.from] = static_cast<int>(pair.to);
    new_side.partner[pair.to] = static_cast<int>(pair.from);
    // Pairs on weaker evidence than an identical title may be undone by a split or merge; so
    // may a pair by a key kiv gave (inferred or minted at import): only a key a person gave
    // on both sides is a fact.
    old_side.fixed[pair.from] = new_side.fixed[pair.to] =
        (pair.kind == MatchKind::key && keys_given(from[pair.from], to[pair.to])) ||
        pair.kind == MatchKind::exact || pair.kind == MatchKind::curated;
  }
  SectionMatches matches = curated;
  for (auto& [old_index, parts] : find_groups(old_side, new_side)) {
    matches.groups.push_back(
        {ChangeKind::split,
         {old_index},
         parts,
         title_similarity(text_in(from[old_index].title, lang), titles_of(to, parts, lang))});
  }
  for (auto& [new_index, parts] : find_groups(new_side, old_side)) {
    matches.groups.push_back(
        {ChangeKind::merged,
         parts,
         {new_index},
         title_similarity(titles_of(from, parts, lang), text_in(to[new_index].title, lang))});
  }
  for (const ItemMatch& pair : pairs) {
    if (!old_side.grouped[pair.from] && !new_side.grouped[pair.to]) matches.pairs.push_back(pair);
  }
  return matches;
}

std::vector<OrientedLink> orient_links(std::string_view series, std::string_view from,
                                       std::string_view to, const std::vector<CuratedLink>& links) {
  std::vector<OrientedLink> oriented;
  if (from == to) return oriented;
  for (const CuratedLink& link : links) {
    if (link.series != series) continue;
    if (link.from_edition == from && link.to_edition == to) {
      oriented.push_back({link.from_key, link.to_key, link.kind});
    } else if (link.from_edition == to && link.to_edition == from) {
      const LinkKind kind = link.kind == LinkKind::split    ? LinkKind::merged
                            : link.kind == LinkKind::merged ? LinkKind::split
                                                            : LinkKind::renamed;
      oriented.push_back({link.to_key, link.from_key, kind});
    }
  }
  return oriented;
}

SectionMatches curated_matches(const std::vector<Item>& old_items,
                               const std::vector<Item>& new_items,
                               const std::vector<OrientedLink>& links, std::string_view lang) {
  SectionMatches curated;
  if (links.empty()) return curated;
  const auto by_key = [](const std::vector<Item>& items) {
    std::map<std::string_view, std::size_t> indices;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (!items[i].key.empty()) indices.emplace(items[i].key, i);
    }
    return indices;
  };
  const auto old_by_key = by_key(old_items);
  const auto new_by_key = by_key(new_items);
  std::vector<bool> old_used(old_items.size(), false), new_used(new_items.size(), false);
  std::map<std::size_t, GroupMatch> splits;  // by the old item
  std::map<std::size_t, GroupMatch> merges;  // by the new item
  for (const OrientedLink& link : links) {
    const auto old_found = old_by_key.find(link.old_key);
    const auto new_found = new_by_key.find(link.new_key);
    if (old_found == old_by_key.end() || new_found == new_by_key.end()) continue;
    const std::size_t i = old_found->second;
    const std::size_t j = new_found->second;
    switch (link.kind) {
      case LinkKind::renamed:
        if (old_used[i] || new_used[j]) continue;
        curated.pairs.push_back({i, j, MatchKind::curated,
                                 title_similarity(text_in(old_items[i].title, lang),
                                                  text_in(new_items[j].title, lang))});
        break;
      case LinkKind::split:
        if (new_used[j] || (old_used[i] && !splits.contains(i))) continue;
        splits.try_emplace(i, GroupMatch{ChangeKind::split, {i}, {}, 0, MatchKind::curated})
            .first->second.to.push_back(j);
        break;
      case LinkKind::merged:
        if (old_used[i] || (new_used[j] && !merges.contains(j))) continue;
        merges.try_emplace(j, GroupMatch{ChangeKind::merged, {}, {j}, 0, MatchKind::curated})
            .first->second.from.push_back(i);
        break;
    }
    old_used[i] = new_used[j] = true;
  }
  for (auto* groups : {&splits, &merges}) {
    for (auto& [index, group] : *groups) {
      std::sort(group.from.begin(), group.from.end());
      std::sort(group.to.begin(), group.to.end());
      group.similarity = title_similarity(titles_of(old_items, group.from, lang),
                                          titles_of(new_items, group.to, lang));
      curated.groups.push_back(std::move(group));
    }
  }
  return curated;
}

}  // namespace kiv
