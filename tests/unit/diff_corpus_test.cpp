// Precision and recall of the diff's pairing per kind of change, on the labelled corpus
// (tests/data/diff-corpus: real published lists and generated variations; see its README).
//
// Pairs are counted per (old rank, new rank): a link of several items counts one pair per
// item pairing, a split or merge one per part. A pair the diff makes that no link has is
// wrong; it counts against the kinds of the links its items belong to, or against
// "unrelated" when neither item is in a link (an item that should have stayed unpaired).

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <cstdio>
#include <map>
#include <set>
#include <string>

#include "kiv/diff.hpp"
#include "support/temp_dir.hpp"
#include "support/title_lists.hpp"

namespace kiv {
namespace {

struct Counts {
  std::size_t right = 0;   // true pairs the diff made
  std::size_t missed = 0;  // true pairs it did not make
  std::size_t wrong = 0;   // pairs it made, touching items of this kind, that are not true
  double precision() const {
    return right + wrong == 0 ? 1.0
                              : static_cast<double>(right) / static_cast<double>(right + wrong);
  }
  double recall() const {
    return right + missed == 0 ? 1.0
                               : static_cast<double>(right) / static_cast<double>(right + missed);
  }
};

Edition edition_of(const rapidjson::Value& titles, const std::string& lang) {
  return test::keyless_edition(test::titles_of(titles), lang);
}

struct Scores {
  std::map<std::string, Counts> by_kind;
  Counts all;
  std::size_t cases = 0;
  std::size_t apart_expected = 0;  // items that must stay unpaired
  std::size_t apart_kept = 0;
};

void score_file(const std::string& name, Scores& scores) {
  rapidjson::Document corpus;
  corpus.Parse(test::read_file(test::test_data("diff-corpus/" + name)).c_str());
  ASSERT_TRUE(corpus.IsObject()) << name;
  for (const auto& test_case : corpus["cases"].GetArray()) {
    ++scores.cases;
    const std::string lang = test_case["lang"].GetString();
    std::map<std::pair<int, int>, std::string> truth;  // pair -> kind
    std::map<int, std::string> old_kind, new_kind;
    for (const auto& link : test_case["links"].GetArray()) {
      const std::string kind = link["kind"].GetString();
      for (const auto& from : link["from"].GetArray()) {
        old_kind[from.GetInt()] = kind;
        for (const auto& to : link["to"].GetArray()) {
          truth[{from.GetInt(), to.GetInt()}] = kind;
          new_kind[to.GetInt()] = kind;
        }
      }
    }
    const EditionDiff diff =
        diff_editions(edition_of(test_case["old"], lang), edition_of(test_case["new"], lang), lang);
    std::set<std::pair<int, int>> found;
    std::set<int> old_paired, new_paired;
    for (const Change& change : diff.priorities.changes) {
      for (const DiffItem& from : change.from) {
        for (const DiffItem& to : change.to) {
          found.insert({from.rank, to.rank});
          old_paired.insert(from.rank);
          new_paired.insert(to.rank);
        }
      }
    }
    const std::string case_name = test_case["name"].GetString();
    for (const auto& pair : found) {
      if (const auto it = truth.find(pair); it != truth.end()) {
        ++scores.by_kind[it->second].right;
        ++scores.all.right;
        continue;
      }
      ++scores.all.wrong;
      std::set<std::string> kinds;
      if (old_kind.contains(pair.first)) kinds.insert(old_kind[pair.first]);
      if (new_kind.contains(pair.second)) kinds.insert(new_kind[pair.second]);
      if (kinds.empty()) kinds.insert("unrelated");
      for (const std::string& kind : kinds) ++scores.by_kind[kind].wrong;
      std::printf("  %s: wrong pair %d -> %d\n", case_name.c_str(), pair.first, pair.second);
    }
    for (const auto& [pair, kind] : truth) {
      if (found.contains(pair)) continue;
      ++scores.by_kind[kind].missed;
      ++scores.all.missed;
      std::printf("  %s: missed %s pair %d -> %d\n", case_name.c_str(), kind.c_str(), pair.first,
                  pair.second);
    }
    const auto& apart = test_case["unpaired_expected"];
    for (const auto& rank : apart["old"].GetArray()) {
      ++scores.apart_expected;
      if (!old_paired.contains(rank.GetInt())) ++scores.apart_kept;
    }
    for (const auto& rank : apart["new"].GetArray()) {
      ++scores.apart_expected;
      if (!new_paired.contains(rank.GetInt())) ++scores.apart_kept;
    }
  }
}

TEST(DiffCorpus, PrecisionAndRecallPerKindOfChange) {
  Scores scores;
  score_file("real.json", scores);
  score_file("generated.json", scores);
  std::printf("diff corpus: %zu cases\n", scores.cases);
  std::printf("  %-16s %6s %6s %6s %9s %7s\n", "kind", "right", "missed", "wrong", "precision",
              "recall");
  for (const auto& [kind, counts] : scores.by_kind) {
    std::printf("  %-16s %6zu %6zu %6zu %9.3f %7.3f\n", kind.c_str(), counts.right, counts.missed,
                counts.wrong, counts.precision(), counts.recall());
  }
  const Counts& all = scores.all;
  const double f1 = 2 * all.precision() * all.recall() / (all.precision() + all.recall());
  std::printf("  %-16s %6zu %6zu %6zu %9.3f %7.3f  F1 %.3f\n", "all", all.right, all.missed,
              all.wrong, all.precision(), all.recall(), f1);
  std::printf("  items that must stay unpaired: %zu of %zu kept apart\n", scores.apart_kept,
              scores.apart_expected);
  RecordProperty("precision", std::to_string(all.precision()));
  RecordProperty("recall", std::to_string(all.recall()));
  EXPECT_GE(scores.cases, 70U);
  EXPECT_GE(all.right + all.missed, 300U);
  // The targets (issue 11): precision >= 0.99 overall and >= 0.97 per kind; recall >= 0.97 per
  // kind and F1 >= 0.98. Where the matcher is not there yet, the floor is what it reached
  // (2026-12-02), so that it does not slip back; the README gives the table.
  EXPECT_GE(all.precision(), 0.99);
  EXPECT_GE(all.recall(), 0.94);
  const std::map<std::string, double> recall_floor = {
      {"cosmetic", 0.97},  {"elaborated", 0.97},    {"extended", 0.97}, {"moved", 0.97},
      {"shortened", 0.97}, {"unchanged", 0.97},     {"reworded", 0.84}, {"split", 0.90},
      {"merged", 0.79},    {"moved-reworded", 0.75}};
  for (const auto& [kind, floor] : recall_floor) {
    ASSERT_TRUE(scores.by_kind.contains(kind)) << kind;
    EXPECT_GE(scores.by_kind[kind].precision(), 0.97) << kind;
    EXPECT_GE(scores.by_kind[kind].recall(), floor) << kind;
  }
  EXPECT_GE(static_cast<double>(scores.apart_kept),
            0.98 * static_cast<double>(scores.apart_expected));
}

}  // namespace
}  // namespace kiv
