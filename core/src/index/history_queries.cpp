#include <SQLiteCpp/Statement.h>
#include <rapidjson/document.h>

#include <algorithm>

#include "index/index_db.hpp"
#include "index/search_rowid.hpp"
#include "kiv/error.hpp"

namespace kiv {
namespace {

// The items rows (alias `i`) with their keys (alias `k`; NULL for an item without one).
constexpr const char* kItemsWithKeys = " items i LEFT JOIN item_keys k ON k.id = i.key_id";

// The columns every item query reads, from kItemsWithKeys, in this order.
constexpr const char* kItemColumns =
    "i.rank, k.key, i.title, i.description, i.subtopics, i.key_origin";

// The origin of a key as the index holds it: NULL for given.
KeyOrigin key_origin_of(SQLite::Statement& row, int column) {
  if (row.isColumnNull(column)) return KeyOrigin::given;
  return key_origin_named(row.getColumn(column).getText()).value_or(KeyOrigin::given);
}

// The items rows (alias `i`) of the latest revisions of a series, within the range of ids that
// parameters ?2 and ?3 give for revision 0 (revision_rows, section_rows): each revision's rows
// are that range moved by revision_id << 32. Parameter ?1: the series.
constexpr const char* kLatestItemsSql =
    " FROM editions e JOIN items i ON i.id BETWEEN (e.latest_revision << 32) + ?2 AND"
    " (e.latest_revision << 32) + ?3 LEFT JOIN item_keys k ON k.id = i.key_id"
    " WHERE e.series = ?1";

// The latest revisions of a series, for `IN (...)`; bound parameter: the series.
constexpr const char* kLatestOfSeries = "(SELECT latest_revision FROM editions WHERE series = ?)";

// The subtopics of a row's column `column`: a JSON array of strings, or NULL for none.
std::vector<std::string> parse_subtopics(SQLite::Statement& row, int column) {
  std::vector<std::string> subtopics;
  if (row.isColumnNull(column)) return subtopics;
  const char* json = row.getColumn(column).getText();
  rapidjson::Document document;
  document.Parse(json);
  if (!document.IsArray()) {
    throw Error(ErrorKind::store,
                std::string("index: the subtopics of an item are not a JSON array: ") + json);
  }
  for (const auto& value : document.GetArray()) {
    if (value.IsString()) subtopics.emplace_back(value.GetString(), value.GetStringLength());
  }
  return subtopics;
}

// The item of a row whose columns from `first` on are kItemColumns.
HistoryItem item_from(SQLite::Statement& row, int first) {
  HistoryItem item;
  item.rank = row.getColumn(first).getInt();
  if (!row.isColumnNull(first + 1)) item.key = row.getColumn(first + 1).getString();
  item.title = row.getColumn(first + 2).getString();
  if (!row.isColumnNull(first + 3)) item.description = row.getColumn(first + 3).getString();
  item.subtopics = parse_subtopics(row, first + 4);
  item.key_origin = key_origin_of(row, first + 5);
  return item;
}

Section section_from(const std::string& name) {
  return name == section_name(Section::themes) ? Section::themes : Section::priorities;
}

// Sets text[lang] unless `value` is empty (the index stores "" for a subtopic that has no
// text in a language).
void set_text(LangText& text, const std::string& lang, std::string value) {
  if (!value.empty()) text[lang] = std::move(value);
}

}  // namespace

std::vector<SeriesEdition> IndexDb::series_edition_rows(const std::string& series) {
  SQLite::Statement query(
      db_,
      "SELECT e.edition, e.latest_revision, t.lang FROM editions e"
      " LEFT JOIN edition_titles t ON t.revision_id = e.latest_revision"
      " WHERE e.series = ?"
      " ORDER BY e.period_from IS NULL, e.period_from, e.period_to, e.edition, t.lang");
  query.bind(1, series);
  std::vector<SeriesEdition> editions;
  while (query.executeStep()) {
    std::string edition = query.getColumn(0).getString();
    if (editions.empty() || editions.back().edition != edition) {
      editions.push_back({std::move(edition), query.getColumn(1).getInt64(), {}});
    }
    if (!query.isColumnNull(2)) editions.back().languages.push_back(query.getColumn(2).getString());
  }
  return editions;
}

IndexDb::SectionReader::SectionReader(IndexDb& index, Section section, const std::string& lang,
                                      bool titles_only)
    : query_(index.db_, std::string("SELECT ") +
                            (titles_only ? "i.rank, k.key, i.title, i.key_origin" : kItemColumns) +
                            " FROM" + kItemsWithKeys + " WHERE i.id BETWEEN ? AND ? ORDER BY i.id"),
      section_(section),
      lang_(lang),
      titles_only_(titles_only) {}

std::vector<HistoryItem> IndexDb::SectionReader::read(std::int64_t revision_id) {
  query_.reset();
  const RowIdRange rows = section_rows(revision_id, lang_, section_);
  query_.bind(1, rows.first);
  query_.bind(2, rows.last);
  std::vector<HistoryItem> items;
  while (query_.executeStep()) {
    if (!titles_only_) {
      items.push_back(item_from(query_, 0));
      continue;
    }
    HistoryItem& item = items.emplace_back();
    item.rank = query_.getColumn(0).getInt();
    if (!query_.isColumnNull(1)) item.key = query_.getColumn(1).getString();
    item.title = query_.getColumn(2).getString();
    item.key_origin = key_origin_of(query_, 3);
  }
  return items;
}

std::map<std::int64_t, std::vector<KeyedItem>> IndexDb::items_with_key(const std::string& series,
                                                                       const std::string& key,
                                                                       const std::string& lang) {
  SQLite::Statement query(db_, std::string("SELECT i.revision_id, i.section, ") + kItemColumns +
                                   " FROM" + kItemsWithKeys +
                                   " WHERE i.key_id = (SELECT id FROM item_keys WHERE key = ?)"
                                   " AND i.lang = ?"
                                   " AND i.revision_id IN " +
                                   kLatestOfSeries);
  query.bind(1, key);
  query.bind(2, lang);
  query.bind(3, series);
  std::map<std::int64_t, std::vector<KeyedItem>> found;
  while (query.executeStep()) {
    found[query.getColumn(0).getInt64()].push_back(
        {section_from(query.getColumn(1).getString()), item_from(query, 2)});
  }
  return found;
}

std::map<std::int64_t, std::vector<HistoryItem>> IndexDb::series_section_items(
    const std::string& series, Section section, const std::string& lang) {
  // The section's rows of each latest revision: a range of ids each (search_rowid.hpp).
  SQLite::Statement query(db_, std::string("SELECT i.revision_id, ") + kItemColumns +
                                   kLatestItemsSql + " ORDER BY i.id");
  const RowIdRange rows = section_rows(0, lang, section);
  query.bind(1, series);
  query.bind(2, rows.first);
  query.bind(3, rows.last);
  std::map<std::int64_t, std::vector<HistoryItem>> found;
  std::vector<HistoryItem>* items = nullptr;
  std::int64_t current = -1;
  while (query.executeStep()) {
    const std::int64_t revision_id = query.getColumn(0).getInt64();
    if (items == nullptr || revision_id != current) {
      items = &found[revision_id];
      current = revision_id;
    }
    items->push_back(item_from(query, 1));
  }
  return found;
}

void IndexDb::for_each_title(
    const std::string& series,
    const std::function<void(std::string_view key, std::string_view title)>& visit) {
  SQLite::Statement query(db_, std::string("SELECT DISTINCT k.key, i.title") + kLatestItemsSql +
                                   " AND i.key_id IS NOT NULL");
  const RowIdRange rows = revision_rows(0);
  query.bind(1, series);
  query.bind(2, rows.first);
  query.bind(3, rows.last);
  while (query.executeStep()) {
    const SQLite::Column key = query.getColumn(0);
    const SQLite::Column title = query.getColumn(1);
    visit(std::string_view(key.getText(), static_cast<std::size_t>(key.getBytes())),
          std::string_view(title.getText(), static_cast<std::size_t>(title.getBytes())));
  }
}

Edition IndexDb::edition(const RevisionInfo& revision) {
  SQLite::Statement id_query(
      db_,
      "SELECT id, period_from, period_to, adopted, source_url, retrieved, note, in_force_from,"
      " in_force_to, extended_to, superseded_by"
      " FROM revisions WHERE series = ? AND edition = ? AND revision = ?");
  id_query.bind(1, revision.series);
  id_query.bind(2, revision.edition);
  id_query.bind(3, revision.revision);
  if (!id_query.executeStep()) {
    throw Error(ErrorKind::not_found, "the index has no revision " + revision.ref());
  }
  const std::int64_t revision_id = id_query.getColumn(0).getInt64();
  const auto text_at = [&](int column) {
    return id_query.isColumnNull(column) ? std::string() : id_query.getColumn(column).getString();
  };

  Edition edition;
  edition.series = revision.series;
  edition.edition = revision.edition;
  if (!id_query.isColumnNull(1)) {
    edition.period = Period{id_query.getColumn(1).getInt(), id_query.getColumn(2).getInt()};
  }
  edition.adopted = text_at(3);
  edition.provenance = {text_at(4), text_at(5), text_at(6)};
  edition.in_force = {text_at(7), text_at(8), text_at(9), text_at(10)};
  SQLite::Statement titles(db_, "SELECT lang, title FROM edition_titles WHERE revision_id = ?");
  titles.bind(1, revision_id);
  while (titles.executeStep())
    edition.title[titles.getColumn(0).getString()] = titles.getColumn(1).getString();

  // One row per item and language, in the order of their ids: by language, then section, then
  // rank (search_rowid.hpp), which needs no sort. The first language's rows make each section's
  // items in rank order; the other languages' rows find theirs by rank.
  SQLite::Statement items(db_, std::string("SELECT i.section, i.lang, ") + kItemColumns + " FROM" +
                                   kItemsWithKeys + " WHERE i.id BETWEEN ? AND ? ORDER BY i.id");
  const RowIdRange rows = revision_rows(revision_id);
  items.bind(1, rows.first);
  items.bind(2, rows.last);
  while (items.executeStep()) {
    std::vector<Item>& section = section_from(items.getColumn(0).getString()) == Section::themes
                                     ? edition.themes
                                     : edition.priorities;
    const std::string lang = items.getColumn(1).getString();
    HistoryItem row = item_from(items, 2);
    auto at = section.end();
    if (!section.empty() && section.back().rank >= row.rank) {
      at = std::lower_bound(section.begin(), section.end(), row.rank,
                            [](const Item& item, int rank) { return item.rank < rank; });
    }
    if (at == section.end() || at->rank != row.rank) {
      at = section.emplace(at);
      at->rank = row.rank;
      at->key = std::move(row.key);
      at->key_origin = row.key_origin;
    }
    Item& item = *at;
    item.title[lang] = std::move(row.title);
    set_text(item.description, lang, std::move(row.description));
    if (item.subtopics.size() < row.subtopics.size()) item.subtopics.resize(row.subtopics.size());
    for (std::size_t i = 0; i < row.subtopics.size(); ++i) {
      set_text(item.subtopics[i], lang, std::move(row.subtopics[i]));
    }
  }
  return edition;
}

}  // namespace kiv
