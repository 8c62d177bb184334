#include "similarity.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <memory>
#include <set>

#include "kiv/diff.hpp"
#include "kiv/error.hpp"
#include "word_forms.hpp"

namespace kiv {

int fold_options() {
  return UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
         UTF8PROC_STRIPMARK;
}

std::string fold(std::string_view text) {
  // A quarter of a timeline's time went to utf8proc here, for titles that are mostly ASCII.
  if (std::all_of(text.begin(), text.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    std::string lower(text);
    for (char& c : lower) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return lower;
  }
  utf8proc_uint8_t* result = nullptr;
  const auto options = static_cast<utf8proc_option_t>(fold_options());
  const auto length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                   static_cast<utf8proc_ssize_t>(text.size()), &result, options);
  if (length < 0) throw Error(ErrorKind::input, "text is not valid UTF-8");
  const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(result, &std::free);
  return std::string(reinterpret_cast<const char*>(result), static_cast<std::size_t>(length));
}

namespace {

// Whether a code point is a letter, a mark or a digit: part of a word.
bool is_word_code_point(utf8proc_int32_t code_point) {
  const utf8proc_category_t category = utf8proc_category(code_point);
  return category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_NO;
}

}  // namespace

std::string cosmetic_form(std::string_view text) {
  utf8proc_uint8_t* folded = nullptr;
  const auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPAT |
                                                      UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
  const auto length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                   static_cast<utf8proc_ssize_t>(text.size()), &folded, options);
  if (length < 0) throw Error(ErrorKind::input, "text is not valid UTF-8");
  const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(folded, &std::free);
  std::string form;
  bool in_word = false;
  for (utf8proc_ssize_t at = 0; at < length;) {
    utf8proc_int32_t code_point = 0;
    const utf8proc_ssize_t size = utf8proc_iterate(folded + at, length - at, &code_point);
    if (size <= 0) throw Error(ErrorKind::input, "text is not valid UTF-8");
    const bool word = is_word_code_point(code_point);
    if (word && !in_word && !form.empty()) form += ' ';
    if (word)
      form.append(reinterpret_cast<const char*>(folded + at), static_cast<std::size_t>(size));
    in_word = word;
    at += size;
  }
  return form;
}

namespace {

bool is_word_byte(unsigned char c) {
  return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

}  // namespace

WordSketch sketch_word(std::string_view word) {
  WordSketch sketch;
  const auto pack = [](std::string_view bytes) {
    std::uint32_t packed = 0;
    for (const char byte : bytes) packed = packed << 8 | static_cast<unsigned char>(byte);
    return packed;
  };
  sketch.head = pack(word.substr(0, 4));
  sketch.tail = pack(word.substr(word.size() < 4 ? 0 : word.size() - 4));
  return sketch;
}

namespace {

// words_match of two sketched words (the one statement of its rules): equal; or, the shorter
// of five bytes or more, its common beginning with the other at least 80% of it (the same
// stem), or with `reach` tails ending the other. A pair that differs in its first four bytes
// has no such beginning; a word that ends another has the other's last four.
bool sketched_words_match(std::string_view a, const WordSketch& x, std::string_view b,
                          const WordSketch& y, WordReach reach) {
  if (a.size() == b.size() && x.head == y.head && x.tail == y.tail && a == b) return true;
  const bool a_shorter = a.size() < b.size();
  const std::size_t shorter = a_shorter ? a.size() : b.size();
  if (shorter < 5) return false;
  if (reach == WordReach::tails && x.tail == y.tail &&
      (a_shorter ? b.ends_with(a) : a.ends_with(b)))
    return true;
  if (x.head != y.head) return false;
  std::size_t common = 4;
  while (common < shorter && a[common] == b[common]) ++common;
  return common * 5 >= shorter * 4;
}

}  // namespace

bool words_match(std::string_view a, std::string_view b, WordReach reach) {
  return sketched_words_match(a, sketch_word(a), b, sketch_word(b), reach);
}

namespace {

// The shortest stem that counts as the first part of a compound.
constexpr std::size_t kCompoundPart = 5;

double dice(int shared, int a, int b) { return a + b == 0 ? 1.0 : 2.0 * shared / (a + b); }

}  // namespace

bool content_words_match(const TitleProfile& a, std::size_t i, const TitleProfile& b, std::size_t j,
                         WordReach reach) {
  const WordSketch& a_stem = a.stem_sketches[i];
  const WordSketch& b_stem = b.stem_sketches[j];
  const WordSketch& a_word = a.content_sketches[i];
  const WordSketch& b_word = b.content_sketches[j];
  if (a.stems[i].size() == b.stems[j].size() && a_stem.head == b_stem.head &&
      a_stem.tail == b_stem.tail && a.stems[i] == b.stems[j])
    return true;
  if (sketched_words_match(a.content[i], a_word, b.content[j], b_word, reach)) return true;
  // A compound and its first part: the stem of one word, of at least five letters, begins the
  // other ("woningen" -> "woning" ~ "woninginbraken", "voertuigen" ~ "voertuigdiefstal").
  const auto stem_begins = [](const std::string& stem, const WordSketch& stem_sketch,
                              const std::string& word, const WordSketch& word_sketch) {
    return stem.size() >= kCompoundPart && word.size() > stem.size() &&
           stem_sketch.head == word_sketch.head && word.starts_with(stem);
  };
  return stem_begins(a.stems[i], a_stem, b.content[j], b_word) ||
         stem_begins(b.stems[j], b_stem, a.content[i], a_word);
}

namespace {

// The first and last bytes of some content words of a title (WordSketch) as sets, to tell that
// a word of another title matches none of them without comparing it with each. Every way
// content_words_match has of matching two words implies an equality of sketches: the same
// stem, the same stem head; equal words or a common beginning of four bytes or more, the same
// head; a word of five bytes or more ending the other, the same tail; a stem of five bytes or
// more beginning the other word, that stem's head is the word's head. So a word none of whose
// sketches is in the sets matches none of the words.
class WordSets {
 public:
  WordSets(const TitleProfile& profile, std::size_t count) {
    for (std::size_t w = 0; w < count; ++w) {
      heads_.add(profile.content_sketches[w].head);
      heads_.add(profile.stem_sketches[w].head);
      tails_.add(profile.content_sketches[w].tail);
    }
  }

