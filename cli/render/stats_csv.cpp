// kiv stats --format csv and md: its tables for a spreadsheet or a note.

#include "render/csv.hpp"
#include "render/history_render.hpp"
#include "render/markdown.hpp"

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

std::string render_stats_markdown(const SeriesStats& stats) {
  std::string out = "# " + escape_markdown(stats.series) + "\n\n" +
                    counted(static_cast<int>(stats.editions.size()), "edition") + ", " +
                    counted(static_cast<int>(stats.steps.size()), "step") + ", in " +
                    escape_markdown(stats.lang) +
                    ".\n\n| edition | priorities | themes |\n| --- | ---: | ---: |\n";
  for (const SeriesStats::EditionCounts& edition : stats.editions) {
    out += "| " + escape_markdown(edition.edition) + " | " + std::to_string(edition.priorities) +
           " | " + std::to_string(edition.themes) + " |\n";
  }
  if (stats.steps.empty()) return out;
  out +=
      "\n| from | to | added | removed | changed | unchanged | split | merged |\n"
      "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n";
  for (const SeriesStats::Step& step : stats.steps) {
    const ChurnCounts& c = step.churn;
    out += "| " + escape_markdown(step.from) + " | " + escape_markdown(step.to) + " |";
    for (const int count : {c.added, c.removed, c.changed, c.unchanged, c.split, c.merged})
      out += " " + std::to_string(count) + " |";
    out += "\n";
  }
  return out;
}

}  // namespace kiv::cli
