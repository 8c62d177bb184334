#pragma once
// Builds the static site of a store: gathers editions, revisions and diffs from the core and
// writes every page (site_pages.hpp) through a SiteWriter. The same store gives byte-identical
// files: nothing of the run (time, paths, machine) goes into them.

#include <string>

#include "kiv/archive.hpp"
#include "progress.hpp"
#include "site/site_writer.hpp"

namespace kiv::cli::site {

struct SiteOptions {
  std::string series;  // only this series; empty: every series
};

// Writes index.html, search.html, search-index.js, style.css and, for each series, a page per
// edition and language, a diff page per pair of consecutive editions (Index::list order) and
// per pair of consecutive revisions of an edition (diffs as kiv diff computes them: the
// series' curated links first); and, when every edition of the series has a language in
// common (the history compares them in one), a timeline page per lineage, the matrix and the
// churn (site_history.hpp). Each pair of consecutive editions is compared once: the diff page's
// diff (or, in another language than the history's, one diff in the history's) gives the
// matrices, the flows and the churn their steps (SeriesSteps). Does not commit the writer. Throws
// Error{not_found} naming the store's series when options.series is not one of them, Error{input}
// for a malformed series id or two pages of one path. Draws `progress` as pages are written.
void build_site(const Archive& archive, const SiteOptions& options, SiteWriter& writer,
                Progress& progress);

}  // namespace kiv::cli::site
