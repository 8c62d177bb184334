// Precision and recall of the item matching on a labelled set of synthetic edition pairs
// (tests/data/diff-labelled.json), in nl and fr. Pairs are counted per (old rank, new rank):
// a split or merge counts one pair per item on its larger side.

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <cstdio>
#include <set>

#include "kiv/diff.hpp"
#include "support/temp_dir.hpp"
#include "support/title_lists.hpp"

namespace kiv {
namespace {

using Pairs = std::set<std::pair<int, int>>;

Edition edition_of(const rapidjson::Value& titles, const std::string& lang) {
  return test::keyless_edition(test::titles_of(titles), lang);
}

Pairs expected_pairs(const rapidjson::Value& test_case) {
  Pairs pairs;
  for (const auto& pair : test_case["pairs"].GetArray())
    pairs.insert({pair[0].GetInt(), pair[1].GetInt()});
  if (test_case.HasMember("splits")) {
    for (const auto& split : test_case["splits"].GetArray()) {
      for (const auto& to : split[1].GetArray()) pairs.insert({split[0].GetInt(), to.GetInt()});
    }
  }
  if (test_case.HasMember("merges")) {
    for (const auto& merge : test_case["merges"].GetArray()) {
      for (const auto& from : merge[0].GetArray()) pairs.insert({from.GetInt(), merge[1].GetInt()});
    }
  }
  return pairs;
}

Pairs found_pairs(const EditionDiff& diff) {
  Pairs pairs;
  for (const Change& change : diff.priorities.changes) {
    for (const DiffItem& from : change.from) {
      for (const DiffItem& to : change.to) pairs.insert({from.rank, to.rank});
    }
  }
  return pairs;
}

TEST(DiffQuality, MatchesTheLabelledSetWithPrecisionAndRecallOfAtLeast95Percent) {
  rapidjson::Document labelled;
  labelled.Parse(test::read_file(test::test_data("diff-labelled.json")).c_str());
  ASSERT_TRUE(labelled.IsObject());
  std::size_t true_positives = 0, found = 0, expected = 0;
  for (const auto& test_case : labelled["cases"].GetArray()) {
    const std::string lang = test_case["lang"].GetString();
    const Pairs truth = expected_pairs(test_case);
    const Pairs got = found_pairs(diff_editions(edition_of(test_case["old"], lang),
                                                edition_of(test_case["new"], lang), lang));
    for (const auto& pair : got) {
      if (truth.contains(pair)) {
        ++true_positives;
      } else {
        std::printf("  %s: wrong pair %d -> %d\n", test_case["name"].GetString(), pair.first,
                    pair.second);
      }
    }
    for (const auto& pair : truth) {
      if (!got.contains(pair))
        std::printf("  %s: missed pair %d -> %d\n", test_case["name"].GetString(), pair.first,
                    pair.second);
    }
    found += got.size();
    expected += truth.size();
  }
  const double precision =
      found == 0 ? 0 : static_cast<double>(true_positives) / static_cast<double>(found);
  const double recall = static_cast<double>(true_positives) / static_cast<double>(expected);
  std::printf(
      "labelled set: %zu cases, %zu true pairs, %zu found, %zu right: precision %.3f, recall "
      "%.3f\n",
      static_cast<std::size_t>(labelled["cases"].Size()), expected, found, true_positives,
      precision, recall);
  RecordProperty("precision", std::to_string(precision));
  RecordProperty("recall", std::to_string(recall));
  EXPECT_GE(precision, 0.95);
  EXPECT_GE(recall, 0.95);
}

}  // namespace
}  // namespace kiv
