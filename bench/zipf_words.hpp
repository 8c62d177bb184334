#pragma once
// Titles over a realistic vocabulary for the diff's cost at scale (issue 11): a few hundred
// common words and thousands of rarer ones, drawn Zipf-like (the word of rank r with weight
// 1/r), as the words of real policy texts are. The bench's small vocabulary alone makes every
// title share words with thousands of others, which no real list of priorities does.

#include <cstddef>
#include <string>
#include <vector>

#include "evolution.hpp"

namespace kiv::bench {

class ZipfWords {
 public:
  // The Dutch content words of vocabulary.hpp first (the common ones), then `rare` made-up
  // words of two to four syllables, each different.
  explicit ZipfWords(std::size_t rare);

  std::size_t size() const { return words_.size(); }
  // A title of `low` to `high` content words, with a Dutch function word between two of them
  // one time in four.
  std::string title(Random& random, std::size_t low, std::size_t high) const;

 private:
  const std::string& draw(Random& random) const;

  std::vector<std::string> words_;
  std::vector<double> cumulative_;  // of the weights 1/rank
};

// A keyless edition of `items` items (three quarters priorities) with nl titles of 5-12
// words from `words`.
Edition zipf_edition(const ZipfWords& words, int items, Random& random);

}  // namespace kiv::bench
