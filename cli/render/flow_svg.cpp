// kiv flow --format svg: the flow of a series as a self-contained SVG.

#include <fmt/core.h>

#include <algorithm>

#include "output.hpp"
#include "render/flow_render.hpp"
#include "render/history_render.hpp"
#include "render/html.hpp"
#include "render/svg.hpp"

namespace kiv::cli {
namespace {

constexpr int kNodeWidth = 10;
constexpr int kNodeHeight = 16;
constexpr int kRowHeight = 22;
constexpr int kTop = 40;       // the editions' names above the columns
constexpr int kCharWidth = 7;  // of the 12px sans-serif labels, roughly
constexpr std::size_t kLabelChars = 34;
constexpr int kLabelledColumn = kNodeWidth + 12 + static_cast<int>(kLabelChars) * kCharWidth + 40;
constexpr int kCompactColumn = 90;  // beyond kFlowLabelledEditions: titles in tooltips only
constexpr int kBandWidth = 7;
constexpr const char* kUnchangedBand = "#ced4da";  // lighter than a change, drawn behind

int node_y(std::size_t position) { return kTop + static_cast<int>(position) * kRowHeight; }

// A node's rank and marks, as a matrix cell of it would read ("5~^"), and " x" when it is
// removed in the next edition.
std::string node_marks(const FlowNode& node, bool first_edition) {
  MatrixCell cell;
  cell.rank = node.rank;
  cell.change = node.change;
  cell.aspects = node.aspects;
  return matrix_cell_text(cell, first_edition) + (node.removed_next ? " x" : "");
}

std::string node_tooltip(const FlowColumn& column, const FlowNode& node, bool first_edition) {
  std::string text = fmt::format("{}, rank {}: {}", column.edition, node.rank, node.title);
  if (!node.key.empty()) text += " [" + node.key + "]";
  if (!first_edition && node.change != TimelineChange::unchanged)
    text += " (" + timeline_change_label(node.change, node.aspects) + ")";
  if (node.removed_next) text += "; removed in the next edition";
  return text;
}

std::string band_tooltip(const FlowColumn& from, const FlowColumn& to, const FlowBand& band) {
  const FlowNode& old_node = from.nodes.at(band.from);
  const FlowNode& new_node = to.nodes.at(band.to);
  std::string text = fmt::format("{} #{} {} → {} #{} {}: {}", from.edition, old_node.rank,
                                 old_node.title, to.edition, new_node.rank, new_node.title,
                                 timeline_change_label(band.change, band.aspects));
  if (band.match) text += fmt::format(" (paired by {})", match_kind_name(*band.match));
  return text;
}

std::string_view band_colour(const FlowBand& band) {
  return band.change == TimelineChange::unchanged ? std::string_view(kUnchangedBand)
                                                  : change_colour(band.change, band.aspects);
}

}  // namespace

std::string render_flow_svg(const Flow& flow) {
  const bool labelled = flow.columns.size() <= kFlowLabelledEditions;
  const int column_width = labelled ? kLabelledColumn : kCompactColumn;
  std::size_t most = 0;
  for (const FlowColumn& column : flow.columns) most = std::max(most, column.nodes.size());
  const int columns = static_cast<int>(flow.columns.size());
  const int legend_top = node_y(most) + 16;
  const int width = std::max(8 + std::max(columns - 1, 0) * column_width + kLabelledColumn, 720);
  const int height = legend_top + 40;
  const auto x_of = [&](std::size_t column) { return 8 + static_cast<int>(column) * column_width; };
  std::size_t bands = 0;
  for (const FlowColumn& column : flow.columns) bands += column.bands.size();
  const std::string label =
      fmt::format("The flow of {} {} in {}: {}, {}", flow.series, section_name(flow.section),
                  flow.lang, counted(columns, "edition"), counted(static_cast<int>(bands), "band"));
  std::string out = svg_open(width, height, label);
  for (std::size_t c = 0; c < flow.columns.size(); ++c) {
    out += fmt::format("<text x=\"{}\" y=\"{}\" font-weight=\"bold\">{}</text>\n", x_of(c),
                       kTop - 16, escape_html(flow.columns[c].edition));
  }
  // The bands: those of unchanged items first, so that every change is drawn over them.
  for (const bool changed : {false, true}) {
    for (std::size_t c = 0; c + 1 < flow.columns.size(); ++c) {
      const FlowColumn& from = flow.columns[c];
      const FlowColumn& to = flow.columns[c + 1];
      for (const FlowBand& band : from.bands) {
        if ((band.change != TimelineChange::unchanged) != changed) continue;
        const int x1 = x_of(c) + kNodeWidth;
        const int x2 = x_of(c + 1);
        const int y1 = node_y(band.from) + kNodeHeight / 2;
        const int y2 = node_y(band.to) + kNodeHeight / 2;
        const int middle = (x1 + x2) / 2;
        out += fmt::format(
            "<path class=\"band\" d=\"M{} {} C{} {} {} {} {} {}\" fill=\"none\" stroke=\"{}\" "
            "stroke-width=\"{}\" stroke-opacity=\"0.9\"><title>{}</title></path>\n",
            x1, y1, middle, y1, middle, y2, x2, y2, band_colour(band), kBandWidth,
            escape_html(band_tooltip(from, to, band)));
      }
    }
  }
  // The nodes, with their labels.
  for (std::size_t c = 0; c < flow.columns.size(); ++c) {
    const FlowColumn& column = flow.columns[c];
    const bool first = c == 0;
    const bool titled = labelled || c + 1 == flow.columns.size();
    for (std::size_t n = 0; n < column.nodes.size(); ++n) {
      const FlowNode& node = column.nodes[n];
      const std::string_view fill = first || node.change == TimelineChange::unchanged
                                        ? std::string_view("#868e96")
                                        : change_colour(node.change, node.aspects);
      const std::string text = node_marks(node, first) +
                               (titled ? " " + ellipsized(node.title, kLabelChars) : std::string());
      out += fmt::format(
          "<g class=\"node\"><title>{}</title><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" "
          "fill=\"{}\"{}/><text x=\"{}\" y=\"{}\" paint-order=\"stroke\" stroke=\"#ffffff\" "
          "stroke-width=\"3\" stroke-linejoin=\"round\"{}>{}</text></g>\n",
          escape_html(node_tooltip(column, node, first)), x_of(c), node_y(n), kNodeWidth,
          kNodeHeight, fill, node.removed_next ? " stroke=\"#b00000\" stroke-width=\"2\"" : "",
          x_of(c) + kNodeWidth + 4, node_y(n) + 12, node.removed_next ? " fill=\"#b00000\"" : "",
          escape_html(text));
    }
  }
  out += svg_legend(change_legend(kUnchangedBand), legend_top);
  return out + "</svg>\n";
}

std::string render_flow_html(const Flow& flow) {
  const std::string heading =
      fmt::format("The flow of {} {}", flow.series, section_name(flow.section));
  std::string body = fmt::format(
      "<h1>{}</h1>\n<p>In {}: each column an edition, each box an item (its rank and title), "
      "each band an item that continued into the next edition; an item that was split has a "
      "band to each of its parts, items merged one each into what they became. Hover a box or a "
      "band for what it is.</p>\n<div class=\"flow\">\n",
      escape_html(heading), escape_html(flow.lang));
  body += render_flow_svg(flow) + "</div>\n<p class=\"legend\">" + escape_html(kMatrixLegend) +
          " Colours: green added, yellow reworded, blue moved, purple split, orange merged, grey "
          "unchanged; a red box is removed in the next edition.</p>\n";
  constexpr const char* kStyle =
      "<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#222}"
      ".flow{overflow-x:auto;max-width:100%}.legend{max-width:50rem;color:#444}</style>\n";
  return html_document({flow.lang, heading, kStyle, body});
}

}  // namespace kiv::cli
