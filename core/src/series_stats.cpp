// series_stats: the item counts of each edition of a series and the kiv diff counts of each
// pair of consecutive editions (diff_editions of their latest revisions, loaded from git, with
// the series' curated links).

#include "history_series.hpp"
#include "index/index_db.hpp"
#include "kiv/error.hpp"

namespace kiv {

ChurnCounts churn_counts(const EditionDiff& diff) {
  ChurnCounts churn;
  for (const Section section : kSections) {
    const SectionDiff& changes = diff.section(section);
    churn.added += changes.count(ChangeKind::added);
    churn.removed += changes.count(ChangeKind::removed);
    churn.changed += changes.count(ChangeKind::changed);
    churn.unchanged += changes.count(ChangeKind::unchanged);
    churn.split += changes.count(ChangeKind::split);
    churn.merged += changes.count(ChangeKind::merged);
  }
  return churn;
}

SeriesStats series_stats(const Index& index, const std::string& series, const std::string& lang) {
  const SeriesContext context = load_series(IndexDb::of(index), series, lang);
  SeriesStats stats{series, context.lang, {}, {}};
  const std::vector<CuratedLink> links = series_links(index, series);
  std::optional<Edition> previous;
  for (const EditionSummary& summary : series_editions(index, series)) {
    Edition edition = index.load(summary.latest);
    stats.editions.push_back({edition.edition, static_cast<int>(edition.priorities.size()),
                              static_cast<int>(edition.themes.size())});
    if (previous) {
      stats.steps.push_back({previous->edition, edition.edition,
                             churn_counts(diff_editions(*previous, edition, context.lang, links))});
    }
    previous = std::move(edition);
  }
  return stats;
}

}  // namespace kiv
