// kiv::search: the query language turned into FTS5's, the ranked matches of the index's
// item_search table (migrations/0004_search.sql), and their marked titles and snippets.

#include "kiv/search.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <sqlite3.h>
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <functional>
#include <map>
#include <memory>
#include <optional>

#include "index/index_db.hpp"
#include "index/search_rowid.hpp"
#include "kiv/error.hpp"
#include "kiv/ids.hpp"
#include "kiv/text.hpp"
#include "word_forms.hpp"

namespace kiv {
namespace {

// What highlight() and snippet() put around a hit: Unicode noncharacters, which no published
// text holds (one that did would only be marked oddly).
constexpr std::string_view kOpen = "\xEF\xB7\x90";   // U+FDD0
constexpr std::string_view kClose = "\xEF\xB7\x91";  // U+FDD1
constexpr const char* kEllipsis = "…";
constexpr int kSnippetTokens = 16;

constexpr std::array<std::string_view, 3> kColumns = {"title", "description", "subtopics"};
constexpr std::array<std::string_view, 3> kOperators = {"AND", "OR", "NOT"};

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// A word as an FTS5 string: "word", or "word"* for a prefix. The tokenizer splits what it
// holds into tokens, which FTS5 then matches as a phrase.
std::string fts5_word(std::string_view word) {
  const std::size_t end = word.find_last_not_of('*');
  const bool prefix = end != word.size() - 1;
  return "\"" + std::string(word.substr(0, end == std::string_view::npos ? 0 : end + 1)) + "\"" +
         (prefix ? "*" : "");
}

// Splits FTS5's output, with hits between kOpen and kClose, into spans.
MarkedText split_marks(std::string_view text) {
  MarkedText spans;
  const auto add = [&](std::string_view part, bool hit) {
    if (part.empty()) return;
    if (!spans.empty() && spans.back().hit == hit) {
      spans.back().text += part;
    } else {
      spans.push_back({std::string(part), hit});
    }
  };
  bool hit = false;
  while (!text.empty()) {
    const std::string_view mark = hit ? kClose : kOpen;
    const std::size_t at = text.find(mark);
    add(text.substr(0, at), hit);
    if (at == std::string_view::npos) break;
    text.remove_prefix(at + mark.size());
    hit = !hit;
  }
  // Hits with only spaces between them are one: "**cyber security**", not "**cyber** **security**".
  MarkedText joined;
  for (TextSpan& span : spans) {
    if (span.hit && joined.size() >= 2 && joined[joined.size() - 2].hit &&
        joined.back().text.find_first_not_of(' ') == std::string::npos) {
      const std::string space = std::move(joined.back().text);
      joined.pop_back();
      joined.back().text += space + span.text;
    } else {
      joined.push_back(std::move(span));
    }
  }
  return joined;
}

bool has_hit(const MarkedText& text) {
  return std::any_of(text.begin(), text.end(), [](const TextSpan& span) { return span.hit; });
}

std::string in_quotes(std::string_view text) { return "'" + std::string(text) + "'"; }

std::string joined(const std::vector<std::string>& parts) {
  return parts.empty() ? "none" : join(parts);
}

// The languages of the store's editions, sorted.
std::vector<std::string> store_languages(SQLite::Database& db) {
  std::vector<std::string> languages;
  SQLite::Statement query(db, "SELECT DISTINCT lang FROM edition_titles ORDER BY lang");
  while (query.executeStep()) languages.push_back(query.getColumn(0).getString());
  return languages;
}

void check_language(const std::vector<std::string>& languages, const std::string& lang) {
  if (lang.empty()) return;
  if (!is_valid_lang(lang)) {
    throw Error(ErrorKind::input, in_quotes(lang) +
                                      " is not a language code; expected two "
                                      "lowercase letters, such as nl or fr");
  }
  if (std::find(languages.begin(), languages.end(), lang) != languages.end()) return;
  throw Error(ErrorKind::input, "no edition of the store has texts in " + in_quotes(lang) +
                                    "; its languages: " + joined(languages));
}

// A word as the inflection rule reads it (kiv/search.hpp): canonically decomposed, without
// its combining marks, A-Z in lower case; nullopt unless only a-z and 0-9 are left. The
// site's search folds its words the same way (NFD, \p{M} removed, lower case).
std::optional<std::string> latin_word(std::string_view word) {
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t length =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(word.data()),
                   static_cast<utf8proc_ssize_t>(word.size()), &mapped,
                   static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK));
  const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(mapped, &std::free);
  if (length <= 0) return std::nullopt;
  std::string latin(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(length));
  for (char& c : latin) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return std::nullopt;
  }
  return latin;
}

