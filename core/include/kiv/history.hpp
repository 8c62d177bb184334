#pragma once
// A series through its editions: one item's lineage (timeline), every item against every
// edition (matrix), and the churn between consecutive editions (stats). Plain data; the CLI and
// the site render it.
//
// An item's lineage is its key across the editions of the series (keys come from the bundled
// files or from key inheritance on import, which gives every stored item one), continued across
// a curated `renamed` link (kiv link) from one key to another.
//
// Curated links (kiv/links.hpp) between two consecutive editions pair their items before
// anything else, as `kiv diff` pairs them (MatchKind::curated):
//  - `renamed` OLD -> NEW: one lineage. The timeline of either key shows the item under OLD
//    up to the link and under NEW from it on; at the link's new edition it is `changed` or
//    `unchanged`, match curated, `related` the item under OLD. The matrix has one row for it,
//    keyed NEW (the latest key), each cell with the key it had there. Links chain
//    (a -> b -> c is one lineage).
//  - `split` and `merged`: `split` / `merged` with match curated and the related items, as
//    when the matcher finds a split or merge; each key keeps its own lineage.
// A link between editions that are not consecutive (one in between) pairs nothing in the
// history: its steps are the diffs of consecutive editions. series_stats counts what
// diff_editions with the series' links says.
//
// What happened to an item between two consecutive editions is what `kiv diff` of those two
// editions (their latest revisions) says of it, in the history's language, with one rule of
// its own for ranks:
//  - `changed` [rank] means the item moved among the others: the diff says it moved (it is
//    outside the longest run of paired items that kept their order) AND its rank number
//    differs. An item renumbered only because items were added or removed before it, or one
//    that kept its number, is not `rank`-changed (it may be `unchanged`, its ranks still show).
//    Of an item that jumped to the top and those it passed, only the jumper moved.
//  - `wording`: its title differs; `description`, `subtopics`: those differ (in the language).
// The timeline and the matrix compute this from the index without loading editions from git
// (the items paired by key are paired first, as the diff pairs them; only the items left over
// on both sides are matched by title, split and merge, by the diff's own matcher), which
// gives the diff's pairing and moves; series_stats runs the diff itself.
//
// Language: every edition of the series must have it (the diff compares two editions in a
// language both have). Empty: nl when every edition has it, else the first language (in
// alphabetical order) that every edition has.

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kiv/diff.hpp"
#include "kiv/edition.hpp"
#include "kiv/index.hpp"

