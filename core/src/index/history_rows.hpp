#pragma once
// The rows the history (timeline, matrix, stats) reads from the index (IndexDb's history
// queries): items of one section in one language, and the editions of a series.

#include <cstdint>
#include <string>
#include <vector>

#include "kiv/edition.hpp"

namespace kiv {

// An item of one section in one language, as the index holds it.
struct HistoryItem {
  std::string key;  // empty when the item has none
  int rank = 0;
  std::string title;
  std::string description;             // empty when none
  std::vector<std::string> subtopics;  // in the language
  KeyOrigin key_origin = KeyOrigin::given;
};

// An edition of a series, with its latest revision's row id in the index.
struct SeriesEdition {
  std::string edition;
  std::int64_t revision_id = 0;
  std::vector<std::string> languages;  // sorted
};

// An item of either section.
struct KeyedItem {
  Section section = Section::priorities;
  HistoryItem item;
};
}  // namespace kiv
