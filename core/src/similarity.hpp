#pragma once
// Title similarity for matching items across editions.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kiv {

// A title reduced for comparison: case folded, diacritics and punctuation removed.
struct TitleProfile {
  std::string normalized;  // words joined by single spaces
  std::vector<std::string> words;
  std::vector<std::uint32_t> trigrams;  // of the words written together (so spacing is moot),
                                        // each packed into an integer; sorted, with repeats
};

// `text` (valid UTF-8) case folded, compatibility-decomposed and without diacritics:
// "Priorités" -> "priorites", "März" -> "marz". Throws Error{input} when it is not UTF-8.
// ASCII text, to which these options do nothing but lower A-Z, is folded without utf8proc.
std::string fold(std::string_view text);

// The utf8proc options of fold (utf8proc_option_t), for the test of its ASCII path.
int fold_options();

TitleProfile profile_title(std::string_view title);

// `text` as a reader sees its words: case folded, compatibility-composed, letters, marks and
// digits kept (diacritics too), every other character a separator, the words joined by
// single spaces. Two titles with the same form differ only in case, punctuation, spacing or
// quote style: "Radicalisering" ~ "radicalisering", "l'Europe" ~ "l’Europe", but not
// "geintegreerd" ~ "geïntegreerd" nor "cybersecurity" ~ "cyber security". Throws Error{input}
// when it is not UTF-8.
std::string cosmetic_form(std::string_view text);

// profile_title(title).normalized, without the rest of the profile.
std::string normalized_title(std::string_view title);

// The words of a profile that carry meaning: not function words (nl, fr, de, en).
std::vector<std::string> content_words(const TitleProfile& profile);

// Whether two folded words count as the same: equal, the same stem, or one ending the other.
bool words_match(std::string_view a, std::string_view b);

// The trigrams two profiles share, repeats included.
int shared_trigrams(const TitleProfile& a, const TitleProfile& b);

// 0..1: 0.7 x Dice of character trigrams + 0.3 x Dice of words, where a word of at least
// five letters also matches a word of the same stem or a longer word it ends.
double profile_similarity(const TitleProfile& a, const TitleProfile& b);

}  // namespace kiv