namespace kiv {

// The editions of `series` in their order: by period, editions without one after, as
// Index::list sorts them; each with its latest revision. Throws Error{not_found} naming the
// series that exist when there is no such series.
std::vector<EditionSummary> series_editions(const Index& index, const std::string& series);

// The language the history compares `editions` in when none is asked for (the language rule
// above): nl when every edition has it, else the first, in alphabetical order, that every
// edition has; empty when they have none in common. `editions` as series_editions gives them.
std::string history_language(const std::vector<EditionSummary>& editions);

// What `kiv diff REF` compares REF with: the revision before it when REF names a revision
// after the first (kiv/2022-2024@2 -> @1); otherwise the edition before REF's in its series
// (series_editions' order), at its latest revision. Throws Error{not_found} as Index::resolve,
// and Error{not_found} saying so when there is nothing before it.
RevisionInfo revision_before(const Index& index, const Ref& ref);

// What happened to an item in one edition, from the edition before it.
enum class TimelineChange { added, unchanged, changed, split, merged, removed, absent };
std::string_view timeline_change_name(TimelineChange change) noexcept;  // "added", ...

struct TimelineEntry {
  std::string edition;  // edition id, e.g. "2022-2024"
  TimelineChange change = TimelineChange::absent;
  // The lineage's item as worded in this edition: the item with the lineage's key; or, when
  // that key is gone and the diff paired the previous edition's item with an item of another
  // key (by identical or similar title), that item (then item->key differs from the
  // lineage's key in this edition, and the lineage does not continue under it). None when the
  // edition has neither: removed, split or merged away, absent.
  std::optional<DiffItem> item;
  std::vector<Aspect> aspects;     // for changed: what changed
  std::optional<MatchKind> match;  // how the item was paired with the previous edition's
  // The other items of a split or merge, or of a pairing across keys: for split, the items
  // the lineage's item became (the entry has no item), or the item it was split from (this
  // edition's item is one of the parts); for merged, the item the lineage's item was merged
  // into (no item), or the other items merged into this edition's item; for an item that
  // took over another key's item by title (its key is new here), or that continues it across
  // a renamed link, that previous item.
  std::vector<DiffItem> related;
  // The lineage's key in this edition: Timeline::key, or across a renamed link the key
  // before or after it.
  std::string key;
};

struct Timeline {
  std::string series;
  std::string key;  // the key asked for
  std::string lang;
  // The section the key is in: of the latest edition that has it (priorities first when it is
  // in both); the lineage is followed in that section.
  Section section = Section::priorities;
  std::vector<TimelineEntry> entries;  // one per edition of the series, oldest first
};

// The lineage of the item keyed `key` in `series`, in `lang` (see the language rule above).
// An edition after the first: `added` when the item appears unpaired; `unchanged` or
// `changed` (aspects) when paired with the previous edition's item; `split` or `merged` per
// the diff; `removed` in the first edition after its last presence; `absent` when the item
// is not there and was not there before. The series' first edition: `added` or `absent`.
// Throws Error{not_found} for an unknown series or when no edition of the series has an item
// with that key, Error{input} for a malformed key or a language not every edition has.
Timeline timeline(const Index& index, const std::string& series, const std::string& key,
                  const std::string& lang = {});

// The keys of the items of `series` whose title, in any language and in any edition's latest
// revision, is `title` once case, diacritics, punctuation and spacing are folded (as the
// diff's `exact` match folds them); sorted, without repeats. Empty when none is.
std::vector<std::string> keys_titled(const Index& index, const std::string& series,
                                     std::string_view title);

// One cell of the matrix: the lineage in one edition, as its timeline entry says it.
struct MatrixCell {
  std::optional<int> rank;  // none: the lineage has no item in this edition
  // From the previous edition, as in a timeline: `absent` for a cell without an item, except
  // the first one after the item's last presence (removed, split, merged; or unchanged /
  // changed when the diff paired the item with an item of another key, which is `related`).
  TimelineChange change = TimelineChange::absent;
  std::vector<Aspect> aspects;     // for changed
  std::optional<MatchKind> match;  // as TimelineEntry::match
  std::string title;               // as worded in this edition; empty without an item
  // The other items of a split, merge or pairing across keys, as TimelineEntry::related; and
  // for a cell without an item whose item was paired with an item of another key, that item.
  std::vector<DiffItem> related;
  // The lineage's key here: its item's, or for a cell without one after its last presence the
  // last item's; empty in the absent cells between. Differs from MatrixRow::key before a
  // renamed link.
  std::string key;
};

// One row of the matrix: one lineage. Its cells cover the editions from its first appearance
// to the edition after its last presence (or the last edition); every other cell is absent.
struct MatrixRow {
  std::string key;                // the lineage's latest key (after its renamed links)
  std::string title;              // its latest wording
  std::size_t first = 0;          // index into Matrix::editions of cells.front()
  std::vector<MatrixCell> cells;  // editions first, first + 1, ...

  // The cell of the edition at `index` in Matrix::editions (an absent cell outside `cells`).
  const MatrixCell& cell(std::size_t index) const;
};

struct Matrix {
  std::string series;
  std::string lang;
  Section section = Section::priorities;
  std::vector<std::string> editions;  // oldest first
  std::vector<MatrixRow> rows;        // by first appearance, then by rank there
};

// Every lineage of one section of `series` against its editions, in `lang` (the language
// rule above). Throws Error{not_found} for an unknown series, Error{input} for a language not
// every edition has.
Matrix matrix(const Index& index, const std::string& series, Section section,
              const std::string& lang = {});

// The steps of a series' history read off diffs the caller has made already. A caller that
// diffs every pair of consecutive editions anyway (the site, for its diff pages) hands them
// over, and the matrix and the flow take their pairing from them instead of running the
// diff's matcher a second time: the same result (what the history says is what kiv diff
// says), one comparison per pair. Holds per step and section the positions, kinds and
// aspects of the changes, no texts.
class SeriesSteps {
 public:
  explicit SeriesSteps(std::string lang);
  ~SeriesSteps();
  SeriesSteps(SeriesSteps&&) noexcept;
  SeriesSteps& operator=(SeriesSteps&&) noexcept;