// The words of the search table's vocabulary that a query word finds by its stem
// (kiv/search.hpp): for a Latin word of five letters or more, the Latin words that begin with
// its first four and have its Snowball stem in `lang` (none without a language). The words it
// begins are left out: its prefix finds them already. (FTS5's vocabulary counts the rows of
// every term it lists, so the fewer terms read the better: the four letters keep them few.)
class StemRelatives {
 public:
  static constexpr std::size_t kShared = 4;  // the letters a relative begins with alike

  StemRelatives(SQLite::Database& db, std::optional<std::string_view> lang)
      : db_(db), lang_(lang) {}

  std::vector<std::string> of(std::string_view word) {
    const std::optional<std::string> latin = latin_word(word);
    if (!latin || latin->size() <= kShared || !lang_) return {};
    // The vocabulary, read where it is kept (FTS5's own terms), through a table of the
    // connection's temporary schema: a store the user may only read is not written.
    if (!vocabulary_) {
      db_.exec(
          "CREATE VIRTUAL TABLE IF NOT EXISTS temp.kiv_search_terms"
          " USING fts5vocab(main, item_search, 'row')");
      vocabulary_.emplace(db_,
                          "SELECT term FROM temp.kiv_search_terms WHERE term >= ? AND term < ?");
    }
    const std::string start = latin->substr(0, kShared);
    std::string end = start;
    ++end.back();  // a-z and 0-9 only: never past '~'
    vocabulary_->bind(1, start);
    vocabulary_->bind(2, end);
    const std::string stemmed = stem(*latin, *lang_);
    std::vector<std::string> relatives;
    while (vocabulary_->executeStep()) {
      std::string term = vocabulary_->getColumn(0).getString();
      if (term.starts_with(*latin) || !latin_word(term).has_value()) continue;
      if (stem(term, *lang_) == stemmed) relatives.push_back(std::move(term));
    }
    vocabulary_->reset();
    return relatives;
  }

 private:
  SQLite::Database& db_;
  std::optional<std::string_view> lang_;
  std::optional<SQLite::Statement> vocabulary_;
};

// The language whose stems a query's words are matched by: the one asked for, else the
// store's default language (default_language: nl when it has Dutch texts); none when kiv has
// no stemmer of it. One stemmer only: two would pair words of two languages that only look
// alike (nl politie and fr politique have one French stem).
std::optional<std::string_view> stemmed_language(const std::string& lang,
                                                 const std::vector<std::string>& store_languages) {
  const std::string chosen = lang.empty() ? default_language(store_languages) : lang;
  const auto known = std::find(kStemmedLanguages.begin(), kStemmedLanguages.end(), chosen);
  if (known == kStemmedLanguages.end()) return std::nullopt;
  return *known;
}

// What a query word also finds beside itself and the words it begins (none by default).
using Relatives = std::function<std::vector<std::string>(std::string_view word)>;

// A query in FTS5's syntax, and what search must know of it.
struct Fts5Query {
  std::string text;
  bool prefix = false;        // it has a prefix (drugs*)
  bool alternatives = false;  // it has OR
};

