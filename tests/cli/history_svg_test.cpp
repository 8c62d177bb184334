// The history's pictures. kiv stats --format svg: the change in front (unchanged items not
// stacked, but counted under each bar), an axis with ticks, both editions of each step, a
// colour per kind of change. kiv timeline --format svg: the rank through the editions.

#include <gtest/gtest.h>

#include <string>

#include "render/history_render.hpp"
#include "svg_checks.hpp"

namespace kiv::cli {
namespace {

SeriesStats two_steps() {
  SeriesStats stats;
  stats.series = "demo";
  stats.lang = "nl";
  stats.editions = {{"2001-2002", 10, 5}, {"2003-2004", 11, 5}, {"2005-2006", 11, 5}};
  ChurnCounts first;
  first.unchanged = 140;  // far more than the changes: it must not flatten them
  first.changed = 3;
  first.added = 2;
  first.removed = 1;
  ChurnCounts second;
  second.unchanged = 150;
  second.split = 1;
  second.merged = 1;
  stats.steps = {{"2001-2002", "2003-2004", first}, {"2003-2004", "2005-2006", second}};
  return stats;
}

TEST(StatsSvg, DrawsTheChangesAndCountsTheUnchangedUnderTheBars) {
  const std::string svg = render_stats_svg(two_steps());
  // No bar of the unchanged colour: 140 unchanged items are a number, not a layer.
  const std::string unchanged =
      "fill=\"" + std::string(change_colour(TimelineChange::unchanged, {})) + "\"";
  EXPECT_EQ(svg.find(unchanged), std::string::npos) << svg;
  EXPECT_NE(svg.find(">140</text>"), std::string::npos) << svg;
  EXPECT_NE(svg.find(">150</text>"), std::string::npos) << svg;
  // The bars' totals (6 and 2), and the axis: ticks of 2 up to the first above the largest bar.
  EXPECT_NE(svg.find("font-weight=\"bold\">6</text>"), std::string::npos) << svg;
  EXPECT_NE(svg.find("font-weight=\"bold\">2</text>"), std::string::npos) << svg;
  for (const int tick : {0, 2, 4, 6, 8}) {
    EXPECT_NE(svg.find("text-anchor=\"end\">" + std::to_string(tick) + "</text>"),
              std::string::npos)
        << tick;
  }
  for (const int none : {1, 3, 10})
    EXPECT_EQ(svg.find("text-anchor=\"end\">" + std::to_string(none) + "</text>"),
              std::string::npos)
        << none;
  // Both editions of each step; the tooltip counts everything.
  EXPECT_NE(svg.find(">2001-2002 → 2003-2004</text>"), std::string::npos) << svg;
  EXPECT_NE(svg.find("<title>2003-2004 → 2005-2006: 0 added, 0 removed, 1 merged, 1 split, 0 "
                     "changed, 150 unchanged</title>"),
            std::string::npos)
      << svg;
  // Split and merged are told apart by colour too.
  EXPECT_NE(change_colour(TimelineChange::split, {}), change_colour(TimelineChange::merged, {}));
  for (const TimelineChange change : {TimelineChange::split, TimelineChange::merged}) {
    EXPECT_NE(svg.find("fill=\"" + std::string(change_colour(change, {})) + "\""),
              std::string::npos);
  }
}

TEST(StatsSvg, AxisTicksAreOneTwoOrFiveTimesAPowerOfTen) {
  SeriesStats stats = two_steps();
  stats.steps[0].churn.added = 96;  // 100 changes: ticks of 20 up to 120
  const std::string svg = render_stats_svg(stats);
  for (const int tick : {0, 20, 40, 60, 80, 100, 120}) {
    EXPECT_NE(svg.find("text-anchor=\"end\">" + std::to_string(tick) + "</text>"),
              std::string::npos)
        << tick;
  }
  EXPECT_EQ(svg.find("text-anchor=\"end\">10</text>"), std::string::npos);
}

// fraude: rank 3, moved to 2, split away, absent, back at 4 (another item under its key).
Timeline fraude() {
  Timeline timeline{"demo", "fraude", "nl", Section::priorities, {}};
  const auto entry = [&](const char* edition, TimelineChange change, std::optional<int> rank,
                         std::vector<Aspect> aspects = {}) {
    TimelineEntry made;
    made.edition = edition;
    made.change = change;
    made.aspects = std::move(aspects);
    if (rank) made.item = DiffItem{"fraude", *rank, "fraude <&>"};
    timeline.entries.push_back(made);
  };
  entry("1999-2000", TimelineChange::absent, std::nullopt);  // before the item: not drawn
  entry("2001-2002", TimelineChange::added, 3);
  entry("2003-2004", TimelineChange::changed, 2, {Aspect::rank});
  entry("2005-2006", TimelineChange::split, std::nullopt);
  entry("2007-2008", TimelineChange::absent, std::nullopt);
  entry("2009-2010", TimelineChange::added, 4);
  entry("2011-2012", TimelineChange::absent, std::nullopt);  // after its last change: not drawn
  return timeline;
}

TEST(TimelineSvg, DrawsTheRankThroughTheEditionsWithABreakWhereTheItemIsGone) {
  const std::string svg = render_timeline_svg(fraude());
  EXPECT_TRUE(well_formed_xml(svg)) << svg;
  // One line for 2001-2002 to 2003-2004 (rank 3 then 2, one rank 14 px below the other); the
  // single edition after the gap has a dot but no line.
  EXPECT_EQ(occurrences(svg, "<polyline"), 1U) << svg;
  EXPECT_NE(svg.find("points=\"68,56 124,42\""), std::string::npos) << svg;
  EXPECT_EQ(occurrences(svg, "class=\"edition\""), 3U);
  EXPECT_NE(svg.find("<title>2005-2006: split</title>"), std::string::npos) << svg;
  EXPECT_EQ(svg.find("2007-2008: absent"), std::string::npos);  // nothing drawn for absent
  EXPECT_NE(svg.find("<title>2003-2004, rank 2: fraude &lt;&amp;&gt; (changed (rank))</title>"),
            std::string::npos)
      << svg;
  EXPECT_NE(svg.find(">4</text>"), std::string::npos);  // the axis down to the largest rank
  EXPECT_EQ(svg.find("<script"), std::string::npos);
  // Only the editions from its first appearance to its last change.
  EXPECT_EQ(svg.find("1999-2000"), std::string::npos) << svg;
  EXPECT_EQ(svg.find("2011-2012"), std::string::npos) << svg;
  EXPECT_NE(svg.find(">2007-2008</text>"), std::string::npos) << svg;  // the gap within stays
}

TEST(MatrixSvg, RowsAreLabelledByTheirLatestWordingWithTheKeyInTheTooltip) {
  Matrix matrix{"kiv", "nl", Section::priorities, {"2016-2019"}, {}};
  MatrixCell cell;
  cell.rank = 1;
  cell.change = TimelineChange::added;
  cell.title = "geïntegreerd drugsbeleid";
  cell.key = "drugs";
  matrix.rows.push_back({"drugs", "geïntegreerd drugsbeleid", 0, {cell}});
  const std::string svg = render_matrix_svg(matrix);
  EXPECT_NE(svg.find("<title>drugs: geïntegreerd drugsbeleid</title><text"), std::string::npos)
      << svg;
  EXPECT_NE(svg.find("text-anchor=\"end\">geïntegreerd drugsbeleid</text>"), std::string::npos)
      << svg;
  EXPECT_EQ(svg.find(">drugs</text>"), std::string::npos) << svg;
  // Every mark is in the legend, those without a colour of their own too.
  for (const char* mark : {"added +", "reworded ~ *", "moved ^", "split &lt;", "merged &gt;",
                           "x removed", "= paired with an item of another key", "' re-cased"})
    EXPECT_NE(svg.find(mark), std::string::npos) << mark;
}

}  // namespace
}  // namespace kiv::cli
