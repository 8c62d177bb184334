#pragma once
// Dates and periods as people write them, found among the words of a line.

#include <string>
#include <string_view>
#include <vector>

#include "document/words.hpp"

namespace kiv::document {

// The real calendar dates written in `line` (its spaces collapsed; `words` are its words), in
// order, as ISO dates: "2022-03-31", "31/03/2022", "31.03.2022", "31 maart 2022", "31 mars
// 2022", "31. März 2022", "1er juin 2016", "March 31, 2022", "Thu, Mar 31 2022": month names in
// nl, fr, de and en, abbreviated too.
std::vector<std::string> dates_in(std::string_view line, const std::vector<Word>& words);

struct FoundPeriod {
  std::string id;              // "2022-2024"
  bool full = false;           // written with four-digit years ("2022-2024"), not "22-24"
  std::size_t first_word = 0;  // of the two years, among the line's words
};

// The periods written in `line`: two years joined by a dash ("2022-2024", "2022–2024",
// "22-24" for 2022-2024), the first not after the second, neither part of a date
// ("2016-06-07" is none).
std::vector<FoundPeriod> periods_in(std::string_view line, const std::vector<Word>& words);

}  // namespace kiv::document
