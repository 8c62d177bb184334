#pragma once
// What the history's modules (timeline.cpp, matrix.cpp, series_stats.cpp) share: a series'
// editions with the history's language, the curated links, and the step between two editions.

#include <cstddef>
#include <string>
#include <vector>

#include "history_index.hpp"
#include "history_steps.hpp"
#include "kiv/history.hpp"
#include "kiv/store.hpp"

namespace kiv {

// A series as the history reads it.
struct SeriesContext {
  std::string series;
  std::vector<SeriesEdition> editions;  // Store::list order
  std::string lang;                     // the history's language (kiv/history.hpp)
};

// Throws Error{not_found} naming the store's series when `series` has no edition, and
// Error{input} when `requested` is not a language every edition has, or (none requested)
// the editions have no language in common.
SeriesContext load_series(IndexDb& index, const std::string& series, const std::string& requested);

// ---- Curated links ------------------------------------------------------------------------
// kiv link (kiv/links.hpp, built on another branch) records curated links between items of
// two editions: `renamed` (the old item continues as the new one), `split`, `merged`. THIS IS
// THE ONE PLACE WHERE THE SERIES' LINKS COME INTO THE HISTORY: once kiv/links.hpp is merged,
// series_links returns curated_links(store, series) converted to HistoryLink, and diff_step
// (history.cpp) passes them to diff_editions(from, to, lang, links). Everything downstream
// already uses them: a pair of editions that a link touches is compared by the real diff
// (diff_step), not by compare_sections, so that the link takes precedence over the matcher;
// and a renamed link continues a timeline under its new key (lineage_keys). Until then a
// series has no curated links.
struct HistoryLink {
  std::string from_edition;
  std::string from_key;
  std::string to_edition;
  std::string to_key;
  bool renamed = false;  // else split or merged
};
std::vector<HistoryLink> series_links(const Store& store, const std::string& series);

// Whether a link joins the editions at `from` and `to` (indices into context.editions).
bool link_touches(const std::vector<HistoryLink>& links, const SeriesContext& context,
                  std::size_t from, std::size_t to);

// The key of a lineage in each edition of the series: `key`, continued by renamed links
// forwards (from the link's new edition on, its new key) and backwards (before the link's new
// edition, its old key).
std::vector<std::string> lineage_keys(const std::string& key, const std::vector<HistoryLink>& links,
                                      const SeriesContext& context);

// The step of one section from the edition at `from` to the one at `to` (indices into
// context.editions; `old_items` and `new_items` their items of that section): compare_sections,
// or the real diff when a link touches the pair; with the history's rank rule applied.
SectionStep series_step(const Store& store, const SeriesContext& context,
                        const std::vector<HistoryLink>& links, std::size_t from, std::size_t to,
                        Section section, const std::vector<HistoryItem>& old_items,
                        const std::vector<HistoryItem>& new_items);

// The step read off diff_editions of the two editions' latest revisions loaded from git.
SectionStep diff_step(const Store& store, const SeriesContext& context, std::size_t from,
                      std::size_t to, Section section, const std::vector<HistoryLink>& links);

// The timeline's name for a diff change kind.
TimelineChange timeline_change_of(ChangeKind kind);

DiffItem diff_item_of(const HistoryItem& item);

// profile_title(title).normalized (similarity.hpp), without Unicode folding for ASCII text.
std::string normalized_title(std::string_view title);

}  // namespace kiv
