// matrix: every lineage of one section of a series against its editions, from one query of
// the index and one step per pair of consecutive editions (compare_sections, or the step a
// caller's diff gave: SeriesSteps).

#include <unordered_map>

#include "history/history_series.hpp"
#include "index/index_db.hpp"

namespace kiv {
namespace {

class MatrixBuilder {
 public:
  explicit MatrixBuilder(Matrix& matrix) : matrix_(matrix) {}

  // The cell of `key`'s row in the edition at `index`, the row made when there is none.
  MatrixCell& cell(const std::string& key, std::size_t index) {
    auto found = row_of_key_.find(key);
    if (found == row_of_key_.end()) {
      found = row_of_key_.emplace(key, matrix_.rows.size()).first;
      matrix_.rows.push_back({key, {}, index, {}});
    }
    MatrixRow& row = matrix_.rows[found->second];
    if (row.cells.size() <= index - row.first) row.cells.resize(index - row.first + 1);
    return row.cells[index - row.first];
  }

  // Continues `old_key`'s row under `new_key` (a renamed link), which then keys the row; not
  // when `new_key` has a row of its own already. `old_key` no longer names the row: an item
  // that reuses it from now on starts a row of its own.
  bool join(const std::string& old_key, const std::string& new_key) {
    const auto found = row_of_key_.find(old_key);
    if (found == row_of_key_.end() || row_of_key_.contains(new_key)) return false;
    const std::size_t row = found->second;
    row_of_key_.erase(found);
    row_of_key_.emplace(new_key, row);
    matrix_.rows[row].key = new_key;
    return true;
  }

  // The row of an item without a key: its own, each time.
  MatrixCell& unkeyed_cell(std::size_t index) {
    matrix_.rows.push_back({{}, {}, index, {}});
    matrix_.rows.back().cells.resize(1);
    return matrix_.rows.back().cells.back();
  }