  // Records the step from edition `from` to edition `to` (ids of consecutive editions of the
  // series): `diff` must be diff_editions of their latest revisions in lang(), with the
  // series' curated links, as kiv diff makes it. Throws std::invalid_argument for a diff in
  // another language, or one whose ranks on either side are not 1 to N, each once. A later add
  // of the same two editions replaces the step.
  void add(const std::string& from, const std::string& to, const EditionDiff& diff);

  const std::string& lang() const;
  std::size_t size() const;  // steps recorded

  struct Impl;  // the history's own view (core/src/history/history_steps.hpp)
  const Impl& impl() const { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

// matrix() in steps.lang(), each step between consecutive editions taken from `steps` when it
// holds it (then with the history's rule for ranks), else computed. Throws as matrix(), and
// std::invalid_argument when a step given does not fit the editions' items in the index
// (another number of items on either side: a diff of other editions or revisions).
Matrix matrix(const Index& index, const std::string& series, Section section,
              const SeriesSteps& steps);

// A span of a series' editions, oldest first, as --from, --to and --last name it: from the
// edition `from` to the edition `to` (edition ids, both included; empty: the first, the last),
// then of those the `last` latest (0: all).
struct EditionSpan {
  std::string from;
  std::string to;
  int last = 0;
  bool all() const { return from.empty() && to.empty() && last == 0; }
};

// The positions [first, end) of `editions` (ids, oldest first) that `span` keeps. Throws
// Error{not_found} for a `from` or `to` not among them (naming those there are), Error{input}
// for a `from` after `to` or a negative `last`.
std::pair<std::size_t, std::size_t> span_positions(const std::vector<std::string>& editions,
                                                   const EditionSpan& span);

// The matrix cut to the editions of `span`: their columns, and the rows that have an item, or
// a change (removed, split, merged), in one of them. The marks of the first edition kept are
// still those from the edition before it.
Matrix within(const Matrix& matrix, const EditionSpan& span);

// The timeline cut to the entries of the editions of `span`.
Timeline within(const Timeline& timeline, const EditionSpan& span);

// The timeline of the matrix's row at `row`, as timeline() gives it for that row's key (in the
// matrix's section), without reading the store: to show every lineage of a series (one matrix
// per section, then one call per row) at the cost of one matrix. A key in both sections has a
// row in each matrix; timeline() follows the one of its latest edition, priorities first.
Timeline matrix_timeline(const Matrix& matrix, std::size_t row);

// Churn between two consecutive editions: the kiv diff summary counts, both sections together.
struct ChurnCounts {
  int added = 0, removed = 0, changed = 0, unchanged = 0, split = 0, merged = 0;
  int total() const { return added + removed + changed + unchanged + split + merged; }
};

// The counts of a diff, both sections together: what series_stats counts for each step.
ChurnCounts churn_counts(const EditionDiff& diff);

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

// Per edition its item counts; per pair of consecutive editions the counts of kiv diff
// (diff_editions of their latest revisions, read from the index by Index::load) in
// `lang` (the language rule above). Throws Error{not_found} for an unknown series, Error{input} for
// a language not every edition has.
SeriesStats series_stats(const Index& index, const std::string& series,
                         const std::string& lang = {});

// Adds `edition`, the next edition of stats.series (oldest first), to `stats` as series_stats
// counts it: its items and, after the first edition, the step from the edition before it,
// counted off `from_previous` (diff_editions of the two in stats.lang; required then:
// std::invalid_argument without it; ignored for the first). For callers that have the diffs
// already, as the site does.
void add_edition(SeriesStats& stats, const Edition& edition, const EditionDiff* from_previous);

}  // namespace kiv
