// diff_editions: matches the items of each section and classifies every pair.

#include "kiv/diff.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <map>

#include "diff/matching.hpp"
#include "diff/moves.hpp"
#include "diff/pair_aspects.hpp"
#include "kiv/error.hpp"
#include "kiv/text.hpp"

namespace kiv {
namespace {

DiffItem diff_item(const Item& item, std::string_view lang) {
  return {item.key, item.rank, text_in(item.title, lang)};
}

bool same_subtopics(const Item& a, const Item& b, std::string_view lang) {
  return std::equal(
      a.subtopics.begin(), a.subtopics.end(), b.subtopics.begin(), b.subtopics.end(),
      [&](const LangText& x, const LangText& y) { return text_in(x, lang) == text_in(y, lang); });
}

// Which pairs moved (moves.hpp): an item renumbered only because items were added or removed
// before it has not moved; of an item that jumped to the top and those it passed, the jumper moved.
std::vector<bool> moved_items(const std::vector<ItemMatch>& pairs,
                              const std::vector<Item>& old_items,
                              const std::vector<Item>& new_items) {
  std::vector<PairedPositions> positions;
  positions.reserve(pairs.size());
  for (const ItemMatch& pair : pairs) {
    positions.push_back(
        {pair.from, pair.to, std::abs(old_items[pair.from].rank - new_items[pair.to].rank)});
  }
  return moved_pairs(positions, new_items.size());
}

Change classify(const Item& from, const Item& to, const ItemMatch& match, bool moved,
                std::string_view lang) {
  Change change;
  change.match = match.kind;
  change.key_inferred = match.kind == MatchKind::key && !keys_given(from, to);
  change.similarity = match.similarity;
  change.from.push_back(diff_item(from, lang));
  change.to.push_back(diff_item(to, lang));
  const std::string& old_title = text_in(from.title, lang);
  const std::string& new_title = text_in(to.title, lang);
  const std::string& old_description = text_in(from.description, lang);
  const std::string& new_description = text_in(to.description, lang);
  change.aspects = pair_aspects({old_title, old_description}, {new_title, new_description}, moved,
                                same_subtopics(from, to, lang));
  if (old_title != new_title) change.wording = diff_words(old_title, new_title);
  if (old_description != new_description)
    change.description = diff_words(old_description, new_description);
  change.kind = change.aspects.empty() ? ChangeKind::unchanged : ChangeKind::changed;
  return change;
}

// Where a change stands in the report: at its new rank; a removed item just before the
// item that now holds its old rank.
double position(const Change& change) {
  return change.to.empty() ? change.from.front().rank - 0.5 : change.to.front().rank;
}

SectionDiff diff_section(const Edition& from, const Edition& to, Section section,
                         std::string_view lang, const std::vector<OrientedLink>& links) {
  const auto& old_items = from.items(section);
  const auto& new_items = to.items(section);
  SectionDiff diff;
  diff.section = section;
  std::vector<bool> old_matched(old_items.size(), false), new_matched(new_items.size(), false);
  const SectionMatches matches =
      match_section(old_items, new_items, lang, curated_matches(old_items, new_items, links, lang));
  const std::vector<bool> moved = moved_items(matches.pairs, old_items, new_items);
  for (std::size_t i = 0; i < matches.pairs.size(); ++i) {
    const ItemMatch& match = matches.pairs[i];
    old_matched[match.from] = new_matched[match.to] = true;
    diff.changes.push_back(
        classify(old_items[match.from], new_items[match.to], match, moved[i], lang));
  }
  for (const GroupMatch& group : matches.groups) {
    Change& change = diff.changes.emplace_back();
    change.kind = group.kind;
    change.match = group.match;
    change.similarity = group.similarity;
    for (const std::size_t i : group.from) {
      old_matched[i] = true;
      change.from.push_back(diff_item(old_items[i], lang));
    }
    for (const std::size_t j : group.to) {
      new_matched[j] = true;
      change.to.push_back(diff_item(new_items[j], lang));
    }
  }
  for (std::size_t i = 0; i < old_items.size(); ++i) {
    if (old_matched[i]) continue;
    Change& removed = diff.changes.emplace_back();
    removed.kind = ChangeKind::removed;
    removed.from.push_back(diff_item(old_items[i], lang));
  }
  for (std::size_t j = 0; j < new_items.size(); ++j) {
    if (new_matched[j]) continue;
    Change& added = diff.changes.emplace_back();
    added.kind = ChangeKind::added;
    added.to.push_back(diff_item(new_items[j], lang));
  }
  std::stable_sort(diff.changes.begin(), diff.changes.end(),
                   [](const Change& a, const Change& b) { return position(a) < position(b); });
  return diff;
}

}  // namespace

std::string_view change_kind_name(ChangeKind kind) noexcept {
  switch (kind) {
    case ChangeKind::added:
      return "added";
    case ChangeKind::removed:
      return "removed";
    case ChangeKind::changed:
      return "changed";
    case ChangeKind::unchanged:
      return "unchanged";
    case ChangeKind::split:
      return "split";
    case ChangeKind::merged:
      return "merged";
  }
  return "unknown";
}

std::string_view match_kind_name(MatchKind kind) noexcept {
  switch (kind) {
    case MatchKind::key:
      return "key";
    case MatchKind::exact:
      return "exact";
    case MatchKind::similar:
      return "similar";
    case MatchKind::curated:
      return "curated";
    case MatchKind::contained:
      return "contained";
    case MatchKind::position:
      return "position";
    case MatchKind::shared:
      return "shared";
  }
  return "unknown";
}

std::string_view aspect_name(Aspect aspect) noexcept {
  switch (aspect) {
    case Aspect::wording:
      return "wording";
    case Aspect::rank:
      return "rank";
    case Aspect::description:
      return "description";
    case Aspect::subtopics:
      return "subtopics";
    case Aspect::cosmetic:
      return "cosmetic";
  }
  return "unknown";
}

int SectionDiff::count(ChangeKind kind) const {
  return static_cast<int>(std::count_if(changes.begin(), changes.end(),
                                        [&](const Change& change) { return change.kind == kind; }));
}

const SectionDiff& EditionDiff::section(Section which) const {
  return which == Section::priorities ? priorities : themes;
}

bool EditionDiff::has_differences() const {
  if (!languages_added.empty() || !languages_removed.empty()) return true;
  for (const Section section_id : kSections) {
    const SectionDiff& diff = section(section_id);
    if (diff.count(ChangeKind::unchanged) != static_cast<int>(diff.changes.size())) return true;
  }
  return false;
}

EditionDiff diff_editions(const Edition& from, const Edition& to, std::string_view lang) {
  return diff_editions(from, to, lang, {});
}

EditionDiff diff_editions(const Edition& from, const Edition& to, std::string_view lang,
                          const std::vector<CuratedLink>& links) {
  for (const Edition* edition : {&from, &to}) {
    if (!edition->title.contains(std::string(lang))) {
      throw Error(ErrorKind::input, edition->id() + " has no text in '" + std::string(lang) + "'");
    }
  }
  EditionDiff diff;
  diff.lang = std::string(lang);
  const std::vector<OrientedLink> oriented =
      from.series == to.series ? orient_links(from.series, from.edition, to.edition, links)
                               : std::vector<OrientedLink>{};
  diff.priorities = diff_section(from, to, Section::priorities, lang, oriented);
  diff.themes = diff_section(from, to, Section::themes, lang, oriented);
  const auto old_languages = from.languages();
  const auto new_languages = to.languages();
  std::set_difference(new_languages.begin(), new_languages.end(), old_languages.begin(),
                      old_languages.end(), std::back_inserter(diff.languages_added));
  std::set_difference(old_languages.begin(), old_languages.end(), new_languages.begin(),
                      new_languages.end(), std::back_inserter(diff.languages_removed));
  return diff;
}

EditionDiff without_cosmetic(EditionDiff diff) {
  for (SectionDiff* section : {&diff.priorities, &diff.themes}) {
    for (Change& change : section->changes) {
      if (std::erase(change.aspects, Aspect::cosmetic) == 0) continue;
      change.wording.clear();
      if (change.kind == ChangeKind::changed && change.aspects.empty())
        change.kind = ChangeKind::unchanged;
    }
  }
  return diff;
}

std::string diff_language(const Edition& from, const Edition& to, const std::string& requested) {
  if (!requested.empty()) {
    for (const Edition* edition : {&from, &to}) {
      if (!edition->title.contains(requested)) {
        throw Error(ErrorKind::input, edition->id() + " has no text in '" + requested +
                                          "'; its languages: " + join(edition->languages()));
      }
    }
    return requested;
  }
  std::string lang = common_language(from, to);
  if (lang.empty()) {
    throw Error(ErrorKind::input, from.id() + " (" + join(from.languages()) + ") and " + to.id() +
                                      " (" + join(to.languages()) + ") have no language in common");
  }
  return lang;
}

}  // namespace kiv
