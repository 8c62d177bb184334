#include "word_forms.hpp"

#include <libstemmer.h>

#include <algorithm>
#include <array>
#include <memory>
#include <set>
#include <unordered_map>

namespace kiv {

bool is_function_word(std::string_view folded_word) {
  static const std::set<std::string_view> kFunctionWords = {
      // nl
      "de", "het", "een", "en", "of", "van", "voor", "in", "op", "met", "aan", "door", "tegen",
      "bij", "als", "naar", "om", "over", "tot", "uit", "te", "ter", "ten", "s", "t", "zijn",
      "haar", "hun", "die", "dat", "deze", "dit", "maar", "ook", "zowel", "onder",
      // fr (folded: "a" for "à"), elisions as words: l', d', qu', n', s'
      "le", "la", "les", "l", "un", "une", "et", "ou", "du", "des", "d", "pour", "dans", "sur",
      "avec", "au", "aux", "par", "a", "entre", "qu", "que", "qui", "n", "ne", "leur", "leurs",
      "sa", "son", "ses", "ainsi", "vers", "sous",
      // de (folded: "fur" for "für")
      "der", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen", "und",
      "oder", "von", "vom", "zur", "zum", "zu", "im", "mit", "fur", "bei", "auf", "aus", "am", "an",
      "als", "sowie", "gegen", "uber",
      // en
      "the", "an", "and", "or", "for", "on", "with", "to", "by", "at", "from", "as", "its", "their",
      "into"};
  // Most words are longer than any function word, and skip the lookup.
  static const std::size_t kLongest =
      std::max_element(kFunctionWords.begin(), kFunctionWords.end(),
                       [](std::string_view a, std::string_view b) { return a.size() < b.size(); })
          ->size();
  return folded_word.size() <= kLongest && kFunctionWords.contains(folded_word);
}

namespace {

struct StemmerDelete {
  void operator()(sb_stemmer* stemmer) const { sb_stemmer_delete(stemmer); }
};
using StemmerHandle = std::unique_ptr<sb_stemmer, StemmerDelete>;

// One stemmer per language and thread (a Snowball stemmer keeps state between calls).
sb_stemmer* stemmer_for(std::string_view lang) {
  static constexpr std::array<std::pair<std::string_view, const char*>, 4> kAlgorithms = {
      {{"nl", "dutch"}, {"fr", "french"}, {"de", "german"}, {"en", "english"}}};
  thread_local std::array<StemmerHandle, kAlgorithms.size()> stemmers;
  for (std::size_t i = 0; i < kAlgorithms.size(); ++i) {
    if (kAlgorithms[i].first != lang) continue;
    if (!stemmers[i]) stemmers[i].reset(sb_stemmer_new(kAlgorithms[i].second, "UTF_8"));
    return stemmers[i].get();
  }
  return nullptr;
}

}  // namespace

std::string stem(std::string_view folded_word, std::string_view lang) {
  sb_stemmer* stemmer = stemmer_for(lang);
  if (stemmer == nullptr || folded_word.empty()) return std::string(folded_word);
  // Titles repeat their words: each word is stemmed once per language and thread (the cache
  // is emptied when it grows past a vocabulary's size).
  thread_local std::unordered_map<std::string, std::string> cache;
  thread_local std::string cached_lang;
  if (cached_lang != lang || cache.size() > 200'000) {
    cache.clear();
    cached_lang = std::string(lang);
  }
  std::string key(folded_word);
  if (const auto found = cache.find(key); found != cache.end()) return found->second;
  const sb_symbol* stemmed =
      sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(folded_word.data()),
                      static_cast<int>(folded_word.size()));
  if (stemmed == nullptr) return std::string(folded_word);  // out of memory: the word itself
  std::string result(reinterpret_cast<const char*>(stemmed),
                     static_cast<std::size_t>(sb_stemmer_length(stemmer)));
  cache.emplace(std::move(key), result);
  return result;
}

}  // namespace kiv
