#pragma once
// What the history's modules (timeline.cpp, matrix.cpp, series_stats.cpp) share: a series'
// editions with the history's language, the curated links, and the step between two editions.

#include <cstddef>
#include <string>
#include <vector>

#include "history/history_steps.hpp"
#include "index/history_rows.hpp"
#include "kiv/history.hpp"
#include "kiv/index.hpp"
#include "kiv/links.hpp"

namespace kiv {

// A series as the history reads it.
struct SeriesContext {
  std::string series;
  std::vector<SeriesEdition> editions;  // Index::list order
  std::string lang;                     // the history's language (kiv/history.hpp)
};

// Throws Error{not_found} naming the store's series when `series` has no edition, and
// Error{input} when `requested` is not a language every edition has, or (none requested)
// the editions have no language in common.
SeriesContext load_series(IndexDb& index, const std::string& series, const std::string& requested);

// ---- Curated links ------------------------------------------------------------------------
// The one place where the series' curated links (kiv link, kiv/links.hpp) come into the
// history: series_links reads them (one indexed query; none for a series without links), and
// every step of a pair of consecutive editions pairs their linked items first, as
// diff_editions(from, to, lang, links) does (compare_sections with the oriented links). A
// renamed link between consecutive editions continues a lineage under its new key
// (lineage_keys, and the matrix's rows); a link between editions that are not consecutive
// pairs nothing in the history (its steps are consecutive diffs).
std::vector<CuratedLink> series_links(const Index& index, const std::string& series);

// Whether a link joins the editions at `from` and `to` (indices into context.editions).
bool link_touches(const std::vector<CuratedLink>& links, const SeriesContext& context,
                  std::size_t from, std::size_t to);

// The lineage a key names: that of the item holding `key` in the edition at `anchor` (the
// latest edition with such an item). Its key in each edition is `key`, continued by the renamed
// links between consecutive editions forwards (from the link's new edition on, its new key)
// and backwards (before the link's new edition, its old key). Should `key` itself have been
// renamed away at or before `anchor` (a key reused for a new item), the lineage begins where
// the key was given up: before `begins` the key's items are another lineage's (the keys there
// are the lineage's first, as the matrix names them).
struct LineageKeys {
  std::vector<std::string> keys;  // per edition
  std::size_t begins = 0;         // the first edition whose items with keys[i] are the lineage's
};
LineageKeys lineage_keys(const std::string& key, std::size_t anchor,
                         const std::vector<CuratedLink>& links, const SeriesContext& context);

// The step of one section from the edition at `from` to the one at `to` (indices into
// context.editions; `old_items` and `new_items` their items of that section): compare_sections
// with the links between the two editions, with the history's rank rule applied.
SectionStep series_step(const SeriesContext& context, const std::vector<CuratedLink>& links,
                        std::size_t from, std::size_t to, const std::vector<HistoryItem>& old_items,
                        const std::vector<HistoryItem>& new_items);

// The step of `section` between the editions at `from` and `to` that `given` holds (SeriesSteps),
// with the rank rule applied; when `given` is null or does not hold it, series_step above.
// Throws std::invalid_argument when the step given does not fit `old_items` and `new_items`.
SectionStep series_step(const SeriesContext& context, const std::vector<CuratedLink>& links,
                        std::size_t from, std::size_t to, const std::vector<HistoryItem>& old_items,
                        const std::vector<HistoryItem>& new_items, Section section,
                        const SeriesSteps* given);

// The step read off diff_editions(from, to, lang, links) of the two editions' latest
// revisions (Index::load), without the rank rule: what series_step must agree with.
SectionStep diff_step(const Index& index, const SeriesContext& context, std::size_t from,
                      std::size_t to, Section section, const std::vector<CuratedLink>& links);

// The timeline's name for a diff change kind.
TimelineChange timeline_change_of(ChangeKind kind);

DiffItem diff_item_of(const HistoryItem& item);

}  // namespace kiv
