#pragma once
// The history pages of the site (kiv/history.hpp): a timeline page per lineage, and per
// series the matrix of its priorities and themes and the churn between its editions, both as
// inline SVG from the history renderers (render/history_render.hpp).
//
// The timeline pages come from the matrices (matrix_timeline): a series of 100 editions has
// some 10,000 lineages, and kiv::timeline, some 20 ms each, would take minutes; one matrix per
// section follows them all in one pass, by the same rules.

#include <map>
#include <string>
#include <vector>

#include "kiv/flow.hpp"
#include "kiv/history.hpp"

namespace kiv::cli::site {

// One lineage: a row of the matrix of its section.
struct Lineage {
  const Matrix* matrix = nullptr;
  std::size_t row = 0;
};

// The lineages of a series by the key of their timeline page, and which page shows each key.
class SeriesLineages {
 public:
  // From the matrices of both sections, kept by reference.
  SeriesLineages(const Matrix& priorities, const Matrix& themes);

  // The key of the page showing `key`'s lineage: `key` when a row of the matrices has it; for
  // a key that a curated renamed link continued under another, the lineage's latest key; null
  // when none (such a key is shown without a link).
  const std::string* page_key(const std::string& key) const;

  // Per page key, its lineages: one per section the key is in (priorities first).
  const std::map<std::string, std::vector<Lineage>>& pages() const { return pages_; }

  const Matrix& priorities() const { return priorities_; }
  const Matrix& themes() const { return themes_; }

 private:
  const Matrix& priorities_;
  const Matrix& themes_;
  std::map<std::string, std::vector<Lineage>> pages_;
  std::map<std::string, const std::string*> older_keys_;  // renamed away -> its page's key
};

// SERIES/timeline/KEY.html: the timeline of each lineage keyed KEY (matrix_timeline; one per
// section the key is in), one row per edition (runs of editions without the item in one row):
// the item's rank and title with a link to it on the edition's page, its change with a link
// to the diff of the step, and the other items of a split, merge or pairing across keys with
// links to their timelines.
std::string timeline_page(const SeriesLineages& lineages, const std::string& key);

// SERIES/matrix.html: per section the matrix as a table (matrix_table_html), each lineage's
// latest wording linking to its timeline, each edition to its page.
std::string matrix_page(const SeriesLineages& lineages);

// SERIES/flow.html: per section the flow of the series (render/flow_render.hpp) as SVG, with
// links to the matrix and the churn. The flows may be cut to the latest kSiteFlowEditions of
// the series' `editions` editions, which the page then says.
inline constexpr std::size_t kSiteFlowEditions = 12;
std::string flow_page(const Flow& priorities, const Flow& themes, std::size_t editions);

// SERIES/stats.html: the churn chart as SVG, then per step its counts (with a link to the
// diff) and per edition its item counts. The builder counts the churn off the diffs of the diff
// pages (add_edition), with the series' curated links, rather than diffing every pair again
// through series_stats.
std::string stats_page(const SeriesStats& stats);

}  // namespace kiv::cli::site
