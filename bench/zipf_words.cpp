#include "zipf_words.hpp"

#include <algorithm>
#include <set>
#include <string_view>

#include "vocabulary.hpp"

namespace kiv::bench {
namespace {

constexpr std::string_view kOnsets[] = {"b",  "br", "d", "dr", "f", "g",  "gr", "h", "k",
                                        "kl", "l",  "m", "n",  "p", "pl", "r",  "s", "sch",
                                        "sp", "st", "t", "tr", "v", "w",  "z"};
constexpr std::string_view kVowels[] = {"a", "e", "i", "o", "u", "aa", "ee", "oo", "ui", "ij"};
constexpr unsigned kWordsSeed = 20261202;  // fixed: every run makes the same words
constexpr std::string_view kCodas[] = {"", "", "n", "r", "s", "t", "l", "k", "nd", "ng"};

}  // namespace

ZipfWords::ZipfWords(std::size_t rare) {
  std::set<std::string> seen;
  for (const std::string_view word : kDutch.content) {
    if (seen.insert(std::string(word)).second) words_.emplace_back(word);
  }
  Random random(kWordsSeed);
  const std::size_t wanted = words_.size() + rare;
  while (words_.size() < wanted) {
    std::string word;
    const std::size_t syllables = 2 + random.below(3);
    for (std::size_t s = 0; s < syllables; ++s) {
      word += kOnsets[random.below(std::size(kOnsets))];
      word += kVowels[random.below(std::size(kVowels))];
      word += kCodas[random.below(std::size(kCodas))];
    }
    if (seen.insert(word).second) words_.push_back(std::move(word));
  }
  double total = 0;
  for (std::size_t rank = 1; rank <= words_.size(); ++rank) {
    total += 1.0 / static_cast<double>(rank);
    cumulative_.push_back(total);
  }
}

const std::string& ZipfWords::draw(Random& random) const {
  constexpr std::size_t kSteps = std::size_t{1} << 30;
  const double at =
      static_cast<double>(random.below(kSteps)) / static_cast<double>(kSteps) * cumulative_.back();
  const auto found = std::upper_bound(cumulative_.begin(), cumulative_.end(), at);
  return words_[std::min(static_cast<std::size_t>(found - cumulative_.begin()), words_.size() - 1)];
}

std::string ZipfWords::title(Random& random, std::size_t low, std::size_t high) const {
  const std::size_t count = low + random.below(high - low + 1);
  std::string text;
  for (std::size_t i = 0; i < count; ++i) {
    if (i > 0) {
      text += ' ';
      if (random.below(4) == 0) {
        text += kDutch.function[random.below(kDutch.function.size())];
        text += ' ';
      }
    }
    text += draw(random);
  }
  return text;
}

Edition zipf_edition(const ZipfWords& words, int items, Random& random) {
  Edition edition;
  edition.series = "zipf";
  edition.edition = "old";
  edition.title = {{"nl", "Kadernota"}};
  const int priorities = items - items / 4;
  for (int i = 0; i < items; ++i) {
    std::vector<Item>& section = i < priorities ? edition.priorities : edition.themes;
    Item item;
    item.rank = static_cast<int>(section.size()) + 1;
    item.title = {{"nl", words.title(random, 5, 12)}};
    section.push_back(std::move(item));
  }
  return edition;
}

}  // namespace kiv::bench
