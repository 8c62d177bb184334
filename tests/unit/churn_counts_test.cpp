// churn_counts: the counts of a diff, both sections together (what series_stats and the site's
// churn pages count).

#include <gtest/gtest.h>

#include <stdexcept>

#include "kiv/history.hpp"
#include "support/editions.hpp"

namespace kiv::test {
namespace {

TEST(ChurnCounts, AddsUpBothSectionsOfTheDiff) {
  const Edition from = bundled_edition("kiv/2016-2019.json");
  Edition to = bundled_edition("kiv/2022-2024.json");
  to.themes.pop_back();  // one theme removed
  const ChurnCounts churn = churn_counts(diff_editions(from, to, "nl"));
  EXPECT_EQ(churn.changed, 1);     // priority 5 reworded
  EXPECT_EQ(churn.unchanged, 13);  // 9 priorities and 4 themes
  EXPECT_EQ(churn.removed, 1);
  EXPECT_EQ(churn.added + churn.split + churn.merged, 0);
  EXPECT_EQ(churn.total(), 15);
}

TEST(ChurnCounts, AddEditionCountsItemsAndEachStepFromTheEditionBefore) {
  const Edition from = bundled_edition("kiv/2016-2019.json");
  Edition to = bundled_edition("kiv/2022-2024.json");
  to.themes.pop_back();
  SeriesStats stats{"kiv", "nl", {}, {}};
  add_edition(stats, from, nullptr);  // the first edition: no step
  const EditionDiff diff = diff_editions(from, to, "nl");
  add_edition(stats, to, &diff);
  ASSERT_EQ(stats.editions.size(), 2U);
  EXPECT_EQ(stats.editions[1].edition, "2022-2024");
  EXPECT_EQ(stats.editions[1].priorities, 10);
  EXPECT_EQ(stats.editions[1].themes, 4);
  ASSERT_EQ(stats.steps.size(), 1U);
  EXPECT_EQ(stats.steps[0].from, "2016-2019");
  EXPECT_EQ(stats.steps[0].to, "2022-2024");
  EXPECT_EQ(stats.steps[0].churn.removed, 1);
  // A later edition without its diff is a programming error, not a step of nothing.
  EXPECT_THROW(add_edition(stats, to, nullptr), std::invalid_argument);
  EXPECT_EQ(stats.steps.size(), 1U);
}

}  // namespace
}  // namespace kiv::test
