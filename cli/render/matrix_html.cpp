// kiv matrix --format html: one self-contained page.

#include <fmt/core.h>

#include "render/history_render.hpp"
#include "render/html.hpp"

namespace kiv::cli {
namespace {

constexpr const char* kStyle =
    R"(<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#222}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .4rem;text-align:left;vertical-align:top}
th{background:#f4f4f4;position:sticky;top:0}td.rank{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
td.lineage{position:sticky;left:0;background:#fff;min-width:12rem;max-width:24rem}
th.lineage{left:0;z-index:1}.scroller{overflow-x:auto}.legend{max-width:50rem;color:#444}
</style>
)";

}  // namespace

std::string render_matrix_html(const Matrix& matrix) {
  const std::string heading = fmt::format("{} {}", matrix.series, section_name(matrix.section));
  // Rows are named by their latest wording (the key on hover), in a column that stays in view
  // when the editions scroll.
  std::string body = fmt::format(
      "<h1>{}</h1>\n<p>In {}: {} x {}.</p>\n<div class=\"scroller\"><table>\n<tr><th "
      "class=\"lineage\" scope=\"col\">item</th>",
      escape_html(heading), escape_html(matrix.lang),
      counted(static_cast<int>(matrix.rows.size()), "lineage"),
      counted(static_cast<int>(matrix.editions.size()), "edition"));
  for (const std::string& edition : matrix.editions)
    body += "<th scope=\"col\">" + escape_html(edition) + "</th>";
  body += "</tr>\n";
  for (const MatrixRow& row : matrix.rows) {
    body += fmt::format("<tr><td class=\"lineage\" title=\"{}\">{}</td>", escape_html(row.key),
                        escape_html(row.title.empty() ? row.key : row.title));
    for (std::size_t e = 0; e < matrix.editions.size(); ++e) {
      const MatrixCell& cell = row.cell(e);
      const std::string text = matrix_cell_text(cell, e == 0);
      if (text.empty()) {
        body += "<td></td>";
        continue;
      }
      const std::string tooltip = matrix_cell_tooltip(matrix, e, cell);
      const std::string_view colour =
          e == 0 ? std::string_view() : change_colour(cell.change, cell.aspects);
      body += fmt::format(
          "<td class=\"rank\"{} title=\"{}\">{}</td>",
          colour.empty() ? std::string() : fmt::format(" style=\"background:{}\"", colour),
          escape_html(tooltip), escape_html(text));
    }
    body += "</tr>\n";
  }
  body += "</table></div>\n<p class=\"legend\">" + escape_html(kMatrixLegend) +
          " Colours: green added, yellow reworded, blue moved, purple split, orange merged, red "
          "removed.</p>\n";
  return html_document({matrix.lang, heading, kStyle, body});
}

}  // namespace kiv::cli
