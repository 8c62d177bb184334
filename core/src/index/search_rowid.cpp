#include "index/search_rowid.hpp"

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <vector>

#include "kiv/error.hpp"

namespace kiv {
namespace {

constexpr std::int64_t kMaxRank = (std::int64_t{1} << 21) - 1;
constexpr std::int64_t kMaxRevisionId = (std::int64_t{1} << 31) - 1;

constexpr double kK1 = 1.2;
// Weights of the columns title, description, subtopics.
constexpr std::array<double, 3> kWeights = {10.0, 3.0, 2.0};

// What kiv_rank keeps for one query: the weight of each phrase, and room to count.
struct PhraseWeights {
  std::vector<double> idf;
  std::vector<int> frequency;  // per phrase and column, for the current row
};

int count_row(const Fts5ExtensionApi*, Fts5Context*, void* count) {
  ++*static_cast<std::int64_t*>(count);
  return SQLITE_OK;
}

// The phrases' inverse document frequencies, as FTS5's bm25 computes them, when `weigh`;
// else all 1.
int phrase_weights(const Fts5ExtensionApi* api, Fts5Context* fts, bool weigh,
                   PhraseWeights& weights) {
  const int phrases = api->xPhraseCount(fts);
  weights.idf.assign(static_cast<std::size_t>(phrases), 1.0);
  if (!weigh || phrases < 2) return SQLITE_OK;
  sqlite3_int64 rows = 0;
  if (const int rc = api->xRowCount(fts, &rows); rc != SQLITE_OK) return rc;
  for (int phrase = 0; phrase < phrases; ++phrase) {
    std::int64_t hits = 0;
    if (const int rc = api->xQueryPhrase(fts, phrase, &hits, count_row); rc != SQLITE_OK) return rc;
    const double n = static_cast<double>(rows);
    const double h = static_cast<double>(hits);
    weights.idf[static_cast<std::size_t>(phrase)] =
        std::max(1e-6, std::log((n - h + 0.5) / (h + 0.5)));
  }
  return SQLITE_OK;
}

void kiv_rank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int count,
              sqlite3_value** arguments) {
  auto* weights = static_cast<PhraseWeights*>(api->xGetAuxdata(fts, 0));
  if (weights == nullptr) {
    auto owned = std::make_unique<PhraseWeights>();
    const bool weigh = count > 0 && sqlite3_value_int(arguments[0]) != 0;
    if (const int rc = phrase_weights(api, fts, weigh, *owned); rc != SQLITE_OK) {
      sqlite3_result_error_code(context, rc);
      return;
    }
    weights = owned.get();
    const int rc = api->xSetAuxdata(fts, owned.release(),
                                    [](void* data) { delete static_cast<PhraseWeights*>(data); });
    if (rc != SQLITE_OK) {
      sqlite3_result_error_code(context, rc);
      return;
    }
  }
  int instances = 0;
  if (const int rc = api->xInstCount(fts, &instances); rc != SQLITE_OK) {
    sqlite3_result_error_code(context, rc);
    return;
  }
  // Term frequency per phrase and column.
  const std::size_t phrases = weights->idf.size();
  std::vector<int>& frequency = weights->frequency;
  frequency.assign(phrases * kWeights.size(), 0);
  for (int i = 0; i < instances; ++i) {
    int phrase = 0, column = 0, offset = 0;
    if (const int rc = api->xInst(fts, i, &phrase, &column, &offset); rc != SQLITE_OK) {
      sqlite3_result_error_code(context, rc);
      return;
    }
    if (column >= 0 && column < static_cast<int>(kWeights.size())) {
      ++frequency[static_cast<std::size_t>(phrase) * kWeights.size() +
                  static_cast<std::size_t>(column)];
    }
  }
  double score = 0.0;
  for (std::size_t phrase = 0; phrase < phrases; ++phrase) {
    for (std::size_t column = 0; column < kWeights.size(); ++column) {
      const double tf = frequency[phrase * kWeights.size() + column];
      if (tf > 0) score += weights->idf[phrase] * kWeights[column] * tf * (kK1 + 1) / (tf + kK1);
    }
  }
  sqlite3_result_double(context, score);
}

fts5_api* fts5_of(SQLite::Database& db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(db.getHandle(), "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
    sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
  }
  sqlite3_finalize(statement);
  return api;
}

}  // namespace

int search_lang_code(std::string_view lang) { return (lang[0] - 'a') * 26 + (lang[1] - 'a'); }

std::int64_t search_rowid(const SearchRowId& row) {
  if (row.rank < 0 || row.rank > kMaxRank || row.revision_id < 0 ||
      row.revision_id > kMaxRevisionId) {
    throw Error(ErrorKind::store,
                "cannot index item " + std::to_string(row.rank) + " of revision row " +
                    std::to_string(row.revision_id) +
                    " for search: expected a rank below 2^21 and at most 2^31 revisions");
  }
  return row.revision_id << 32 | std::int64_t{search_lang_code(row.lang)} << 22 |
         std::int64_t{row.section == Section::themes ? 1 : 0} << 21 | row.rank;
}

RowIdRange revision_rows(std::int64_t revision_id) {
  const std::int64_t first = search_rowid({revision_id, "aa", Section::priorities, 0});
  return {first, first + (std::int64_t{1} << 32) - 1};
}

RowIdRange section_rows(std::int64_t revision_id, std::string_view lang, Section section) {
  const std::int64_t first = search_rowid({revision_id, std::string(lang), section, 0});
  return {first, first + kMaxRank};
}

SearchRowId decode_search_rowid(std::int64_t rowid) {
  const auto code = static_cast<int>((rowid >> 22) & 1023);
  return {rowid >> 32,
          std::string{static_cast<char>('a' + code / 26), static_cast<char>('a' + code % 26)},
          ((rowid >> 21) & 1) == 0 ? Section::priorities : Section::themes,
          static_cast<int>(rowid & kMaxRank)};
}

void register_search_rank(SQLite::Database& db) {
  fts5_api* api = fts5_of(db);
  if (api == nullptr ||
      api->xCreateFunction(api, "kiv_rank", nullptr, kiv_rank, nullptr) != SQLITE_OK) {
    throw Error(ErrorKind::store,
                db.getFilename() + ": SQLite has no FTS5, which the index needs for search");
  }
}

}  // namespace kiv
