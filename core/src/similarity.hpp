#pragma once
// Title similarity for matching items across editions.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kiv {

// A word's bytes at a glance, which with its size tell most pairs of words apart without
// comparing them byte by byte (words_match and content_words_match on profiles): its first and
// last four bytes (fewer, zero-padded, for a shorter word). Eight bytes: a profile has one per
// word, content word and stem, and a list of 100,000 items has two million of them.
struct WordSketch {
  std::uint32_t head = 0;
  std::uint32_t tail = 0;
};
WordSketch sketch_word(std::string_view word);

// A set of four-byte values (a WordSketch's head or tail) as 256 bits: `has` may say yes for
// a value never added, never no for one that was.
class SketchSet {
 public:
  void add(std::uint32_t bytes) { bits_[bit(bytes) / 64] |= std::uint64_t{1} << (bit(bytes) % 64); }
  bool has(std::uint32_t bytes) const {
    return (bits_[bit(bytes) / 64] >> (bit(bytes) % 64) & 1U) != 0;
  }

 private:
  static unsigned bit(std::uint32_t bytes) { return (bytes * 2654435761U) >> 24; }
  std::array<std::uint64_t, 4> bits_{};
};

// A title reduced for comparison: case folded, diacritics and punctuation removed.
struct TitleProfile {
  std::string normalized;  // words joined by single spaces
  std::vector<std::string> words;
  std::vector<std::uint32_t> trigrams;  // of the words written together (so spacing is moot),
                                        // each packed into an integer; sorted, with repeats
  std::vector<std::string> content;     // the words that carry meaning (not is_function_word)
  std::vector<std::string> stems;       // each content word's stem in the profile's language
  // How many of `content` come before the title's first ':', '(', ',' or ';': its head, the
  // part an elaboration restates ("Leefmilieu (gelinkt aan fraude): ..." -> "leefmilieu"). All
  // of them when the title has none of these.
  std::size_t head = 0;
  // Per word, per content word and per stem, its sketch (sketch_word).
  std::vector<WordSketch> word_sketches;
  std::vector<WordSketch> content_sketches;
  std::vector<WordSketch> stem_sketches;
  SketchSet word_heads;  // of `words`
  SketchSet word_tails;
};

// Appends a content word, its stem and their sketches to `profile` (profile_title adds each
// so; a profile of some words of another is built with it).
void add_content_word(TitleProfile& profile, std::string word, std::string stem);

// `text` (valid UTF-8) case folded, compatibility-decomposed and without diacritics:
// "Priorités" -> "priorites", "März" -> "marz". Throws Error{input} when it is not UTF-8.
// ASCII text, to which these options do nothing but lower A-Z, is folded without utf8proc.
std::string fold(std::string_view text);

// The utf8proc options of fold (utf8proc_option_t), for the test of its ASCII path.
int fold_options();

// The profile of `title`; its stems in `lang` (word_forms.hpp), none stemmed when it is empty.
TitleProfile profile_title(std::string_view title, std::string_view lang = {});

// `text` as a reader sees its words: case folded, compatibility-composed, letters, marks and
// digits kept (diacritics too), every other character a separator, the words joined by
// single spaces. Two titles with the same form differ only in case, punctuation, spacing or
// quote style: "Radicalisering" ~ "radicalisering", "l'Europe" ~ "l’Europe", but not
// "geintegreerd" ~ "geïntegreerd" nor "cybersecurity" ~ "cyber security". Throws Error{input}
// when it is not UTF-8.
std::string cosmetic_form(std::string_view text);

// profile_title(title).normalized, without the rest of the profile.
std::string normalized_title(std::string_view title);

// How far words_match reaches: `tails` also lets a word of at least five letters match a longer
// word it ends ("security" ~ "cybersecurity"), which is right for similarity but wrong for
// containment, where a shared generic tail ("criminaliteit" of "jeugdcriminaliteit" and
// "cybercriminaliteit") says nothing.
enum class WordReach { heads, tails };

// Whether two folded words count as the same: equal, the same stem (a common beginning of at
// least 80% of the shorter, which also pairs a compound with its head: "drugs" ~
// "drugsbeleid"), or, with WordReach::tails, one ending the other. The profiles' comparisons
// apply the same rule to their sketched words (similarity.cpp).
bool words_match(std::string_view a, std::string_view b, WordReach reach = WordReach::tails);

// Whether content word `i` of `a` and content word `j` of `b` count as the same: the same
// Snowball stem, words_match, or a compound and its first part: the stem of one, of at least
// five letters, begins the other ("woningen" ~ "woninginbraken").
bool content_words_match(const TitleProfile& a, std::size_t i, const TitleProfile& b, std::size_t j,
                         WordReach reach = WordReach::tails);

// Whether at least `share` of the first `part_count` content words of `part` match one of the
// first `whole_count` content words of `whole` (content_words_match), the share of none being
// 0; found without looking further once too many words are missing.
bool contained_at_least(const TitleProfile& part, std::size_t part_count, const TitleProfile& whole,
                        std::size_t whole_count, double share, WordReach reach = WordReach::tails);

// Whether every one of the first `part_count` content words of `part` matches (and
// `part_count` is not 0), found without counting the rest once a word is missing.
bool all_contained(const TitleProfile& part, std::size_t part_count, const TitleProfile& whole,
                   std::size_t whole_count, WordReach reach);

// Whether some content word of `a` matches some content word of `b`.
bool share_content_word(const TitleProfile& a, const TitleProfile& b, WordReach reach);

// The trigrams two profiles share, repeats included.
int shared_trigrams(const TitleProfile& a, const TitleProfile& b);

// 0..1: 0.7 x Dice of character trigrams + 0.3 x Dice of words, where a word of at least
// five letters also matches a word of the same stem or a longer word it ends.
double profile_similarity(const TitleProfile& a, const TitleProfile& b);

}  // namespace kiv
