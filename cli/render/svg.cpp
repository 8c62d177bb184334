#include "render/svg.hpp"

#include <fmt/core.h>

#include "kiv/text.hpp"
#include "render/history_render.hpp"
#include "render/html.hpp"

namespace kiv::cli {
namespace {

constexpr int kCharWidth = 7;  // of the 12px sans-serif labels, roughly

}  // namespace

std::string svg_open(int width, int height, std::string_view label, int font_size) {
  return fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} "
      "{1}\" role=\"img\" aria-label=\"{2}\" font-family=\"sans-serif\" font-size=\"{3}\">\n"
      "<title>{2}</title>\n<rect width=\"{0}\" height=\"{1}\" fill=\"#ffffff\"/>\n",
      width, height, escape_html(label), font_size);
}

std::string svg_legend(const std::vector<SvgLegendEntry>& entries, int top, bool removed_mark) {
  std::string out;
  int x = 8;
  for (const SvgLegendEntry& entry : entries) {
    out += fmt::format(
        "<rect x=\"{}\" y=\"{}\" width=\"14\" height=\"14\" rx=\"2\" fill=\"{}\"/>"
        "<text x=\"{}\" y=\"{}\">{}</text>\n",
        x, top, entry.colour, x + 18, top + 12, escape_html(entry.label));
    x += 18 + static_cast<int>(count_code_points(entry.label)) * kCharWidth + 16;
  }
  if (!removed_mark) return out;
  return out +
         fmt::format("<text x=\"{}\" y=\"{}\" fill=\"#b00000\">x removed</text>\n", x, top + 12);
}

std::vector<SvgLegendEntry> change_legend(std::string_view unchanged_colour) {
  return {{change_colour(TimelineChange::added, {}), "added +"},
          {change_colour(TimelineChange::changed, {Aspect::wording}), "reworded ~ *"},
          {change_colour(TimelineChange::changed, {Aspect::rank}), "moved ^"},
          {change_colour(TimelineChange::split, {}), "split <"},
          {change_colour(TimelineChange::merged, {}), "merged >"},
          {unchanged_colour, "unchanged"}};
}

}  // namespace kiv::cli
