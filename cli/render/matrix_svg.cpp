// kiv matrix --format svg: a self-contained SVG, for files and for inlining into HTML pages.

#include <fmt/core.h>

#include <algorithm>

#include "kiv/text.hpp"
#include "render/history_render.hpp"
#include "render/html.hpp"
#include "render/svg.hpp"

namespace kiv::cli {
namespace {

constexpr int kCellWidth = 36;
constexpr int kCellHeight = 18;
constexpr int kCharWidth = 7;      // of the 12px sans-serif keys, roughly
constexpr int kHeaderHeight = 80;  // room for the editions, written at an angle
constexpr std::size_t kMaxKeyChars = 40;

}  // namespace

std::string render_matrix_svg(const Matrix& matrix) {
  // Rows are labelled by their latest wording (the key in the tooltip), which a reader knows.
  const auto label_of = [](const MatrixRow& row) -> const std::string& {
    return row.title.empty() ? row.key : row.title;
  };
  std::size_t label_chars = 8;
  for (const MatrixRow& row : matrix.rows)
    label_chars = std::max(label_chars, count_code_points(label_of(row)));
  const int left = static_cast<int>(std::min(label_chars, kMaxKeyChars)) * kCharWidth + 12;
  const int columns = static_cast<int>(matrix.editions.size());
  const int rows = static_cast<int>(matrix.rows.size());
  const int legend_top = kHeaderHeight + rows * kCellHeight + 16;
  const int width = std::max(left + columns * kCellWidth + 40, 640);  // the legend fits in 640
  const int height = legend_top + 56;  // the colours, then the marks without one
  const std::string label =
      fmt::format("{} {} in {}: {} x {}", matrix.series, section_name(matrix.section), matrix.lang,
                  counted(rows, "lineage"), counted(columns, "edition"));
  std::string out = svg_open(width, height, label);
  for (int e = 0; e < columns; ++e) {
    const int x = left + e * kCellWidth + kCellWidth / 2;
    out +=
        fmt::format("<text x=\"{0}\" y=\"{1}\" transform=\"rotate(-45 {0} {1})\">{2}</text>\n", x,
                    kHeaderHeight - 6, escape_html(matrix.editions[static_cast<std::size_t>(e)]));
  }
  for (int r = 0; r < rows; ++r) {
    const MatrixRow& row = matrix.rows[static_cast<std::size_t>(r)];
    const int y = kHeaderHeight + r * kCellHeight;
    out += fmt::format(
        "<g><title>{}: {}</title><text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text></g>\n",
        escape_html(row.key), escape_html(row.title), left - 6, y + 13,
        escape_html(ellipsized(label_of(row), kMaxKeyChars)));
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      const std::size_t e = row.first + c;
      const MatrixCell& cell = row.cells[c];
      const std::string text = matrix_cell_text(cell, e == 0);
      if (text.empty()) continue;
      const std::string tooltip = matrix_cell_tooltip(matrix, e, cell);
      const int x = left + static_cast<int>(e) * kCellWidth;
      const std::string_view colour = e == 0 && cell.rank
                                          ? std::string_view("#e9ecef")
                                          : change_colour(cell.change, cell.aspects);
      out += fmt::format("<g><title>{}</title>", escape_html(tooltip));
      if (cell.rank) {
        out +=
            fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"2\" fill=\"{}\"/>",
                        x + 1, y + 1, kCellWidth - 2, kCellHeight - 2, colour);
      }
      out += fmt::format(
          "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\"{}>{}</text></g>\n",
          x + kCellWidth / 2, y + 13, cell.rank ? "" : " fill=\"#b00000\"", escape_html(text));
    }
  }
  out += svg_legend(change_legend(change_colour(TimelineChange::unchanged, {})), legend_top);
  out += fmt::format(
      "<text x=\"8\" y=\"{}\">' re-cased or re-punctuated · = paired with an item of another "
      "key</text>\n",
      legend_top + 34);
  return out + "</svg>\n";
}

}  // namespace kiv::cli