Fts5Query translate(std::string_view text, const Relatives& relatives = {}) {
  Fts5Query query;
  std::string& fts5 = query.text;
  const auto add = [&](std::string_view part) {
    // Two operands side by side are joined by an explicit AND: FTS5 takes the implicit one
    // between phrases only, and a word is a group ("a" OR "a"*).
    const bool operand =
        part != ")" && std::find(kOperators.begin(), kOperators.end(), part) == kOperators.end();
    const bool after_operand =
        !fts5.empty() && (fts5.back() == ')' || fts5.back() == '"' || fts5.back() == '*');
    if (operand && after_operand) fts5 += " AND";
    if (!fts5.empty() && fts5.back() != '(' && part != ")") fts5 += ' ';
    fts5 += part;
  };
  std::size_t at = 0;
  while (at < text.size()) {
    const char c = text[at];
    if (is_space(c)) {
      ++at;
    } else if (c == '(' || c == ')') {
      add(std::string(1, c));
      ++at;
    } else if (c == '"') {
      // A phrase, as FTS5 reads one; without its closing quote FTS5 reports it unterminated.
      const std::size_t close = text.find('"', at + 1);
      std::size_t end = close == std::string_view::npos ? text.size() : close + 1;
      while (end < text.size() && text[end] == '*') ++end;
      std::string phrase(text.substr(at, end - at));
      if (phrase.size() > 2 && phrase.back() == '*') {
        phrase.erase(phrase.find_last_not_of('*') + 1);
        phrase += '*';
        query.prefix = true;
      }
      add(phrase);
      at = end;
    } else {
      std::size_t end = at;
      while (end < text.size() && !is_space(text[end]) && text[end] != '"' && text[end] != '(' &&
             text[end] != ')') {
        ++end;
      }
      std::string_view word = text.substr(at, end - at);
      at = end;
      if (std::find(kOperators.begin(), kOperators.end(), word) != kOperators.end()) {
        query.alternatives = query.alternatives || word == "OR";
        add(word);
        continue;
      }
      if (const std::size_t colon = word.find(':'); colon != std::string_view::npos) {
        const std::string_view column = word.substr(0, colon);
        if (std::find(kColumns.begin(), kColumns.end(), column) != kColumns.end()) {
          add(std::string(column) + " :");
          word.remove_prefix(colon + 1);
          if (word.empty()) continue;  // the column's operand follows: a phrase, a group
        }
      }
      if (word.back() == '*') {
        query.prefix = true;
        add(fts5_word(word));
      } else {
        // A word also finds the words it begins, as the site's search does ("drugs" finds
        // "drugsbeleid", "cyber" "cybercrime"), and the words of its stem ("drugs" finds
        // "drug"); the word itself, matched twice, ranks first.
        query.prefix = true;
        const std::string exact = fts5_word(word);
        std::string group = "(" + exact + " OR " + exact + "*";
        if (relatives) {
          for (const std::string& relative : relatives(word)) group += " OR \"" + relative + "\"";
        }
        add(group + ")");
      }
    }
  }
  return query;
}

// The revisions that later ones replaced: usually none or few (corrections).
bool has_superseded_revisions(SQLite::Database& db) {
  return db.execAndGet(
               "SELECT EXISTS (SELECT id FROM revisions EXCEPT SELECT latest_revision "
               "FROM editions)")
             .getInt() != 0;
}

