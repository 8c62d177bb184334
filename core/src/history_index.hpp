#pragma once
// The index queries of the history (timeline, matrix, stats) and of the diff: the editions of
// a series and their items, read from the index without loading git.

#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "index_db.hpp"
#include "kiv/edition.hpp"

namespace kiv {

// An item of one section in one language, as the index holds it.
struct HistoryItem {
  std::string key;  // empty when the item has none
  int rank = 0;
  std::string title;
  std::string description;             // empty when none
  std::vector<std::string> subtopics;  // in the language
};

// An edition of a series, with its latest revision's row id in the index.
struct SeriesEdition {
  std::string edition;
  std::int64_t revision_id = 0;
  std::vector<std::string> languages;  // sorted
};

// The editions of `series`, in the order of Store::list (period, editions without one last,
// id). Empty when the series has none.
std::vector<SeriesEdition> series_edition_rows(IndexDb& index, const std::string& series);

// The items of one section of revisions in `lang`, by rank, read with one prepared statement.
// `titles_only`: key, rank and title, without description and subtopics (for steps that only
// pair and order items).
class SectionReader {
 public:
  SectionReader(IndexDb& index, Section section, const std::string& lang, bool titles_only);
  std::vector<HistoryItem> read(std::int64_t revision_id);

 private:
  SQLite::Statement query_;
  bool titles_only_;
};

// The items keyed `key` in `lang` of the revisions `revision_ids` (the latest of a series'
// editions), both sections: revision id -> (section, item).
struct KeyedItem {
  Section section = Section::priorities;
  HistoryItem item;
};
std::map<std::int64_t, std::vector<KeyedItem>> items_with_key(
    IndexDb& index, const std::string& series, const std::string& key, const std::string& lang);

// Every item of one section of the series' latest revisions in `lang`: revision id -> items
// by rank.
std::map<std::int64_t, std::vector<HistoryItem>> series_section_items(IndexDb& index,
                                                                      const std::string& series,
                                                                      Section section,
                                                                      const std::string& lang);

// Calls `visit(key, title)` for every item with a key of the series' latest revisions, all
// languages and sections, each (key, title) once.
void for_each_title(IndexDb& index, const std::string& series,
                    const std::function<void(std::string_view key, std::string_view title)>& visit);

// The revision `revision` as the index holds it: its title and its items (key, rank, title,
// description, subtopics) in every language. Period, adopted and provenance are left empty:
// the index keeps them for latest revisions only. Enough for diff_editions, which then needs
// no git. Throws Error{not_found} when the index has no such revision.
Edition indexed_edition(IndexDb& index, const RevisionInfo& revision);

}  // namespace kiv