 private:
  Matrix& matrix_;
  std::unordered_map<std::string, std::size_t> row_of_key_;
};

// The items at `positions` of `side`, but those keyed `own`.
std::vector<DiffItem> others(const std::vector<std::size_t>& positions,
                             const std::vector<HistoryItem>& side, const std::string& own) {
  std::vector<DiffItem> items;
  for (const std::size_t position : positions) {
    if (side[position].key != own) items.push_back(diff_item_of(side[position]));
  }
  return items;
}

Matrix build_matrix(const Index& index, const std::string& series, Section section,
                    const std::string& lang, const SeriesSteps* given) {
  IndexDb& db = IndexDb::of(index);
  const SeriesContext context = load_series(db, series, lang);
  const std::vector<CuratedLink> links = series_links(index, series);
  Matrix matrix{series, context.lang, section, {}, {}};
  const auto all_items = db.series_section_items(series, section, context.lang);
  const std::vector<HistoryItem> none;
  std::vector<const std::vector<HistoryItem>*> items;
  for (const SeriesEdition& edition : context.editions) {
    matrix.editions.push_back(edition.edition);
    const auto found = all_items.find(edition.revision_id);
    items.push_back(found == all_items.end() ? &none : &found->second);
  }
  MatrixBuilder builder(matrix);
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::vector<HistoryItem>& current = *items[i];
    SectionStep step;
    if (i > 0) step = series_step(context, links, i - 1, i, *items[i - 1], current, section, given);
    std::vector<bool> renamed_away(i == 0 ? 0 : items[i - 1]->size(), false);  // by old position
    std::vector<bool> renamed(current.size(), false);                          // by new position
    // First the renamed links, which continue the previous item's row under the new key, so
    // that an item reusing the old key in this edition starts a row of its own.
    for (std::size_t j = 0; i > 0 && j < current.size(); ++j) {
      const ItemStep& change = step.changes.at(step.of_new.at(j));
      renamed[j] = change.match == MatchKind::curated && change.from.size() == 1 &&
                   change.to.size() == 1 && !current[j].key.empty() &&
                   !(*items[i - 1])[change.from.front()].key.empty() &&
                   builder.join((*items[i - 1])[change.from.front()].key, current[j].key);
      if (renamed[j]) renamed_away[change.from.front()] = true;
    }
    for (std::size_t j = 0; j < current.size(); ++j) {
      const HistoryItem& item = current[j];
      const ItemStep* change = i == 0 ? nullptr : &step.changes.at(step.of_new.at(j));
      MatrixCell& cell = item.key.empty() ? builder.unkeyed_cell(i) : builder.cell(item.key, i);
      cell.rank = item.rank;
      cell.title = item.title;
      cell.key = item.key;
      if (change == nullptr) {
        cell.change = TimelineChange::added;
        continue;
      }
      cell.change = timeline_change_of(change->kind);
      cell.aspects = change->aspects;
      cell.match = change->match;
      cell.related =
          renamed[j] ? std::vector<DiffItem>{diff_item_of((*items[i - 1])[change->from.front()])}
                     : others(change->from, *items[i - 1], item.key);
    }
    if (i == 0) continue;
    // The items gone since the previous edition: the cell after their last presence.
    const std::vector<HistoryItem>& previous = *items[i - 1];
    for (std::size_t p = 0; p < previous.size(); ++p) {
      const ItemStep& change = step.changes.at(step.of_old.at(p));
      if (previous[p].key.empty() || change.kind == ChangeKind::added) continue;
      const bool kept = renamed_away[p] || (change.to.size() == 1 &&
                                            current[change.to.front()].key == previous[p].key);
      if (kept) continue;
      MatrixCell& cell = builder.cell(previous[p].key, i);
      if (cell.rank) continue;  // the key is back in another place (never with unique keys)
      cell.key = previous[p].key;
      cell.change = timeline_change_of(change.kind);
      cell.aspects = change.aspects;
      cell.match = change.match;
      cell.related = others(change.to, current, previous[p].key);
    }
  }
  for (MatrixRow& row : matrix.rows) {
    for (auto cell = row.cells.rbegin(); cell != row.cells.rend(); ++cell) {
      if (cell->rank) {
        row.title = cell->title;
        break;
      }
    }
  }
  return matrix;
}

}  // namespace

Matrix matrix(const Index& index, const std::string& series, Section section,
              const std::string& lang) {
  return build_matrix(index, series, section, lang, nullptr);
}

Matrix matrix(const Index& index, const std::string& series, Section section,
              const SeriesSteps& steps) {
  return build_matrix(index, series, section, steps.lang(), &steps);
}

}  // namespace kiv

namespace kiv {
namespace {

// The row's key in the edition at `e`, as lineage_keys gives it: its cell's, else the last
// one before, else the first one after.
std::string lineage_key(const MatrixRow& row, std::size_t e) {
  for (std::size_t at = e + 1; at-- > 0;) {
    if (!row.cell(at).key.empty()) return row.cell(at).key;
  }
  for (const MatrixCell& cell : row.cells) {
    if (!cell.key.empty()) return cell.key;
  }
  return row.key;
}

}  // namespace

Timeline matrix_timeline(const Matrix& matrix, std::size_t row_index) {
  const MatrixRow& row = matrix.rows.at(row_index);
  Timeline timeline{matrix.series, row.key, matrix.lang, matrix.section, {}};
  for (std::size_t e = 0; e < matrix.editions.size(); ++e) {
    const MatrixCell& cell = row.cell(e);
    TimelineEntry& entry = timeline.entries.emplace_back();
    entry.edition = matrix.editions[e];
    entry.key = lineage_key(row, e);
    entry.change = cell.change;
    entry.aspects = cell.aspects;
    entry.match = cell.match;
    entry.related = cell.related;
    if (cell.rank) {
      entry.item = DiffItem{cell.key, *cell.rank, cell.title};
    } else if (cell.change == TimelineChange::changed || cell.change == TimelineChange::unchanged) {
      entry.item = entry.related.front();  // paired with an item of another key
      entry.related.clear();
    }
  }
  return timeline;
}

}  // namespace kiv
