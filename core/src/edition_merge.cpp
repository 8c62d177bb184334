// Three-way merges of editions and of links (kiv/edition_merge.hpp).

#include "kiv/edition_merge.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace kiv {
namespace {

constexpr const char* kNone = "(none)";

// A text in the language kiv shows by default among its own.
std::string shown_text(const LangText& text) {
  std::vector<std::string> langs;
  for (const auto& [lang, value] : text) langs.push_back(lang);
  return text_in(text, default_language(langs));
}

// Settles one value: the side that changed it, or the one value both changed it to; a
// conflict otherwise, settled by `choice` (ours when none: the caller reports it).
template <typename T>
T settle(const T& base, const T& ours, const T& theirs, ConflictChoice choice, bool* conflict) {
  if (ours == theirs || theirs == base) return ours;
  if (ours == base) return theirs;
  *conflict = true;
  return choice == ConflictChoice::theirs ? theirs : ours;
}

class Merger {
 public:
  Merger(std::string edition, ConflictChoice choice)
      : edition_(std::move(edition)), choice_(choice) {}

  template <typename T, typename Show>
  T value(const std::string& what, const T& base, const T& ours, const T& theirs, Show show) {
    bool conflict = false;
    T merged = settle(base, ours, theirs, choice_, &conflict);
    if (conflict) conflicts_.push_back({edition_, what, show(ours), show(theirs)});
    return merged;
  }

  std::string text(const std::string& what, const std::string& base, const std::string& ours,
                   const std::string& theirs) {
    return value(what, base, ours, theirs,
                 [](const std::string& s) { return s.empty() ? std::string(kNone) : s; });
  }

  // Language by language: a language one side added or changed is taken from it.
  LangText texts(const std::string& what, const LangText& base, const LangText& ours,
                 const LangText& theirs) {
    std::set<std::string> langs;
    for (const LangText* side : {&base, &ours, &theirs})
      for (const auto& [lang, text] : *side) langs.insert(lang);
    LangText merged;
    const auto in = [](const LangText& t, const std::string& lang) -> std::optional<std::string> {
      const auto found = t.find(lang);
      return found == t.end() ? std::nullopt : std::optional(found->second);
    };
    for (const std::string& lang : langs) {
      const auto value_in =
          value(what + " (" + lang + ")", in(base, lang), in(ours, lang), in(theirs, lang),
                [](const std::optional<std::string>& s) { return s ? *s : std::string(kNone); });
      if (value_in) merged.emplace(lang, *value_in);
    }
    return merged;
  }

  Item item(const std::string& what, const Item& base, const Item& ours, const Item& theirs) {
    Item merged = ours;
    merged.title = texts("the title of " + what, base.title, ours.title, theirs.title);
    merged.description =
        texts("the description of " + what, base.description, ours.description, theirs.description);
    merged.subtopics = value("the subtopics of " + what, base.subtopics, ours.subtopics,
                             theirs.subtopics, [](const std::vector<LangText>& subtopics) {
                               std::string shown;
                               for (const LangText& subtopic : subtopics)
                                 shown += (shown.empty() ? "" : "; ") + shown_text(subtopic);
                               return shown.empty() ? std::string(kNone) : shown;
                             });
    // Where a key came from is no text: the side that changed it, else ours, never a conflict.
    merged.key_origin = ours.key_origin == base.key_origin ? theirs.key_origin : ours.key_origin;
    return merged;
  }

  std::vector<Item> items(Section section, const std::vector<Item>* base,
                          const std::vector<Item>& ours, const std::vector<Item>& theirs) {
    const std::string kind = section == Section::priorities ? "priority " : "theme ";
    using Keyed = std::map<std::string, const Item*>;
    const auto identity = [](const Item& item) {
      return item.key.empty() ? "#" + std::to_string(item.rank) : item.key;
    };
    const auto keyed = [&](const std::vector<Item>* list, std::vector<std::string>& order) {
      Keyed map;
      if (list == nullptr) return map;
      for (const Item& item : *list) {
        map.emplace(identity(item), &item);
        order.push_back(identity(item));
      }
      return map;
    };
    std::vector<std::string> base_order, ours_order, theirs_order;
    const Keyed in_base = keyed(base, base_order);
    const Keyed in_ours = keyed(&ours, ours_order);
    const Keyed in_theirs = keyed(&theirs, theirs_order);
    const auto find = [](const Keyed& map, const std::string& key) -> const Item* {
      const auto found = map.find(key);
      return found == map.end() ? nullptr : found->second;
    };

    std::map<std::string, Item> merged;
    std::set<std::string> all(base_order.begin(), base_order.end());
    all.insert(ours_order.begin(), ours_order.end());
    all.insert(theirs_order.begin(), theirs_order.end());
    const Item none{};
    for (const std::string& key : all) {
      const Item* b = find(in_base, key);
      const Item* o = find(in_ours, key);
      const Item* t = find(in_theirs, key);
      const std::string what = kind + key;
      if (o != nullptr && t != nullptr) {
        merged.emplace(key, item(what, b != nullptr ? *b : none, *o, *t));
        continue;
      }
      if (o == nullptr && t == nullptr) continue;  // removed on both sides
      const Item* kept = o != nullptr ? o : t;
      if (b == nullptr) {  // added on one side
        merged.emplace(key, *kept);
        continue;
      }
      // Removed on one side: gone, unless the other side changed it.
      Item unranked_base = *b, unranked_kept = *kept;
      unranked_base.rank = unranked_kept.rank = 0;
      if (same_item(unranked_base, unranked_kept)) continue;
      const std::string removed = "(removed)";
      const std::string changed = title_of(*kept);
      conflicts_.push_back({edition_, what + " (removed on one side, changed on the other)",
                            o != nullptr ? changed : removed, t != nullptr ? changed : removed});
      const bool keep = (o != nullptr) == (choice_ != ConflictChoice::theirs);
      if (keep) merged.emplace(key, *kept);
    }

    // The order: the side that reordered the items all three have, or both alike.
    const auto common = [&](const std::vector<std::string>& order) {
      std::vector<std::string> kept;
      for (const std::string& key : order) {
        if (in_base.contains(key) && in_ours.contains(key) && in_theirs.contains(key) &&
            merged.contains(key))
          kept.push_back(key);
      }
      return kept;
    };
    const auto joined = [](const std::vector<std::string>& keys) {
      std::string text;
      for (const std::string& key : keys) text += (text.empty() ? "" : ", ") + key;
      return text;
    };
    const std::vector<std::string> side =
        value("the order of the " + std::string(section_name(section)), common(base_order),
              common(ours_order), common(theirs_order), joined);
    const bool ours_first = side == common(ours_order) && side != common(theirs_order);
    const std::vector<std::string>& primary = ours_first ? ours_order : theirs_order;
    const std::vector<std::string>& secondary = ours_first ? theirs_order : ours_order;
    std::vector<std::string> order;
    for (const std::string& key : primary)
      if (merged.contains(key)) order.push_back(key);
    for (std::size_t i = 0; i < secondary.size(); ++i) {
      const std::string& key = secondary[i];
      if (!merged.contains(key) || std::find(order.begin(), order.end(), key) != order.end())
        continue;
      // After the nearest item before it on its side that the merge holds; first when none.
      auto at = order.begin();
      for (std::size_t j = i; j-- > 0;) {
        const auto before = std::find(order.begin(), order.end(), secondary[j]);
        if (before != order.end()) {
          at = before + 1;
          break;
        }
      }
      order.insert(at, key);
    }
    std::vector<Item> result;
    for (const std::string& key : order) {
      Item& item = merged.at(key);
      item.rank = static_cast<int>(result.size()) + 1;
      result.push_back(std::move(item));
    }
    return result;
  }

