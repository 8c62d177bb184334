#pragma once
// A series through its editions: one item's lineage (timeline), every item against every
// edition (matrix), and the churn between consecutive editions (stats). Plain data; the CLI and
// the site render it.
//
// An item's lineage is its key across the editions of the series (keys come from the bundled
// files or from key inheritance on import), continued across a curated link (kiv link) from
// one key to another.

#include <optional>
#include <string>
#include <vector>

#include "kiv/diff.hpp"
#include "kiv/edition.hpp"
#include "kiv/store.hpp"

namespace kiv {

// The editions of `series` in their order: by period, editions without one after, as
// Store::list sorts them; each with its latest revision. Throws Error{not_found} naming the
// series that exist when there is no such series.
std::vector<EditionSummary> series_editions(const Store& store, const std::string& series);

// What happened to an item in one edition, from the edition before it.
enum class TimelineChange { added, unchanged, changed, split, merged, removed, absent };
std::string_view timeline_change_name(TimelineChange change) noexcept;  // "added", ...

struct TimelineEntry {
  std::string edition;             // edition id, e.g. "2022-2024"
  TimelineChange change = TimelineChange::absent;
  // The item as worded in this edition; none for removed and absent.
  std::optional<DiffItem> item;
  std::vector<Aspect> aspects;     // for changed
  std::optional<MatchKind> match;  // how it was paired with the previous edition's item
  // For split: the items the previous one became; for merged: the items that became this one.
  std::vector<DiffItem> related;
};

struct Timeline {
  std::string series;
  std::string key;  // the key asked for
  std::string lang;
  Section section = Section::priorities;
  std::vector<TimelineEntry> entries;  // one per edition of the series, oldest first
};

// The lineage of the item keyed `key` in `series`, in `lang` (empty: nl when the editions
// have it, else the first language they have). Throws Error{not_found} when no edition of
// the series has an item with that key, Error{input} for a malformed key or a language no
// edition has.
Timeline timeline(const Store& store, const std::string& series, const std::string& key,
                  const std::string& lang = {});

// One row of the matrix: one lineage, one cell per edition.
struct MatrixCell {
  std::optional<int> rank;  // none: the lineage has no item in this edition
  TimelineChange change = TimelineChange::absent;
  std::string title;        // as worded in this edition
};

struct MatrixRow {
  std::string key;    // the lineage's latest key
  std::string title;  // its latest wording
  std::vector<MatrixCell> cells;  // one per Matrix::editions
};

struct Matrix {
  std::string series;
  std::string lang;
  Section section = Section::priorities;
  std::vector<std::string> editions;  // oldest first
  std::vector<MatrixRow> rows;        // by first appearance, then by rank there
};

Matrix matrix(const Store& store, const std::string& series, Section section,
              const std::string& lang = {});

// Churn between two consecutive editions: the kiv diff summary counts, both sections together.
struct ChurnCounts {
  int added = 0, removed = 0, changed = 0, unchanged = 0, split = 0, merged = 0;
};

struct SeriesStats {
  struct EditionCounts {
    std::string edition;
    int priorities = 0;
    int themes = 0;
  };
  struct Step {
    std::string from;  // edition ids
    std::string to;
    ChurnCounts churn;
  };
  std::string series;
  std::string lang;
  std::vector<EditionCounts> editions;  // oldest first
  std::vector<Step> steps;              // one per pair of consecutive editions
};

SeriesStats series_stats(const Store& store, const std::string& series,
                         const std::string& lang = {});

}  // namespace kiv
