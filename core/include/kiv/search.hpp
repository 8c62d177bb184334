#pragma once
// Full-text search over the items of a store: every title, description and subtopic of every
// edition, in every language, through the index's FTS5 table (migrations/0004_search.sql).
//
// The query language, for people who type plain words:
//   cyber security        words: items that have all of them, in any order and column, each
//                         also as the beginning of a longer word (drugs: drugsbeleid) and,
//                         when it has five letters or more and they are Latin (a-z and 0-9
//                         once case and diacritics are folded), as a word that begins with
//                         the same four and has its Snowball stem in the language
//                         SearchQuery::lang names, else in the store's default language
//                         (default_language; none but nl, fr, de and en have a stemmer):
//                         drugs: drug; policy: policies; as the site's search has it; the
//                         word itself ranks first
//   "cyber security"      a phrase: these words, one after the other ("drugs": the word only)
//   drugs*  "cyber sec"*  a prefix: any word that begins so (the last word of a phrase)
//   a OR b, a AND b, a NOT b, ( )   the FTS5 operators, in capitals, and grouping
//   title:drugs  description:(a OR b)  subtopics:"a b"   only in that text of the item
// Case and diacritics never matter, on either side: "geintegreerd" finds "geïntegreerd" and
// "géïntegreerd" finds "geintegreerd". Punctuation in a word joins its parts into a phrase
// ("cyber-security" is "cyber security", "l'extrémisme" is "l extremisme"). Every other mark
// that FTS5 knows (NEAR, ^, +, -, :) is searched as part of a word, never read as syntax; a
// query that still is not valid (an operator without its operands, an unbalanced quote or
// parenthesis) is refused as such.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "kiv/edition.hpp"
#include "kiv/index.hpp"

namespace kiv {

struct SearchQuery {
  std::string text = {};       // in the query language above
  std::string series = {};     // only this series; empty: all
  std::string lang = {};       // only texts in this language; empty: all
  bool all_revisions = false;  // also the revisions that were superseded; else latest only
  std::size_t limit = 50;      // at most this many hits, the best ones; 0: all
};

// A run of text, and whether it is one of the query's hits.
struct TextSpan {
  std::string text;
  bool hit = false;
};
using MarkedText = std::vector<TextSpan>;

// Where a snippet comes from: the first of the item's texts that has a hit.
enum class SnippetSource { title, description, subtopics };
std::string_view snippet_source_name(SnippetSource source) noexcept;  // "title", ...

struct SearchHit {
  RevisionInfo revision;  // the revision whose item matched
  std::string lang;       // the language of the texts that matched
  Section section = Section::priorities;
  int rank = 0;             // the item's rank in its section
  std::string key;          // the item's key; empty when it has none
  std::string title;        // the item's title in `lang`
  MarkedText marked_title;  // the same title with the hits marked
  // Where the hits are: the marked title when it has hits, else some words around the hits
  // (at most 16) of the description, else of the subtopics (joined with "; "), with "…" where
  // text was left out. The marked title when no text has a marked hit (NOT, say).
  MarkedText snippet;
  SnippetSource snippet_source = SnippetSource::title;
  double score = 0.0;  // relevance, higher is better (see search())
};

// The hits of `query`, best first: by relevance, which is BM25 without the texts' lengths: a
// phrase found counts more the rarer it is in the index and the more often it is in the item,
// and a phrase in the title counts for more than in the description (10:3), and that more
// than in the subtopics (3:2). Equal ones: the newest revision first, then by language,
// section and rank. Reads the index only.
// Throws Error{input} when the query is empty, or not valid in the query language (the
// message quotes it and says it is not valid FTS5 query syntax), or names a language that is
// not a language code or that no edition of the store has (naming the languages it has);
// Error{not_found} for a series that the store does not hold (naming those it holds).
std::vector<SearchHit> search(const Index& index, const SearchQuery& query);

// The query in FTS5's query syntax, as search() passes it to SQLite: each word and phrase as
// an FTS5 string, prefix stars, operators, parentheses and column filters kept. Exposed for
// tests and for people who wonder what was searched.
std::string to_fts5_query(std::string_view text);

// `text` as one string with each hit between `open` and `close`, e.g. "**" and "**".
std::string marked(const MarkedText& text, std::string_view open, std::string_view close);

}  // namespace kiv