  // Whether content word `w` of `other` may match one of the words.
  bool may_match(const TitleProfile& other, std::size_t w, WordReach reach) const {
    return heads_.has(other.content_sketches[w].head) || heads_.has(other.stem_sketches[w].head) ||
           (reach == WordReach::tails && tails_.has(other.content_sketches[w].tail));
  }

 private:
  SketchSet heads_;
  SketchSet tails_;
};

// Whether content word `i` of `part` matches one of the first `whole_count` of `whole`.
bool matches_one_of(const TitleProfile& part, std::size_t i, const TitleProfile& whole,
                    std::size_t whole_count, const WordSets& whole_words, WordReach reach) {
  if (!whole_words.may_match(part, i, reach)) return false;
  for (std::size_t j = 0; j < whole_count; ++j) {
    if (content_words_match(part, i, whole, j, reach)) return true;
  }
  return false;
}

}  // namespace

bool contained_at_least(const TitleProfile& part, std::size_t part_count, const TitleProfile& whole,
                        std::size_t whole_count, double share, WordReach reach) {
  if (part_count == 0) return share <= 0;
  const auto fraction = [&](std::size_t count) {
    return static_cast<double>(count) / static_cast<double>(part_count);
  };
  const WordSets whole_words(whole, whole_count);
  std::size_t found = 0;
  for (std::size_t i = 0; i < part_count; ++i) {
    if (matches_one_of(part, i, whole, whole_count, whole_words, reach)) {
      ++found;
    } else if (fraction(part_count - (i + 1 - found)) < share) {
      return false;  // not even if every word after this one matched
    }
  }
  return fraction(found) >= share;
}

bool all_contained(const TitleProfile& part, std::size_t part_count, const TitleProfile& whole,
                   std::size_t whole_count, WordReach reach) {
  if (part_count == 0) return false;
  const WordSets whole_words(whole, whole_count);
  for (std::size_t i = 0; i < part_count; ++i) {
    if (!matches_one_of(part, i, whole, whole_count, whole_words, reach)) return false;
  }
  return true;
}

bool share_content_word(const TitleProfile& a, const TitleProfile& b, WordReach reach) {
  for (std::size_t i = 0; i < a.content.size(); ++i) {
    for (std::size_t j = 0; j < b.content.size(); ++j) {
      if (content_words_match(a, i, b, j, reach)) return true;
    }
  }
  return false;
}

namespace {

// Whether `word` (a run of word bytes) holds no letter, mark or digit: a dash or quote
// outside ASCII ("–", "«"), which separates words as ASCII punctuation does.
bool is_punctuation(std::string_view word) {
  if (static_cast<unsigned char>(word.front()) < 0x80) return false;
  for (std::size_t at = 0; at < word.size();) {
    utf8proc_int32_t code_point = 0;
    const utf8proc_ssize_t size =
        utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(word.data() + at),
                         static_cast<utf8proc_ssize_t>(word.size() - at), &code_point);
    if (size <= 0) return false;
    if (is_word_code_point(code_point)) return false;
    at += static_cast<std::size_t>(size);
  }
  return true;
}

// Calls `visit(word, after_head_mark)` for each word of folded text, in order;
// `after_head_mark` is true once a ':', '(', ',' or ';' has come after some word.
template <typename Visit>
void for_each_word(std::string_view folded, Visit visit) {
  bool seen_word = false;
  bool after_mark = false;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= folded.size(); ++i) {
    const bool word_byte = i < folded.size() && is_word_byte(static_cast<unsigned char>(folded[i]));
    if (word_byte) continue;
    if (i > start) {
      const std::string_view word = folded.substr(start, i - start);
      if (!is_punctuation(word)) {
        visit(word, after_mark);
        seen_word = true;
      }
    }
    if (i < folded.size() && seen_word &&
        std::string_view(":(,;").find(folded[i]) != std::string_view::npos) {
      after_mark = true;
    }
    start = i + 1;
  }
}

}  // namespace

