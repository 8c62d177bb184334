// The sketched word comparisons of similarity.hpp against the rules written plainly: a sketch
// (first and last bytes, size, hash) may only make a comparison faster, never change it.

#include "similarity.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace kiv {
namespace {

// words_match as its header states it, byte by byte.
bool plain_words_match(std::string_view a, std::string_view b, WordReach reach) {
  if (a == b) return true;
  const std::string_view shorter = a.size() < b.size() ? a : b;
  const std::string_view longer = a.size() < b.size() ? b : a;
  if (shorter.size() < 5) return false;
  if (reach == WordReach::tails && longer.ends_with(shorter)) return true;
  std::size_t common = 0;
  while (common < shorter.size() && shorter[common] == longer[common]) ++common;
  return common * 5 >= shorter.size() * 4;
}

// content_words_match as its header states it, on the words and stems alone.
bool plain_content_words_match(const TitleProfile& a, std::size_t i, const TitleProfile& b,
                               std::size_t j, WordReach reach) {
  if (a.stems[i] == b.stems[j] || plain_words_match(a.content[i], b.content[j], reach)) return true;
  const auto stem_begins = [](const std::string& stem, const std::string& word) {
    return stem.size() >= 5 && word.size() > stem.size() && word.starts_with(stem);
  };
  return stem_begins(a.stems[i], b.content[j]) || stem_begins(b.stems[j], a.content[i]);
}

// profile_similarity as its header states it, with the plain words_match.
double plain_similarity(const TitleProfile& a, const TitleProfile& b) {
  if (a.normalized == b.normalized) return 1.0;
  const auto dice = [](int shared, std::size_t x, std::size_t y) {
    return x + y == 0 ? 1.0 : 2.0 * shared / static_cast<double>(x + y);
  };
  std::vector<bool> used(a.words.size(), false);
  int shared_words = 0;
  for (const std::string& word : b.words) {
    for (std::size_t i = 0; i < a.words.size(); ++i) {
      if (!used[i] && plain_words_match(a.words[i], word, WordReach::tails)) {
        used[i] = true;
        ++shared_words;
        break;
      }
    }
  }
  return 0.7 * dice(shared_trigrams(a, b), a.trigrams.size(), b.trigrams.size()) +
         0.3 * dice(shared_words, a.words.size(), b.words.size());
}

// Words that share beginnings, endings and stems often: a few roots of a small alphabet, with
// endings and compounds, some cut short.
std::vector<std::string> related_words(std::mt19937& random, std::size_t count) {
  const std::vector<std::string> roots = {"drug",  "drugs", "fraud",  "woning", "crimin",
                                          "cyber", "wapen", "veilig", "rook",   "beleid"};
  const std::vector<std::string> endings = {"",       "s", "en",    "heid",  "aliteit",
                                            "beleid", "e", "ingen", "handel"};
  std::vector<std::string> words;
  while (words.size() < count) {
    std::string word = roots[random() % roots.size()] + endings[random() % endings.size()];
    if (random() % 4 == 0) word = roots[random() % roots.size()] + word;  // a compound
    if (random() % 5 == 0) word.resize(1 + random() % word.size());       // cut short
    words.push_back(word);
  }
  return words;
}

TEST(WordSketches, ComparisonsAreThoseOfThePlainRules) {
  std::mt19937 random(20261203);
  const std::vector<std::string> words = related_words(random, 300);
  std::vector<TitleProfile> profiles;
  for (const std::string& word : words) profiles.push_back(profile_title(word, "nl"));
  int matched = 0, compared = 0;
  for (std::size_t x = 0; x < profiles.size(); ++x) {
    for (std::size_t y = 0; y < profiles.size(); ++y) {
      const TitleProfile& a = profiles[x];
      const TitleProfile& b = profiles[y];
      if (a.content.empty() || b.content.empty()) continue;
      for (const WordReach reach : {WordReach::heads, WordReach::tails}) {
        ASSERT_EQ(words_match(words[x], words[y], reach),
                  plain_words_match(words[x], words[y], reach))
            << words[x] << " ~ " << words[y];
        const bool want = plain_content_words_match(a, 0, b, 0, reach);
        ASSERT_EQ(content_words_match(a, 0, b, 0, reach), want)
            << words[x] << " ~ " << words[y] << " ("
            << (reach == WordReach::heads ? "heads" : "tails") << ")";
        matched += want ? 1 : 0;
        ++compared;
      }
    }
  }
  // The words are related enough that both outcomes are common.
  EXPECT_GT(matched, compared / 20);
  EXPECT_LT(matched, compared - compared / 20);
}

TEST(WordSketches, TitleSimilarityIsThatOfThePlainRules) {
  std::mt19937 random(3);
  const std::vector<std::string> words = related_words(random, 400);
  std::vector<TitleProfile> titles;
  for (std::size_t t = 0; t + 4 <= words.size(); t += 4)
    titles.push_back(
        profile_title(words[t] + " " + words[t + 1] + " en " + words[t + 2] + ", " + words[t + 3]));
  for (const TitleProfile& a : titles) {
    for (const TitleProfile& b : titles) {
      ASSERT_DOUBLE_EQ(profile_similarity(a, b), plain_similarity(a, b))
          << a.normalized << " ~ " << b.normalized;
    }
  }
}

// The share of the first `part_count` content words of `part` that match one of the first
// `whole_count` of `whole`, word by word.
double plain_share(const TitleProfile& part, std::size_t part_count, const TitleProfile& whole,
                   std::size_t whole_count, WordReach reach) {
  std::size_t found = 0;
  for (std::size_t i = 0; i < part_count; ++i) {
    for (std::size_t j = 0; j < whole_count; ++j) {
      if (plain_content_words_match(part, i, whole, j, reach)) {
        ++found;
        break;
      }
    }
  }
  return static_cast<double>(found) / static_cast<double>(part_count);
}

TEST(WordSketches, ContainmentIsThatOfThePlainRules) {
  std::mt19937 random(11);
  const std::vector<std::string> words = related_words(random, 600);
  std::vector<TitleProfile> titles;
  for (std::size_t t = 0; t + 6 <= words.size(); t += 6) {
    titles.push_back(profile_title(words[t] + " " + words[t + 1] + ": " + words[t + 2] + ", " +
                                       words[t + 3] + " en " + words[t + 4] + " " + words[t + 5],
                                   "nl"));
  }
  int contained = 0, partly = 0;
  for (const TitleProfile& part : titles) {
    for (const TitleProfile& whole : titles) {
      if (part.content.empty()) continue;
      for (const WordReach reach : {WordReach::heads, WordReach::tails}) {
        for (const std::size_t whole_count : {whole.head, whole.content.size()}) {
          const double share = plain_share(part, part.content.size(), whole, whole_count, reach);
          SCOPED_TRACE(part.normalized + " in " + whole.normalized);
          ASSERT_EQ(all_contained(part, part.content.size(), whole, whole_count, reach),
                    share == 1.0);
          for (const double least : {1.0 / 3.0, 0.5, 0.6, 1.0})
            ASSERT_EQ(
                contained_at_least(part, part.content.size(), whole, whole_count, least, reach),
                share >= least);
          contained += share == 1.0 ? 1 : 0;
          partly += share > 0 && share < 1.0 ? 1 : 0;
        }
      }
    }
  }
  // Both outcomes occur, and shares in between.
  EXPECT_GT(contained, 100);
  EXPECT_GT(partly, 1000);
}

TEST(WordSketches, ASketchHoldsTheFirstAndLastFourBytes) {
  const WordSketch long_word = sketch_word("abcdefgh");
  EXPECT_EQ(long_word.head, sketch_word("abcdxxxx").head);
  EXPECT_EQ(long_word.tail, sketch_word("xxxxefgh").tail);
  EXPECT_NE(long_word.head, sketch_word("abcexxxx").head);
  EXPECT_NE(long_word.tail, sketch_word("abcdefgi").tail);
  const WordSketch short_word = sketch_word("ab");
  EXPECT_EQ(short_word.head, short_word.tail);
  EXPECT_NE(short_word.head, sketch_word("abc").head);
}

}  // namespace
}  // namespace kiv
