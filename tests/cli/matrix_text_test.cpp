// The matrix and timeline as text fit the terminal's width: titles cut, and the oldest
// editions left out (and said to be) when their columns alone would not fit.

#include <gtest/gtest.h>

#include "kiv/text.hpp"
#include "render/history_render.hpp"

namespace kiv::cli {
namespace {

// A matrix of `editions` editions and two lineages, one with a long title.
Matrix wide_matrix(int editions) {
  Matrix matrix{"kiv", "nl", Section::priorities, {}, {}};
  MatrixRow short_row{"drugs", "drugs", 0, {}};
  MatrixRow long_row{"geweldcriminaliteit",
                     "geweldcriminaliteit, aantasting van de persoonlijke integriteit en "
                     "discriminatie: intrafamiliaal geweld, seksueel geweld en kindermisbruik",
                     0,
                     {}};
  for (int e = 0; e < editions; ++e) {
    matrix.editions.push_back(std::to_string(2000 + 3 * e) + "-" + std::to_string(2002 + 3 * e));
    MatrixCell cell;
    cell.rank = 1;
    cell.change = e == 0 ? TimelineChange::added : TimelineChange::unchanged;
    cell.title = short_row.title;
    short_row.cells.push_back(cell);
    cell.rank = 2;
    cell.title = long_row.title;
    long_row.cells.push_back(cell);
  }
  matrix.rows = {short_row, long_row};
  return matrix;
}

std::size_t widest_line(const std::string& text, std::size_t* lines_counted = nullptr) {
  std::size_t widest = 0;
  std::size_t start = 0;
  std::size_t lines = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(start, end - start);
    // The legend and the note are prose, which the terminal wraps: only the table counts.
    if (line.find("  ") != std::string::npos)
      widest = std::max(widest, count_code_points(line)), ++lines;
    start = end + 1;
  }
  if (lines_counted != nullptr) *lines_counted = lines;
  return widest;
}

TEST(MatrixText, FitsTheTerminalByCuttingTitlesThenLeavingOutTheOldestEditions) {
  const Style plain(false);
  const std::string unlimited = render_matrix_text(wide_matrix(12), plain);
  EXPECT_GT(widest_line(unlimited), 150U);
  EXPECT_EQ(unlimited.find("left out"), std::string::npos);

  const std::string fitted = render_matrix_text(wide_matrix(12), plain, 80);
  std::size_t lines = 0;
  EXPECT_LE(widest_line(fitted, &lines), 80U) << fitted;
  EXPECT_EQ(lines, 3U);  // the header and both rows
  EXPECT_NE(fitted.find("older editions are left out to fit the terminal"), std::string::npos);
  EXPECT_NE(fitted.find("2033-2035"), std::string::npos);  // the latest is kept
  EXPECT_EQ(fitted.find("2000-2002"), std::string::npos);  // the oldest is not
  EXPECT_NE(fitted.find("…"), std::string::npos);          // the long title is cut

  // Two editions fit in 80 columns: only the title is cut.
  const std::string two = render_matrix_text(wide_matrix(2), plain, 80);
  EXPECT_LE(widest_line(two), 80U) << two;
  EXPECT_EQ(two.find("left out"), std::string::npos);
  EXPECT_NE(two.find("2000-2002"), std::string::npos);
}

TEST(TimelineText, CutsTitlesToTheTerminal) {
  Timeline timeline{"kiv", "geweldcriminaliteit", "nl", Section::priorities, {}};
  TimelineEntry entry;
  entry.edition = "2016-2019";
  entry.change = TimelineChange::added;
  entry.item = DiffItem{};
  entry.item->rank = 6;
  entry.item->key = "geweldcriminaliteit";
  entry.item->title = wide_matrix(1).rows[1].title;
  timeline.entries.push_back(entry);
  const Style plain(false);
  EXPECT_GT(widest_line(render_timeline_text(timeline, plain)), 100U);
  const std::string fitted = render_timeline_text(timeline, plain, 60);
  EXPECT_LE(widest_line(fitted), 60U) << fitted;
  EXPECT_NE(fitted.find("geweldcriminaliteit, aantasting"), std::string::npos) << fitted;
}

}  // namespace
}  // namespace kiv::cli