std::string normalized_title(std::string_view title) {
  std::string normalized;
  for_each_word(fold(title), [&](std::string_view word, bool) {
    if (!normalized.empty()) normalized += ' ';
    normalized += word;
  });
  return normalized;
}

void add_content_word(TitleProfile& profile, std::string word, std::string stem) {
  profile.content_sketches.push_back(sketch_word(word));
  profile.stem_sketches.push_back(sketch_word(stem));
  profile.content.push_back(std::move(word));
  profile.stems.push_back(std::move(stem));
}

TitleProfile profile_title(std::string_view title, std::string_view lang) {
  TitleProfile profile;
  bool head_ended = false;
  const std::string folded = fold(title);
  // Room for the words at once (a hint: words are mostly one space apart).
  const auto words = static_cast<std::size_t>(1 + std::count(folded.begin(), folded.end(), ' '));
  for (auto* list : {&profile.words, &profile.content, &profile.stems}) list->reserve(words);
  for (auto* list : {&profile.word_sketches, &profile.content_sketches, &profile.stem_sketches})
    list->reserve(words);
  for_each_word(folded, [&](std::string_view word, bool after_mark) {
    profile.words.emplace_back(word);
    if (is_function_word(word)) return;
    if (after_mark && !head_ended) {
      head_ended = true;
      profile.head = profile.content.size();
    }
    add_content_word(profile, std::string(word),
                     lang.empty() ? std::string(word) : stem(word, lang));
  });
  if (!head_ended) profile.head = profile.content.size();
  for (const std::string& word : profile.words) {
    profile.word_sketches.push_back(sketch_word(word));
    profile.word_heads.add(profile.word_sketches.back().head);
    profile.word_tails.add(profile.word_sketches.back().tail);
  }
  std::string padded = "  ";  // the words written together; short titles still have trigrams
  padded.reserve(folded.size() + 3);
  profile.normalized.reserve(folded.size());
  for (const auto& w : profile.words) {
    if (!profile.normalized.empty()) profile.normalized += ' ';
    profile.normalized += w;
    padded += w;
  }
  padded += ' ';
  profile.trigrams.reserve(padded.size());
  for (std::size_t i = 0; i + 3 <= padded.size(); ++i) {
    const auto byte = [&](std::size_t k) {
      return static_cast<std::uint32_t>(static_cast<unsigned char>(padded[i + k]));
    };
    profile.trigrams.push_back(byte(0) << 16 | byte(1) << 8 | byte(2));
  }
  std::sort(profile.trigrams.begin(), profile.trigrams.end());
  return profile;
}

int shared_trigrams(const TitleProfile& a, const TitleProfile& b) {
  // Both lists are sorted: the shared trigrams, repeats included, come from one merge.
  int shared = 0;
  for (auto x = a.trigrams.begin(), y = b.trigrams.begin();
       x != a.trigrams.end() && y != b.trigrams.end();) {
    if (*x < *y) {
      ++x;
    } else if (*y < *x) {
      ++y;
    } else {
      ++shared;
      ++x;
      ++y;
    }
  }
  return shared;
}

double profile_similarity(const TitleProfile& a, const TitleProfile& b) {
  if (a.normalized == b.normalized) return 1.0;
  const int shared = shared_trigrams(a, b);
  // A word matches an equal word, one with the same stem ("cybercrime",
  // "cybercriminaliteit") or one it ends ("security", "cybersecurity"); each word of `a` once.
  std::vector<bool> used(a.words.size(), false);
  int shared_words = 0;
  for (std::size_t j = 0; j < b.words.size(); ++j) {
    // words_match with tails implies the same head or the same tail (sketched_words_match).
    const WordSketch& sketch = b.word_sketches[j];
    if (!a.word_heads.has(sketch.head) && !a.word_tails.has(sketch.tail)) continue;
    for (std::size_t i = 0; i < a.words.size(); ++i) {
      if (!used[i] && sketched_words_match(a.words[i], a.word_sketches[i], b.words[j],
                                           b.word_sketches[j], WordReach::tails)) {
        used[i] = true;
        ++shared_words;
        break;
      }
    }
  }
  return 0.7 * dice(shared, static_cast<int>(a.trigrams.size()),
                    static_cast<int>(b.trigrams.size())) +
         0.3 *
             dice(shared_words, static_cast<int>(a.words.size()), static_cast<int>(b.words.size()));
}

double title_similarity(std::string_view a, std::string_view b) {
  return profile_similarity(profile_title(a), profile_title(b));
}

}  // namespace kiv
