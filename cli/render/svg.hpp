#pragma once
// What kiv's SVG pictures share (matrix, flow, churn, timeline): the opening of a
// self-contained picture and its legend of colours. Every text is escaped here.

#include <string>
#include <string_view>
#include <vector>

namespace kiv::cli {

// `<svg ...>` of `width` x `height` px in sans-serif at `font_size` px, its `label` as
// aria-label and <title>, and a white background.
std::string svg_open(int width, int height, std::string_view label, int font_size = 12);

// A legend: from x = 8 at `top`, per entry a box of its colour and its label, then
// (`removed_mark`) "x removed" in red, for the pictures that mark removed items with x.
struct SvgLegendEntry {
  std::string_view colour;
  std::string_view label;
};
std::string svg_legend(const std::vector<SvgLegendEntry>& entries, int top,
                       bool removed_mark = true);

// The colours of the changes as the matrix and the flow draw them (change_colour): added,
// reworded, moved, split, merged, and unchanged in `unchanged_colour`.
std::vector<SvgLegendEntry> change_legend(std::string_view unchanged_colour);

}  // namespace kiv::cli