// The rowids and scores of the best matches. Everything it filters and orders by is in the
// rowid, so that the rows themselves are not read; a filter is only applied when it excludes
// something, as each costs a lookup per match.
std::vector<std::pair<std::int64_t, double>> best_matches(SQLite::Database& db,
                                                          const Fts5Query& fts5,
                                                          const SearchQuery& query,
                                                          bool several_series) {
  std::string sql = fmt::format(
      "SELECT s.rowid, kiv_rank(item_search, {}) AS score FROM item_search s"
      " WHERE item_search MATCH ?",
      fts5.alternatives ? 1 : 0);
  const bool by_series = !query.series.empty() && several_series;
  if (by_series) {
    sql += fmt::format(" AND {} IN (SELECT {} WHERE series = ?)", kSearchRevisionSql,
                       query.all_revisions ? "id FROM revisions" : "latest_revision FROM editions");
  } else if (!query.all_revisions && has_superseded_revisions(db)) {
    sql += fmt::format(
        " AND {} NOT IN (SELECT id FROM revisions EXCEPT SELECT latest_revision "
        "FROM editions)",
        kSearchRevisionSql);
  }
  if (!query.lang.empty()) sql += fmt::format(" AND {} = ?", kSearchLangCodeSql);
  // Equal scores: the newest revision first, then by language, section and rank.
  sql += fmt::format(" ORDER BY score DESC, {} DESC, s.rowid LIMIT ?", kSearchRevisionSql);
  SQLite::Statement statement(db, sql);
  int parameter = 0;
  statement.bind(++parameter, fts5.text);
  if (by_series) statement.bind(++parameter, query.series);
  if (!query.lang.empty()) statement.bind(++parameter, search_lang_code(query.lang));
  statement.bind(++parameter,
                 query.limit == 0 ? std::int64_t{-1} : static_cast<std::int64_t>(query.limit));
  std::vector<std::pair<std::int64_t, double>> matches;
  try {
    while (statement.executeStep()) {
      matches.emplace_back(statement.getColumn(0).getInt64(), statement.getColumn(1).getDouble());
    }
  } catch (const SQLite::Exception& e) {
    // FTS5 parses the query when the statement first steps, and reports a query it cannot
    // parse as a plain SQLITE_ERROR; anything else is a damaged or unreadable index.
    if (e.getErrorCode() != SQLITE_ERROR) throw;
    throw Error(ErrorKind::input,
                in_quotes(query.text) + " is not valid FTS5 query syntax (" + e.what() +
                    "); expected words, \"phrases\", prefix* and AND, OR, NOT, ( ) between them");
  }
  return matches;
}

// A statement that reads matches of the FTS5 query (its first parameter) chosen by `which`:
// their rowid, the item's key, and its texts marked.
std::string hits_sql(std::string_view which) {
  const std::string marks = fmt::format("'{}', '{}'", kOpen, kClose);
  const auto snippet = [&](int column) {
    return fmt::format("snippet(item_search, {}, {}, '{}', {})", column, marks, kEllipsis,
                       kSnippetTokens);
  };
  return fmt::format(
      "SELECT s.rowid, (SELECT k.key FROM items i JOIN item_keys k ON k.id = i.key_id"
      " WHERE i.id = s.rowid), s.title,"
      " highlight(item_search, 0, {marks}), {s1}, {s2}"
      " FROM item_search s WHERE item_search MATCH ? AND {which}",
      fmt::arg("marks", marks), fmt::arg("s1", snippet(1)), fmt::arg("s2", snippet(2)),
      fmt::arg("which", which));
}

// The item's key, title and snippet from a row of hits_sql.
void read_texts(SQLite::Statement& row, SearchHit& hit) {
  hit.key = row.getColumn(1).getString();  // NULL reads as ""
  hit.title = row.getColumn(2).getString();
  hit.marked_title = split_marks(row.getColumn(3).getString());
  hit.snippet = hit.marked_title;
  hit.snippet_source = SnippetSource::title;
  if (has_hit(hit.marked_title)) return;
  for (const SnippetSource source : {SnippetSource::description, SnippetSource::subtopics}) {
    MarkedText snippet = split_marks(row.getColumn(3 + static_cast<int>(source)).getString());
    if (has_hit(snippet)) {
      hit.snippet = std::move(snippet);
      hit.snippet_source = source;
      return;
    }
  }
}

