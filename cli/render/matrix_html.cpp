// kiv matrix --format html: one self-contained page.

#include <fmt/core.h>

#include "render/history_render.hpp"
#include "render/html.hpp"

namespace kiv::cli {
namespace {

constexpr std::string_view kTableStyle =
    "table.matrix{border-collapse:collapse}"
    "table.matrix td,table.matrix th{border:1px solid #ccc;padding:.2rem .4rem;text-align:left;"
    "vertical-align:top}"
    "table.matrix th{background:#f4f4f4;position:sticky;top:0;white-space:nowrap}"
    "table.matrix td.rank{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}"
    "table.matrix th.lineage{position:sticky;left:0;background:#fff;font-weight:normal;"
    "min-width:12rem;max-width:24rem;z-index:1;white-space:normal}"
    "table.matrix tr:first-child th.lineage{z-index:2;background:#f4f4f4;font-weight:bold}\n";

constexpr const char* kPageStyle =
    R"(body{font-family:system-ui,sans-serif;margin:2rem;color:#222}.scroller{overflow-x:auto}
.legend{max-width:50rem;color:#444}
)";

}  // namespace

std::string_view matrix_table_style() { return kTableStyle; }

std::string matrix_table_html(const Matrix& matrix, const MatrixRowLabel& label,
                              const MatrixEditionLabel& editions) {
  std::string body = "<table class=\"matrix\">\n<tr><th class=\"lineage\" scope=\"col\">item</th>";
  for (const std::string& edition : matrix.editions)
    body += "<th scope=\"col\">" + (editions ? editions(edition) : escape_html(edition)) + "</th>";
  body += "</tr>\n";
  for (const MatrixRow& row : matrix.rows) {
    body += fmt::format("<tr><th class=\"lineage\" scope=\"row\" title=\"{}\">{}</th>",
                        escape_html(row.key), label(row));
    std::size_t absent = 0;  // absent cells not yet written
    const auto close_absent = [&] {
      if (absent == 1) body += "<td></td>";
      if (absent > 1) body += fmt::format("<td colspan=\"{}\"></td>", absent);
      absent = 0;
    };
    for (std::size_t e = 0; e < matrix.editions.size(); ++e) {
      const MatrixCell& cell = row.cell(e);
      const std::string text = matrix_cell_text(cell, e == 0);
      if (text.empty()) {
        ++absent;
        continue;
      }
      close_absent();
      const std::string tooltip = matrix_cell_tooltip(matrix, e, cell);
      const std::string_view colour =
          e == 0 ? std::string_view() : change_colour(cell.change, cell.aspects);
      body += fmt::format(
          "<td class=\"rank\"{} title=\"{}\">{}</td>",
          colour.empty() ? std::string() : fmt::format(" style=\"background:{}\"", colour),
          escape_html(tooltip), escape_html(text));
    }
    close_absent();
    body += "</tr>\n";
  }
  return body + "</table>\n";
}

std::string render_matrix_html(const Matrix& matrix) {
  const std::string heading = fmt::format("{} {}", matrix.series, section_name(matrix.section));
  // Rows are named by their latest wording (the key on hover), in a column that stays in view
  // when the editions scroll.
  std::string body = fmt::format("<h1>{}</h1>\n<p>In {}: {} x {}.</p>\n<div class=\"scroller\">",
                                 escape_html(heading), escape_html(matrix.lang),
                                 counted(static_cast<int>(matrix.rows.size()), "lineage"),
                                 counted(static_cast<int>(matrix.editions.size()), "edition"));
  body += matrix_table_html(matrix, [](const MatrixRow& row) {
    return escape_html(row.title.empty() ? row.key : row.title);
  });
  body += "</div>\n<p class=\"legend\">" + escape_html(kMatrixLegend) +
          " Colours: green added, yellow reworded, blue moved, purple split, orange merged, red "
          "removed.</p>\n";
  return html_document(
      {matrix.lang, heading,
       "<style>" + std::string(kPageStyle) + std::string(kTableStyle) + "</style>\n", body});
}

}  // namespace kiv::cli
