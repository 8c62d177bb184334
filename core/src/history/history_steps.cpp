#include "history/history_steps.hpp"

#include <algorithm>
#include <cstdlib>
#include <stdexcept>
#include <unordered_map>

#include "diff/matching.hpp"
#include "diff/moves.hpp"
#include "diff/pair_aspects.hpp"

namespace kiv {
namespace {

// An item as the diff's matcher reads it: rank, key and title in `lang`.
Item matcher_item(const HistoryItem& item, std::string_view lang) {
  Item out;
  out.rank = item.rank;
  out.key = item.key;
  out.key_origin = item.key_origin;
  out.title.emplace(std::string(lang), item.title);
  return out;
}

void index_changes(SectionStep& step, std::size_t old_count, std::size_t new_count) {
  step.of_old.assign(old_count, kNoStep);
  step.of_new.assign(new_count, kNoStep);
  for (std::size_t c = 0; c < step.changes.size(); ++c) {
    for (const std::size_t i : step.changes[c].from) step.of_old[i] = c;
    for (const std::size_t j : step.changes[c].to) step.of_new[j] = c;
  }
}

}  // namespace

std::vector<Aspect> pair_aspects(const HistoryItem& from, const HistoryItem& to, bool moved) {
  return pair_aspects({from.title, from.description}, {to.title, to.description}, moved,
                      from.subtopics == to.subtopics);
}

namespace {

struct Pair {
  std::size_t from, to;
  MatchKind kind;
};

// The pairs of two sections so far, and what is left on each side.
struct Pairing {
  std::vector<Pair> pairs;
  std::vector<bool> old_done, new_done;
  std::vector<std::size_t> old_left, new_left;  // positions not paired by key