// Reads the texts of the hits, whose rowids `place` maps to their index in `hits`.
void read_hit_texts(SQLite::Database& db, const Fts5Query& fts5,
                    const std::map<std::int64_t, std::size_t>& place,
                    std::vector<SearchHit>& hits) {
  std::size_t found = 0;
  if (fts5.prefix) {
    // FTS5 works out a prefix's matches anew for each statement that runs, rowid given or
    // not: read them all with one statement, over the range of their rowids (the unary +
    // keeps SQLite from running the scan once per rowid).
    std::string rowids;
    for (const auto& [rowid, index] : place)
      rowids += (rowids.empty() ? "[" : ",") + std::to_string(rowid);
    SQLite::Statement statement(db, hits_sql("s.rowid BETWEEN ? AND ? AND +s.rowid IN "
                                             "(SELECT value FROM json_each(?))"));
    statement.bind(1, fts5.text);
    statement.bind(2, place.begin()->first);
    statement.bind(3, place.rbegin()->first);
    statement.bind(4, rowids + "]");
    for (; statement.executeStep(); ++found) {
      read_texts(statement, hits[place.at(statement.getColumn(0).getInt64())]);
    }
  } else {
    // Each match found by its rowid, without scanning the others.
    SQLite::Statement statement(db, hits_sql("s.rowid = ?"));
    for (const auto& [rowid, index] : place) {
      statement.bind(1, fts5.text);
      statement.bind(2, rowid);
      if (statement.executeStep()) {
        read_texts(statement, hits[index]);
        ++found;
      }
      statement.reset();
    }
  }
  if (found != hits.size()) {
    throw Error(ErrorKind::store, fmt::format("the search index lost {} of its matches while they "
                                              "were read",
                                              hits.size() - found));
  }
}

std::vector<SearchHit> read_hits(IndexDb& index, SQLite::Database& db, const Fts5Query& fts5,
                                 const std::vector<std::pair<std::int64_t, double>>& matches) {
  if (matches.empty()) return {};
  std::map<std::int64_t, std::size_t> place;  // rowid -> index in `hits`
  std::map<std::int64_t, RevisionInfo> revisions;
  std::vector<SearchHit> hits(matches.size());
  for (const auto& [rowid, score] : matches) {
    const SearchRowId row = decode_search_rowid(rowid);
    auto known = revisions.find(row.revision_id);
    if (known == revisions.end()) {
      auto revision = index.revision_by_id(row.revision_id);
      if (!revision) {
        throw Error(ErrorKind::store, fmt::format("the search index names revision row {}, which "
                                                  "the index lacks; run 'kiv rebuild'",
                                                  row.revision_id));
      }
      known = revisions.emplace(row.revision_id, std::move(*revision)).first;
    }
    SearchHit& hit = hits[place.size()];
    hit.revision = known->second;
    hit.lang = row.lang;
    hit.section = row.section;
    hit.rank = row.rank;
    hit.score = score;
    place.emplace(rowid, place.size());
  }
  read_hit_texts(db, fts5, place, hits);
  return hits;
}

}  // namespace

std::string_view snippet_source_name(SnippetSource source) noexcept {
  return kColumns[static_cast<std::size_t>(source)];
}

std::string to_fts5_query(std::string_view text) { return translate(text).text; }

std::string marked(const MarkedText& text, std::string_view open, std::string_view close) {
  std::string out;
  for (const TextSpan& span : text) {
    if (span.hit) out += open;
    out += span.text;
    if (span.hit) out += close;
  }
  return out;
}

std::vector<SearchHit> IndexDb::search(const SearchQuery& query) {
  const std::vector<std::string> languages = store_languages(db_);
  StemRelatives stems(db_, stemmed_language(query.lang, languages));
  const Fts5Query fts5 =
      translate(query.text, [&](std::string_view word) { return stems.of(word); });
  if (fts5.text.empty()) {
    throw Error(ErrorKind::input, "the search query is empty; expected words to search for");
  }
  const std::vector<std::string> all_series = series();
  if (!query.series.empty()) require_series(query.series, all_series);
  check_language(languages, query.lang);
  return read_hits(*this, db_, fts5, best_matches(db_, fts5, query, all_series.size() > 1));
}

std::vector<SearchHit> search(const Index& index, const SearchQuery& query) {
  try {
    return IndexDb::of(index).search(query);
  } catch (const SQLite::Exception& e) {
    throw Error(ErrorKind::store,
                index.store_path().string() + ": cannot search the index: " + e.what());
  }
}

}  // namespace kiv
