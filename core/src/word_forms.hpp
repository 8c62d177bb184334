#pragma once
// The words of a title as the matcher compares them: which carry meaning (not function words
// of nl, fr, de and en), and their Snowball stems (libstemmer).

#include <array>
#include <string>
#include <string_view>

namespace kiv {

// Whether a folded word (similarity.hpp: lower case, no diacritics) is a function word of one
// of the four languages: articles and their elisions ("het", "l", "les", "die", "den"),
// conjunctions, prepositions and the like. The same list for every language: a function word
// of one language is rarely a content word of another in these titles.
bool is_function_word(std::string_view folded_word);

// The languages `stem` has a stemmer for.
inline constexpr std::array<std::string_view, 4> kStemmedLanguages = {"nl", "fr", "de", "en"};

// The Snowball stem of a folded word in `lang` (nl dutch, fr french, de german, en english):
// "georganiseerde" -> "georganiseerd", "priorites" -> "priorit". Other languages, and words
// the stemmer cannot read, stem to themselves.
std::string stem(std::string_view folded_word, std::string_view lang);

}  // namespace kiv