  void pair(std::size_t i, std::size_t j, MatchKind kind) {
    old_done[i] = new_done[j] = true;
    pairs.push_back({i, j, kind});
  }
};

// The pairs by key, as the diff's matcher pairs them first, and the leftovers: what
// key_pair_moved reasons about without running the matcher.
Pairing pair_by_key(const std::vector<HistoryItem>& from, const std::vector<HistoryItem>& to) {
  Pairing pairing;
  pairing.old_done.assign(from.size(), false);
  pairing.new_done.assign(to.size(), false);
  std::unordered_map<std::string_view, std::size_t> new_by_key;
  new_by_key.reserve(to.size());
  for (std::size_t j = 0; j < to.size(); ++j) {
    if (!to[j].key.empty()) new_by_key.emplace(to[j].key, j);
  }
  for (std::size_t i = 0; i < from.size(); ++i) {
    if (from[i].key.empty() || pairing.old_done[i]) continue;
    const auto found = new_by_key.find(from[i].key);
    if (found != new_by_key.end() && !pairing.new_done[found->second])
      pairing.pair(i, found->second, MatchKind::key);
  }
  for (std::size_t i = 0; i < from.size(); ++i) {
    if (!pairing.old_done[i]) pairing.old_left.push_back(i);
  }
  for (std::size_t j = 0; j < to.size(); ++j) {
    if (!pairing.new_done[j]) pairing.new_left.push_back(j);
  }
  return pairing;
}

// Whether the matcher could pair two leftover titles: identical once folded, sharing a content
// word (which containment and position need), or similar enough. The trigram part of the
// similarity is computed as profile_similarity computes it; its word part is bounded by its
// largest value (every word of the shorter title shared). Only a pair that may reach the
// threshold so is scored in full.
bool could_pair(const TitleProfile& a, const TitleProfile& b) {
  if (a.normalized == b.normalized) return true;
  if (share_content_word(a, b, WordReach::heads)) return true;
  const int shared = shared_trigrams(a, b);
  const auto dice = [](std::size_t common, std::size_t x, std::size_t y) {
    return x + y == 0 ? 1.0 : 2.0 * static_cast<double>(common) / static_cast<double>(x + y);
  };
  const double most =
      0.7 * dice(static_cast<std::size_t>(shared), a.trigrams.size(), b.trigrams.size()) +
      0.3 * dice(std::min(a.words.size(), b.words.size()), a.words.size(), b.words.size());
  return most >= kSimilarityThreshold && profile_similarity(a, b) >= kSimilarityThreshold;
}

// Which of `pairs` (anything with from and to positions: Pair, ItemMatch) moved.
template <typename P>
std::vector<bool> moves_of(const std::vector<P>& pairs, const std::vector<HistoryItem>& from,
                           const std::vector<HistoryItem>& to) {
  std::vector<PairedPositions> positions;
  positions.reserve(pairs.size());
  for (const P& p : pairs)
    positions.push_back({p.from, p.to, std::abs(from[p.from].rank - to[p.to].rank)});
  return moved_pairs(positions, to.size());
}

}  // namespace

SectionStep compare_sections(const std::vector<HistoryItem>& from,
                             const std::vector<HistoryItem>& to, std::string_view lang,
                             const std::vector<OrientedLink>& links) {
  // The diff's own matcher over the whole sections, curated links first, as diff_section
  // calls it: one pairing for the diff and the history.
  std::vector<Item> old_items, new_items;
  old_items.reserve(from.size());
  new_items.reserve(to.size());
  for (const HistoryItem& item : from) old_items.push_back(matcher_item(item, lang));
  for (const HistoryItem& item : to) new_items.push_back(matcher_item(item, lang));
  const SectionMatches matches =
      match_section(old_items, new_items, lang, curated_matches(old_items, new_items, links, lang));
  SectionStep step;
  std::vector<bool> old_done(from.size(), false), new_done(to.size(), false);
  for (const GroupMatch& group : matches.groups) {
    step.changes.push_back({group.kind, group.match, {}, group.from, group.to});
    for (const std::size_t i : group.from) old_done[i] = true;
    for (const std::size_t j : group.to) new_done[j] = true;
  }
  const std::vector<ItemMatch>& pairs = matches.pairs;
  const std::vector<bool> moved = moves_of(pairs, from, to);
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    old_done[pairs[k].from] = new_done[pairs[k].to] = true;
    ItemStep& change = step.changes.emplace_back();
    change.match = pairs[k].kind;
    change.from = {pairs[k].from};
    change.to = {pairs[k].to};
    change.aspects = pair_aspects(from[pairs[k].from], to[pairs[k].to], moved[k]);
    change.kind = change.aspects.empty() ? ChangeKind::unchanged : ChangeKind::changed;
  }
  for (std::size_t i = 0; i < from.size(); ++i) {
    if (!old_done[i]) step.changes.push_back({ChangeKind::removed, std::nullopt, {}, {i}, {}});
  }
  for (std::size_t j = 0; j < to.size(); ++j) {
    if (!new_done[j]) step.changes.push_back({ChangeKind::added, std::nullopt, {}, {}, {j}});
  }
  index_changes(step, from.size(), to.size());
  return step;
}

const TitleProfile& TitleProfiles::of(const std::string& title) {
  auto found = profiles_.find(title);
  if (found == profiles_.end()) found = profiles_.emplace(title, profile_title(title, lang_)).first;
  return found->second;
}

bool key_pair_moved(const std::vector<HistoryItem>& from, const std::vector<HistoryItem>& to,
                    std::string_view lang, std::size_t old_position, TitleProfiles& profiles) {
  const Pairing pairing = pair_by_key(from, to);
  const auto own = std::find_if(pairing.pairs.begin(), pairing.pairs.end(),
                                [&](const Pair& p) { return p.from == old_position; });
  if (own == pairing.pairs.end()) return false;
  // Pairs on opposite sides of the item in the two editions cross it.
  const auto crosses = [&](std::size_t i, std::size_t j) {
    return (i < own->from) != (j < own->to);
  };
  // An item that no pair crosses is in every longest run of pairs (any run without it would
  // take it in): it has not moved. So when no key pair crosses it, only leftovers that would
  // cross it matter; else every leftover pair does.
  const bool crossed = std::any_of(pairing.pairs.begin(), pairing.pairs.end(),
                                   [&](const Pair& p) { return crosses(p.from, p.to); });
  bool close = false;
  for (const std::size_t i : pairing.old_left) {
    for (const std::size_t j : pairing.new_left) {
      if (close || (!crossed && !crosses(i, j))) continue;
      close = could_pair(profiles.of(from[i].title), profiles.of(to[j].title));
    }
  }
  if (close) {
    const SectionStep step = compare_sections(from, to, lang);
    const std::vector<Aspect>& aspects = step.changes.at(step.of_old.at(old_position)).aspects;
    return std::find(aspects.begin(), aspects.end(), Aspect::rank) != aspects.end();
  }
  if (!crossed) return false;
  return moves_of(pairing.pairs, from, to)[static_cast<std::size_t>(own - pairing.pairs.begin())];
}

