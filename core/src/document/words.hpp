#pragma once
// Words and spaces of written text, as the section and metadata finders compare them.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kiv::document {

// A run of letters, marks and digits, case folded and without diacritics ("Défis" -> "defis"),
// with its byte range in the text. Everything else separates words, apostrophes too: "thema's"
// and "thema’s" are both "thema", "s".
struct Word {
  std::string folded;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// The words of valid UTF-8 `text`, in order.
std::vector<Word> words_of(std::string_view text);

// `text` with every run of white space (ASCII, no-break and narrow no-break spaces, line
// breaks) made one space, and none at either end.
std::string collapse_spaces(std::string_view text);

}  // namespace kiv::document
