#pragma once
// The ids of the index's item rows, which are the rowids of its full-text table, item_search
// (migrations/0004_search.sql, 0007_search_over_items.sql), shared by the indexer
// (index_db.cpp), the item queries (history_queries.cpp), search (search.cpp) and verify
// (compare.cpp).
//
// A row's rowid says which item it is, so that matches are filtered (latest revisions, a
// series, a language) and ranked without reading the row itself:
//   rowid = revision_id << 32 | lang << 22 | section << 21 | rank
// where lang is 26 x (first letter - 'a') + (second letter - 'a') (0..675), section 0 for the
// priorities and 1 for the themes, and rank below 2^21.

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "kiv/edition.hpp"

namespace kiv {

struct SearchRowId {
  std::int64_t revision_id = 0;
  std::string lang;
  Section section = Section::priorities;
  int rank = 0;
};

// The rowid of an item's row. Throws Error{store} when the revision id or the rank does not
// fit (neither can be reached: a revision holds at most 32 MB of JSON).
std::int64_t search_rowid(const SearchRowId& row);
SearchRowId decode_search_rowid(std::int64_t rowid);

// The code of a language in the rowid (lang must be a language code: is_valid_lang).
int search_lang_code(std::string_view lang);

// The ids of the items rows (migrations/0007_search_over_items.sql, the same numbers) of one
// revision, or of one section of a revision in one language (by rank): first to last.
struct RowIdRange {
  std::int64_t first = 0;
  std::int64_t last = 0;
};
RowIdRange revision_rows(std::int64_t revision_id);
RowIdRange section_rows(std::int64_t revision_id, std::string_view lang, Section section);

// SQL expressions of the parts of the rowid of the row aliased `s`.
inline constexpr const char* kSearchRevisionSql = "(s.rowid >> 32)";
inline constexpr const char* kSearchLangCodeSql = "((s.rowid >> 22) & 1023)";

// Registers the FTS5 auxiliary function kiv_rank(item_search, weigh_phrases) on `db`: the
// relevance of the current match, higher is better. It is BM25 without the texts' lengths
// (reading them costs ten times the rest): per phrase of the query, for each column, weight x
// tf x (k1 + 1) / (tf + k1), with k1 = 1.2 and the weights title 10, description 3, subtopics
// 2; times the phrase's inverse document frequency when weigh_phrases is 1 (worth its cost,
// a pass over each phrase's matches, only when the query has alternatives: in a query of
// words that must all be found, every match has them all). Throws Error{store} when SQLite
// has no FTS5.
void register_search_rank(SQLite::Database& db);

}  // namespace kiv
