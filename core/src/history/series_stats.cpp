// series_stats: the item counts of each edition of a series and the kiv diff counts of each
// pair of consecutive editions (diff_editions of their latest revisions, loaded from git, with
// the series' curated links).

#include <stdexcept>

#include "history/history_series.hpp"
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

void add_edition(SeriesStats& stats, const Edition& edition, const EditionDiff* from_previous) {
  if (!stats.editions.empty()) {
    if (from_previous == nullptr) {
      throw std::invalid_argument("add_edition: " + edition.id() + " comes without its diff");
    }
    stats.steps.push_back(
        {stats.editions.back().edition, edition.edition, churn_counts(*from_previous)});
  }
  stats.editions.push_back({edition.edition, static_cast<int>(edition.priorities.size()),
                            static_cast<int>(edition.themes.size())});
}

SeriesStats series_stats(const Index& index, const std::string& series, const std::string& lang) {
  const SeriesContext context = load_series(IndexDb::of(index), series, lang);
  SeriesStats stats{series, context.lang, {}, {}};
  const std::vector<CuratedLink> links = series_links(index, series);
  std::optional<Edition> previous;
  for (const EditionSummary& summary : series_editions(index, series)) {
    Edition edition = index.load(summary.latest);
    std::optional<EditionDiff> diff;
    if (previous) diff = diff_editions(*previous, edition, context.lang, links);
    add_edition(stats, edition, diff ? &*diff : nullptr);
    previous = std::move(edition);
  }
  return stats;
}

}  // namespace kiv
