// kiv stats --format csv.

#include "render/csv.hpp"
#include "render/history_render.hpp"

namespace kiv::cli {

std::string render_stats_csv(const SeriesStats& stats) {
  std::vector<std::vector<std::string>> rows = {{"edition", "priorities", "themes", "added",
                                                 "removed", "changed", "unchanged", "split",
                                                 "merged"}};
  for (std::size_t e = 0; e < stats.editions.size(); ++e) {
    const SeriesStats::EditionCounts& edition = stats.editions[e];
    std::vector<std::string> row = {edition.edition, std::to_string(edition.priorities),
                                    std::to_string(edition.themes)};
    const SeriesStats::Step* step = nullptr;
    for (const SeriesStats::Step& candidate : stats.steps)
      if (candidate.to == edition.edition) step = &candidate;
    if (step != nullptr) {
      const ChurnCounts& c = step->churn;
      for (const int count : {c.added, c.removed, c.changed, c.unchanged, c.split, c.merged})
        row.push_back(std::to_string(count));
    } else {
      row.resize(9);
    }
    rows.push_back(std::move(row));
  }
  return csv_table(rows);
}

}  // namespace kiv::cli
