#pragma once
// The history pages of the site (kiv/history.hpp): a timeline page per lineage, and per
// series the matrix of its priorities and themes and the churn between its editions, both as
// inline SVG from the history renderers (render/history_render.hpp).
//
// The timeline pages are read off the matrix, which follows every lineage of a section in one
// pass (one step per pair of consecutive editions), by the same rules as kiv::timeline: a
// series of 100 editions has some 10,000 lineages, and kiv::timeline, some 20 ms each, would
// take minutes.

#include <map>
#include <string>
#include <vector>

#include "kiv/history.hpp"

namespace kiv::cli::site {

// One lineage as the matrix of its section shows it.
struct Lineage {
  const Matrix* matrix = nullptr;
  const MatrixRow* row = nullptr;
};

// The lineages of a series by the key of their timeline page, and which page shows each key.
class SeriesLineages {
 public:
  // From the matrices of both sections, kept by reference.
  SeriesLineages(const Matrix& priorities, const Matrix& themes);

  // The key of the page showing `key`'s lineage, which is `key` when a row of the matrices
  // has it; null when none does (an older key of a lineage the matrix follows under a newer
  // one): such keys are shown without a link.
  const std::string* page_key(const std::string& key) const;

  // Per page key, its lineages: one per section the key is in (priorities first).
  const std::map<std::string, std::vector<Lineage>>& pages() const { return pages_; }

  const Matrix& priorities() const { return priorities_; }
  const Matrix& themes() const { return themes_; }

 private:
  const Matrix& priorities_;
  const Matrix& themes_;
  std::map<std::string, std::vector<Lineage>> pages_;
};

// SERIES/timeline/KEY.html: per lineage, one row per edition (runs of editions without the
// item in one row): the item's rank and title with a link to it on the edition's page, its
// change with a link to the diff of the step, and the keys of the other items of a split,
// merge or pairing across keys with links to their timelines.
std::string timeline_page(const SeriesLineages& lineages, const std::string& key);

// SERIES/matrix.html: per section the matrix as SVG, then every lineage with a link to its
// timeline.
std::string matrix_page(const SeriesLineages& lineages);

// SERIES/stats.html: the churn chart as SVG, then per step its counts (with a link to the
// diff) and per edition its item counts.
std::string stats_page(const SeriesStats& stats);

}  // namespace kiv::cli::site
