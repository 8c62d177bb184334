#pragma once
// Words for synthetic framework notes, in Dutch and French. Drawn from the vocabulary of real
// security policy notes so that texts have realistic word lengths, accents (UTF-8, NFC) and
// compressibility: random letters would compress far worse than prose, random repeats of one
// word far better, and either would make the store's size on disk meaningless.

#include <span>
#include <string_view>

namespace kiv::bench {

struct Vocabulary {
  std::string_view lang;                       // language code, e.g. "nl"
  std::span<const std::string_view> content;   // nouns, adjectives
  std::span<const std::string_view> function;  // articles, prepositions, conjunctions
};

extern const Vocabulary kDutch;
extern const Vocabulary kFrench;

}  // namespace kiv::bench
