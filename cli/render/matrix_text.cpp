// kiv matrix as text and Markdown, and what its other renderers share: cell marks, legend,
// colours.

#include <fmt/core.h>

#include <algorithm>

#include "render/history_render.hpp"
#include "render/markdown.hpp"

namespace kiv::cli {

const char* const kMatrixLegend =
    "Each cell is the item's rank in that edition, marked with what changed since the previous "
    "edition: + added, ~ reworded, ' re-cased or re-punctuated, * description or subtopics "
    "changed, ^ moved among the others, "
    "< split, > merged, = paired with an item of another key, x removed (in the first edition "
    "without it). A bare rank is unchanged, renumbered items too. The first edition is not marked.";

std::string matrix_cell_text(const MatrixCell& cell, bool first_edition) {
  std::string text = cell.rank ? std::to_string(*cell.rank) : "";
  if (first_edition) return text;
  switch (cell.change) {
    case TimelineChange::added:
      return text + "+";
    case TimelineChange::removed:
      return text + "x";
    case TimelineChange::split:
      return text + "<";
    case TimelineChange::merged:
      return text + ">";
    case TimelineChange::absent:
      return text;
    case TimelineChange::changed:
    case TimelineChange::unchanged:
      break;
  }
  if (!cell.related.empty()) text += "=";
  const auto has = [&](Aspect aspect) {
    return std::find(cell.aspects.begin(), cell.aspects.end(), aspect) != cell.aspects.end();
  };
  if (has(Aspect::wording)) text += "~";
  if (has(Aspect::cosmetic)) text += "'";
  if (has(Aspect::description) || has(Aspect::subtopics)) text += "*";
  if (has(Aspect::rank)) text += "^";
  return text;
}

std::string matrix_cell_change(const MatrixCell& cell) {
  if (cell.change == TimelineChange::absent) return "";
  if (cell.change == TimelineChange::unchanged && cell.related.empty()) return "";
  std::string text = timeline_change_label(cell.change, cell.aspects);
  if (cell.related.empty()) return text;
  std::vector<std::string> related;
  for (const DiffItem& item : cell.related) related.push_back(item.key);
  const std::string keys = join(related, ", ");
  switch (cell.change) {
    case TimelineChange::split:
      return text + (cell.rank ? " from " : " into ") + keys;
    case TimelineChange::merged:
      return text + (cell.rank ? " with " : " into ") + keys;
    default:
      return text +
             (cell.match == MatchKind::curated && cell.rank ? ", renamed from "
                                                            : ", paired with ") +
             keys;
  }
}

std::string matrix_cell_tooltip(const Matrix& matrix, std::size_t edition, const MatrixCell& cell) {
  std::string tooltip = matrix.editions.at(edition);
  if (cell.rank) tooltip += fmt::format(", rank {}: {}", *cell.rank, cell.title);
  const std::string change = edition == 0 ? "" : matrix_cell_change(cell);
  if (!change.empty()) tooltip.append(" (").append(change).append(")");
  return tooltip;
}

std::string_view change_colour(TimelineChange change, const std::vector<Aspect>& aspects) {
  switch (change) {
    case TimelineChange::added:
      return "#b7e4c7";
    case TimelineChange::removed:
      return "#f4b6b6";
    case TimelineChange::split:
      return "#d7c4ee";
    case TimelineChange::merged:
      return "#f8c99b";
    case TimelineChange::absent:
      return "";
    case TimelineChange::unchanged:
      return "#e9ecef";
    case TimelineChange::changed:
      break;
  }
  const bool only_moved =
      std::all_of(aspects.begin(), aspects.end(), [](Aspect a) { return a == Aspect::rank; });
  return only_moved ? "#a9d6f5" : "#ffe08a";
}

std::string render_matrix_text(const Matrix& full, const Style& style, std::size_t columns) {
  // The latest editions whose columns fit beside the keys and the shortest titles.
  std::size_t fit = full.editions.size();
  if (columns > 0) {
    std::size_t key_width = 3;
    for (const MatrixRow& row : full.rows)
      key_width = std::max(key_width, count_code_points(row.key));
    std::size_t used = key_width + 2 + Table::kMinLastColumn;
    fit = 0;
    for (auto e = full.editions.rbegin(); e != full.editions.rend(); ++e) {
      used += std::max<std::size_t>(count_code_points(*e), 4) + 2;
      if (used > columns && fit > 0) break;
      ++fit;
    }
  }
  const Matrix matrix =
      fit < full.editions.size() ? within(full, {"", "", static_cast<int>(fit)}) : full;
  std::string out =
      fmt::format("{} {}, in {}: {} x {}\n\n", matrix.series, section_name(matrix.section),
                  matrix.lang, counted(static_cast<int>(matrix.rows.size()), "lineage"),
                  counted(static_cast<int>(matrix.editions.size()), "edition"));
  std::vector<Table::Align> alignment{Table::Align::left};
  alignment.insert(alignment.end(), matrix.editions.size(), Table::Align::right);
  alignment.push_back(Table::Align::left);
  Table table(alignment);
  std::vector<std::string> header{"KEY"};
  header.insert(header.end(), matrix.editions.begin(), matrix.editions.end());
  header.push_back("TITLE");
  std::vector<std::string> styled_header;
  for (const std::string& name : header) styled_header.push_back(style.bold(name));
  table.add_row(header, styled_header);
  for (const MatrixRow& row : matrix.rows) {
    std::vector<std::string> cells{row.key};
    for (std::size_t e = 0; e < matrix.editions.size(); ++e)
      cells.push_back(matrix_cell_text(row.cell(e), e == 0));
    cells.push_back(row.title);
    std::vector<std::string> styled = cells;
    styled.front() = style.cyan(row.key);
    table.add_row(std::move(cells), std::move(styled));
  }
  table.set_max_width(columns);
  out += table.render();
  if (matrix.editions.size() < full.editions.size()) {
    out += fmt::format(
        "\n{} older editions are left out to fit the terminal: --from, --to and "
        "--last choose the editions, --format md or html shows them all.\n",
        full.editions.size() - matrix.editions.size());
  }
  return out + "\n" + kMatrixLegend + "\n";
}

std::string render_matrix_markdown(const Matrix& matrix) {
  std::string out =
      fmt::format("# {} {}\n\nIn {}: {} x {}.\n\n| key |", escape_markdown(matrix.series),
                  section_name(matrix.section), matrix.lang,
                  counted(static_cast<int>(matrix.rows.size()), "lineage"),
                  counted(static_cast<int>(matrix.editions.size()), "edition"));
  for (const std::string& edition : matrix.editions) out += " " + escape_markdown(edition) + " |";
  out += " title |\n| --- |";
  for (std::size_t e = 0; e < matrix.editions.size(); ++e) out += " ---: |";
  out += " --- |\n";
  for (const MatrixRow& row : matrix.rows) {
    out += "| " + escape_markdown(row.key) + " |";
    for (std::size_t e = 0; e < matrix.editions.size(); ++e) {
      out += " " + escape_markdown(matrix_cell_text(row.cell(e), e == 0)) + " |";
    }
    out += " " + escape_markdown(row.title) + " |\n";
  }
  return out + "\n" + escape_markdown(kMatrixLegend) + "\n";
}

}  // namespace kiv::cli
