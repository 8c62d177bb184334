#pragma once
// The items of one side of a section by the beginnings (first four letters) of their content
// words: which items may share a word with a title, found without comparing the title with
// every item. Words of the same stem share their beginning, and so do a compound and its head
// ("drugs", "drugsbeleid"); a word that only ends another ("security" in "cybersecurity")
// does not. Used by the matcher's containment stage and its search for splits and merges.

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "similarity.hpp"

namespace kiv {

class WordIndex {
 public:
  // Indexes the content words of `profiles`, but of the items `skip` marks.
  WordIndex(const std::vector<TitleProfile>& profiles, const std::vector<bool>& skip);

  bool empty() const { return items_by_beginning_.empty(); }

  // The items, in order and once each, that share the beginning of the rarest of `profile`'s
  // content words (unless more than 512 items share it), or of another shared by at most 32
  // items: a beginning most titles have ("veil" of "veiligheid") would make every item a
  // candidate, and the search quadratic.
  std::vector<std::size_t> candidates(const TitleProfile& profile) const;

  // The items with a content word beginning with the first four letters of `word` (an item as
  // often as it has such words; a word shorter than four letters is its own beginning).
  const std::vector<std::size_t>& items_beginning_like(const std::string& word) const;

 private:
  std::unordered_map<std::string, std::vector<std::size_t>> items_by_beginning_;
};

}  // namespace kiv
