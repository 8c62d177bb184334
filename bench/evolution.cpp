#include "evolution.hpp"

#include <fmt/core.h>

#include <sstream>

#include "vocabulary.hpp"

namespace kiv::bench {

std::string_view Random::word() { return kDutch.content[below(kDutch.content.size())]; }

std::string Random::words(std::size_t low, std::size_t high) {
  const std::size_t count = low + below(high - low + 1);
  std::string text;
  for (std::size_t i = 0; i < count; ++i) {
    if (i > 0) text += ' ';
    text += word();
  }
  return text;
}

std::string reword(const std::string& title, Random& random) {
  std::vector<std::string> words;
  std::istringstream in(title);
  for (std::string word; in >> word;) words.push_back(word);
  words[random.below(words.size())] = std::string(random.word());
  if (random.percent(50)) {
    const auto at = static_cast<std::ptrdiff_t>(random.below(words.size() + 1));
    words.insert(words.begin() + at, std::string(random.word()));
  } else if (words.size() > 4) {
    words.erase(words.begin() + static_cast<std::ptrdiff_t>(random.below(words.size())));
  }
  std::string text;
  for (const std::string& word : words) {
    if (!text.empty()) text += ' ';
    text += word;
  }
  return text;
}

std::vector<Item> evolve(const std::vector<Item>& items, Random& random, int& next_key,
                         const Churn& churn) {
  std::vector<Item> result;
  for (Item item : items) {
    if (random.percent(churn.removed)) continue;
    if (random.percent(churn.reworded)) item.title["nl"] = reword(item.title["nl"], random);
    result.push_back(std::move(item));
  }
  const std::size_t moves = result.size() * static_cast<std::size_t>(churn.moved) / 100;
  for (std::size_t i = 0; i < moves && result.size() > 1; ++i) {
    const auto from = static_cast<std::ptrdiff_t>(random.below(result.size()));
    Item item = std::move(result[static_cast<std::size_t>(from)]);
    result.erase(result.begin() + from);
    result.insert(result.begin() + static_cast<std::ptrdiff_t>(random.below(result.size() + 1)),
                  std::move(item));
  }
  const std::size_t additions = churn.added < 0
                                    ? items.size() - result.size()
                                    : items.size() * static_cast<std::size_t>(churn.added) / 100;
  for (std::size_t i = 0; i < additions; ++i) {
    Item item;
    item.key = fmt::format("nieuw-{}", next_key++);
    item.title = {{"nl", random.words(5, 15)}, {"fr", random.words(5, 15)}};
    result.insert(result.begin() + static_cast<std::ptrdiff_t>(random.below(result.size() + 1)),
                  std::move(item));
  }
  for (std::size_t i = 0; i < result.size(); ++i) result[i].rank = static_cast<int>(i + 1);
  return result;
}

}  // namespace kiv::bench
