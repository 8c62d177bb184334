// The candidates of the matcher's containment and split/merge stages (diff/word_index.hpp).

#include "diff/word_index.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace kiv {
namespace {

std::vector<TitleProfile> profiles(std::size_t count, const char* title) {
  return std::vector<TitleProfile>(count, profile_title(title, "nl"));
}

TEST(WordIndex, ItemsSharingABeginningAreCandidatesButThoseMarkedSkipped) {
  std::vector<TitleProfile> items = profiles(3, "drugsbeleid");
  items.push_back(profile_title("verkeersveiligheid", "nl"));
  const WordIndex index(items, {false, true, false, false});
  EXPECT_EQ(index.candidates(profile_title("drugs", "nl")), (std::vector<std::size_t>{0, 2}));
  EXPECT_EQ(index.candidates(profile_title("cybercriminaliteit", "nl")),
            std::vector<std::size_t>{});
}

// In a list of 100,000 titles over a small vocabulary every title's rarest beginning is shared
// by thousands of items: looking them all up made the matcher quadratic (kiv_bench_diff 5).
TEST(WordIndex, ABeginningSharedByMoreThan512ItemsGivesNoCandidates) {
  for (const auto& [count, expected] : {std::pair<std::size_t, std::size_t>{512, 512}, {513, 0}}) {
    const std::vector<TitleProfile> items = profiles(count, "drugsbeleid");
    const WordIndex index(items, std::vector<bool>(items.size(), false));
    EXPECT_EQ(index.candidates(profile_title("drugs", "nl")).size(), expected) << count;
  }
}

}  // namespace
}  // namespace kiv