SectionStep step_from_diff(const SectionDiff& diff, std::size_t old_count, std::size_t new_count) {
  SectionStep step;
  for (const Change& change : diff.changes) {
    ItemStep& item = step.changes.emplace_back();
    item.kind = change.kind;
    item.match = change.match;
    item.aspects = change.aspects;
    for (const DiffItem& side : change.from)
      item.from.push_back(static_cast<std::size_t>(side.rank - 1));
    for (const DiffItem& side : change.to)
      item.to.push_back(static_cast<std::size_t>(side.rank - 1));
  }
  index_changes(step, old_count, new_count);
  return step;
}

namespace {

std::size_t section_slot(Section section) { return section == Section::priorities ? 0 : 1; }

// The number of items on one side of a section's diff, each position (rank - 1) in exactly one
// change; throws std::invalid_argument naming `side` otherwise.
std::size_t side_count(const SectionDiff& diff, bool old_side, const std::string& edition) {
  std::vector<bool> seen;
  for (const Change& change : diff.changes) {
    for (const DiffItem& item : old_side ? change.from : change.to) {
      if (item.rank < 1) {
        throw std::invalid_argument("the diff given for " + edition + " has an item ranked " +
                                    std::to_string(item.rank));
      }
      const auto position = static_cast<std::size_t>(item.rank - 1);
      if (seen.size() <= position) seen.resize(position + 1, false);
      if (seen[position]) {
        throw std::invalid_argument("the diff given for " + edition + " has rank " +
                                    std::to_string(item.rank) + " twice in " +
                                    std::string(section_name(diff.section)));
      }
      seen[position] = true;
    }
  }
  if (std::find(seen.begin(), seen.end(), false) != seen.end()) {
    throw std::invalid_argument("the diff given for " + edition + " skips a rank in " +
                                std::string(section_name(diff.section)));
  }
  return seen.size();
}

}  // namespace

SeriesSteps::SeriesSteps(std::string lang) : impl_(std::make_unique<Impl>()) {
  impl_->lang = std::move(lang);
}
SeriesSteps::~SeriesSteps() = default;
SeriesSteps::SeriesSteps(SeriesSteps&&) noexcept = default;
SeriesSteps& SeriesSteps::operator=(SeriesSteps&&) noexcept = default;

void SeriesSteps::add(const std::string& from, const std::string& to, const EditionDiff& diff) {
  if (diff.lang != impl_->lang) {
    throw std::invalid_argument("the diff of " + from + " and " + to + " is in '" + diff.lang +
                                "', the steps in '" + impl_->lang + "'");
  }
  std::array<SectionStep, 2> steps;
  for (const Section section : kSections) {
    const SectionDiff& part = diff.section(section);
    steps[section_slot(section)] =
        step_from_diff(part, side_count(part, true, from), side_count(part, false, to));
  }
  impl_->steps.insert_or_assign({from, to}, std::move(steps));
}

const std::string& SeriesSteps::lang() const { return impl_->lang; }
std::size_t SeriesSteps::size() const { return impl_->steps.size(); }

const SectionStep* given_step(const SeriesSteps& steps, const std::string& from,
                              const std::string& to, Section section) {
  const auto& held = steps.impl().steps;
  const auto found = held.find({from, to});
  return found == held.end() ? nullptr : &found->second[section_slot(section)];
}

void settle_ranks(SectionStep& step, const std::vector<HistoryItem>& from,
                  const std::vector<HistoryItem>& to) {
  for (ItemStep& change : step.changes) {
    if (change.from.size() != 1 || change.to.size() != 1) continue;
    if (from[change.from.front()].rank != to[change.to.front()].rank) continue;
    std::erase(change.aspects, Aspect::rank);
    if (change.kind == ChangeKind::changed && change.aspects.empty())
      change.kind = ChangeKind::unchanged;
  }
}

}  // namespace kiv
