// churn_counts: the counts of a diff, both sections together (what series_stats and the site's
// churn pages count).

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace kiv::test