  std::vector<MergeConflict> take_conflicts() { return std::move(conflicts_); }

 private:
  static bool same_item(const Item& a, const Item& b) {
    return a.rank == b.rank && a.key == b.key && a.title == b.title &&
           a.description == b.description && a.subtopics == b.subtopics;
  }
  static std::string title_of(const Item& item) { return shown_text(item.title); }

  std::string edition_;
  ConflictChoice choice_;
  std::vector<MergeConflict> conflicts_;
};

std::string period_text(const std::optional<Period>& period) {
  return period ? std::to_string(period->from) + "-" + std::to_string(period->to)
                : std::string(kNone);
}

}  // namespace

EditionMerge merge_editions(const Edition* base, const Edition& ours, const Edition& theirs,
                            ConflictChoice choice) {
  const Edition empty{ours.series, ours.edition, {}, {}, {}, {}, {}, {}, {}};
  const Edition& b = base != nullptr ? *base : empty;
  Merger merger(ours.id(), choice);
  EditionMerge result;
  Edition& merged = result.merged;
  merged.series = ours.series;
  merged.edition = ours.edition;
  merged.title = merger.texts("the title", b.title, ours.title, theirs.title);
  merged.period = merger.value("the period", b.period, ours.period, theirs.period, period_text);
  merged.adopted = merger.text("the adoption date", b.adopted, ours.adopted, theirs.adopted);
  merged.in_force.from = merger.text("the date in force from", b.in_force.from, ours.in_force.from,
                                     theirs.in_force.from);
  merged.in_force.to =
      merger.text("the date in force to", b.in_force.to, ours.in_force.to, theirs.in_force.to);
  merged.in_force.extended_to = merger.text("the date extended to", b.in_force.extended_to,
                                            ours.in_force.extended_to, theirs.in_force.extended_to);
  merged.in_force.superseded_by =
      merger.text("the edition it is superseded by", b.in_force.superseded_by,
                  ours.in_force.superseded_by, theirs.in_force.superseded_by);
  // Each side's provenance stays with its own revision: the merged edition names the document
  // retrieved last (the same whichever side merges), never a conflict.
  if (ours.provenance == theirs.provenance || theirs.provenance == b.provenance) {
    merged.provenance = ours.provenance;
  } else if (ours.provenance == b.provenance) {
    merged.provenance = theirs.provenance;
  } else {
    const auto order = [](const Provenance& p) {
      return std::tie(p.retrieved, p.source_url, p.note);
    };
    merged.provenance =
        order(ours.provenance) > order(theirs.provenance) ? ours.provenance : theirs.provenance;
  }
  merged.priorities = merger.items(Section::priorities, base != nullptr ? &b.priorities : nullptr,
                                   ours.priorities, theirs.priorities);
  merged.themes = merger.items(Section::themes, base != nullptr ? &b.themes : nullptr, ours.themes,
                               theirs.themes);
  result.conflicts = merger.take_conflicts();
  return result;
}

std::vector<CuratedLink> merge_links(const std::vector<CuratedLink>& base,
                                     const std::vector<CuratedLink>& ours,
                                     const std::vector<CuratedLink>& theirs) {
  const auto holds = [](const std::vector<CuratedLink>& links, const CuratedLink& link) {
    return std::find(links.begin(), links.end(), link) != links.end();
  };
  std::vector<CuratedLink> merged;
  for (const CuratedLink& link : theirs) {
    // Removed here since the base: gone.
    if (holds(base, link) && !holds(ours, link)) continue;
    merged.push_back(link);
  }
  for (const CuratedLink& link : ours) {
    if (!holds(base, link) && !holds(merged, link)) merged.push_back(link);
  }
  return merged;
}

}  // namespace kiv
