#include "diff/word_index.hpp"

#include <algorithm>

namespace kiv {
namespace {

constexpr std::size_t kCommonBeginning = 32;
// Not even the rarest beginning of a title is looked up when more items than this share it: it
// is no evidence of a shared subject, and every title of a list of 100,000 over a small
// vocabulary would be a candidate for thousands of others (quadratic). Real lists of a few
// thousand items never come near it.
constexpr std::size_t kUselessBeginning = 512;

std::string beginning(const std::string& word) { return word.substr(0, 4); }

}  // namespace

WordIndex::WordIndex(const std::vector<TitleProfile>& profiles, const std::vector<bool>& skip) {
  for (std::size_t j = 0; j < profiles.size(); ++j) {
    if (skip[j]) continue;
    for (const std::string& word : profiles[j].content)
      items_by_beginning_[beginning(word)].push_back(j);
  }
}

const std::vector<std::size_t>& WordIndex::items_beginning_like(const std::string& word) const {
  static const std::vector<std::size_t> none;
  const auto found = items_by_beginning_.find(beginning(word));
  return found == items_by_beginning_.end() ? none : found->second;
}

std::vector<std::size_t> WordIndex::candidates(const TitleProfile& profile) const {
  std::vector<const std::vector<std::size_t>*> postings;
  for (const std::string& word : profile.content) {
    if (const auto found = items_by_beginning_.find(beginning(word));
        found != items_by_beginning_.end()) {
      postings.push_back(&found->second);
    }
  }
  std::sort(postings.begin(), postings.end(),
            [](const auto* a, const auto* b) { return a->size() < b->size(); });
  std::vector<std::size_t> items;
  for (std::size_t p = 0; p < postings.size(); ++p) {
    if (postings[p]->size() > (p == 0 ? kUselessBeginning : kCommonBeginning)) break;
    items.insert(items.end(), postings[p]->begin(), postings[p]->end());
  }
  std::sort(items.begin(), items.end());
  items.erase(std::unique(items.begin(), items.end()), items.end());
  return items;
}

}  // namespace kiv
