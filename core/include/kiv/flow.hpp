#pragma once
// The flow of a series: its editions as columns, each edition's items of one section as nodes
// in rank order, and one band for every continuation between consecutive editions, as the
// history (kiv/history.hpp) and `kiv diff` pair them (one step per pair of editions, curated
// links first): a pair (unchanged or changed) is one band, a split one band from the item to
// each of its parts, a merge one band from each merged item to the item they became. An item
// that appears (added) has no band coming in; one that is removed has none going out. Plain
// data: the CLI draws it (kiv flow, the site's series pages).

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "kiv/diff.hpp"
#include "kiv/history.hpp"
#include "kiv/index.hpp"

namespace kiv {

// One item of one edition.
struct FlowNode {
  std::string key;  // empty when it has none
  int rank = 0;
  std::string title;  // in Flow::lang
  // How it came from the edition before (its bands in): added, unchanged, changed (aspects),
  // split (a part) or merged (what items became). `added` in the first edition of the flow.
  TimelineChange change = TimelineChange::added;
  std::vector<Aspect> aspects;
  // Removed in the next edition: no band goes out of it. False in the last edition.
  bool removed_next = false;
};

// One continuation from a node of one edition to a node of the next.
struct FlowBand {
  std::size_t from = 0;                               // index into the earlier column's nodes
  std::size_t to = 0;                                 // index into the later column's nodes
  TimelineChange change = TimelineChange::unchanged;  // unchanged, changed, split or merged
  std::vector<Aspect> aspects;                        // for changed
  std::optional<MatchKind> match;                     // how the diff paired them
};

struct FlowColumn {
  std::string edition;          // edition id
  std::vector<FlowNode> nodes;  // by rank
  std::vector<FlowBand> bands;  // to the next column (empty in the last one), by from, then to
};

struct Flow {
  std::string series;
  std::string lang;
  Section section = Section::priorities;
  std::vector<FlowColumn> columns;  // oldest first
};

// The flow of one section of `series` in `lang` (the history's language rule), over the
// editions of `span` (all by default; as within(series_flow(...), span) gives it, comparing
// only the editions it shows and the one before them). Throws Error{not_found} for an unknown
// series or an edition of `span` it does not have, Error{input} for a language not every
// edition has or a `span` out of order.
Flow series_flow(const Index& index, const std::string& series, Section section,
                 const std::string& lang = {}, const EditionSpan& span = {});

// series_flow() in steps.lang(), its steps taken from `steps` as matrix(index, series,
// section, steps) takes them (kiv/history.hpp). Throws as both.
Flow series_flow(const Index& index, const std::string& series, Section section,
                 const SeriesSteps& steps, const EditionSpan& span = {});

// The flow cut to the editions of `span` (kiv/history.hpp): their columns, the bands between
// them; the first column's nodes keep how they came from the edition before it.
Flow within(const Flow& flow, const EditionSpan& span);

}  // namespace kiv
