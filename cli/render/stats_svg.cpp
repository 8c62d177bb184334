// kiv stats --format svg: the churn of a series as stacked bars, self-contained and inlinable.

#include <fmt/core.h>

#include <algorithm>

#include "render/history_render.hpp"
#include "render/html.hpp"

namespace kiv::cli {
namespace {

constexpr int kBarWidth = 18;
constexpr int kGap = 6;
constexpr int kChartHeight = 200;
constexpr int kLeft = 48;
constexpr int kTop = 36;
constexpr int kLabelsHeight = 80;

struct Layer {
  const char* name;
  int ChurnCounts::*count;
  TimelineChange change;
  std::vector<Aspect> aspects;
};

}  // namespace

std::string render_stats_svg(const SeriesStats& stats) {
  const std::vector<Layer> layers = {
      {"unchanged", &ChurnCounts::unchanged, TimelineChange::unchanged, {}},
      {"changed", &ChurnCounts::changed, TimelineChange::changed, {Aspect::wording}},
      {"split", &ChurnCounts::split, TimelineChange::split, {}},
      {"merged", &ChurnCounts::merged, TimelineChange::merged, {}},
      {"removed", &ChurnCounts::removed, TimelineChange::removed, {}},
      {"added", &ChurnCounts::added, TimelineChange::added, {}}};
  int most = 1;
  for (const SeriesStats::Step& step : stats.steps) most = std::max(most, step.churn.total());
  const int steps = static_cast<int>(stats.steps.size());
  const int width = std::max(kLeft + steps * (kBarWidth + kGap) + 16, 480);
  const int legend_top = kTop + kChartHeight + kLabelsHeight;
  const int height = legend_top + 28;
  const std::string label = fmt::format("{}: churn per step, {}, in {}", stats.series,
                                        counted(steps, "step"), stats.lang);
  std::string out = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} "
      "{1}\" "
      "role=\"img\" aria-label=\"{2}\" font-family=\"sans-serif\" "
      "font-size=\"12\">\n<title>{2}</title>\n"
      "<rect width=\"{0}\" height=\"{1}\" fill=\"#ffffff\"/>\n<text x=\"8\" y=\"20\" "
      "font-size=\"14\">{2}</text>\n",
      width, height, escape_html(label));
  // The axis: 0 and the largest step.
  const int bottom = kTop + kChartHeight;
  out += fmt::format(
      "<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#888\"/>"
      "<line x1=\"{0}\" y1=\"{2}\" x2=\"{3}\" y2=\"{2}\" stroke=\"#888\"/>\n"
      "<text x=\"{4}\" y=\"{5}\" text-anchor=\"end\">{6}</text>"
      "<text x=\"{4}\" y=\"{2}\" text-anchor=\"end\">0</text>\n",
      kLeft - 2, kTop, bottom, width - 8, kLeft - 6, kTop + 10, most);
  for (int s = 0; s < steps; ++s) {
    const SeriesStats::Step& step = stats.steps[static_cast<std::size_t>(s)];
    const int x = kLeft + s * (kBarWidth + kGap) + kGap / 2;
    std::vector<std::string> counts;
    for (auto layer = layers.rbegin(); layer != layers.rend(); ++layer) {
      counts.push_back(fmt::format("{} {}", step.churn.*(layer->count), layer->name));
    }
    out += fmt::format("<g><title>{} → {}: {}</title>", escape_html(step.from),
                       escape_html(step.to), escape_html(join(counts, ", ")));
    int stacked = 0;
    for (const Layer& layer : layers) {
      const int count = step.churn.*(layer.count);
      if (count == 0) continue;
      const int top = bottom - (stacked + count) * kChartHeight / most;
      const int bar = bottom - stacked * kChartHeight / most - top;
      out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>", x, top,
                         kBarWidth, std::max(bar, 1), change_colour(layer.change, layer.aspects));
      stacked += count;
    }
    const int label_x = x + kBarWidth / 2;
    out += fmt::format(
        "<text x=\"{0}\" y=\"{1}\" transform=\"rotate(-60 {0} {1})\" text-anchor=\"end\" "
        "font-size=\"10\">{2}</text></g>\n",
        label_x, bottom + 12, escape_html(step.to));
  }
  int x = 8;
  for (auto layer = layers.rbegin(); layer != layers.rend(); ++layer) {
    out += fmt::format(
        "<rect x=\"{}\" y=\"{}\" width=\"14\" height=\"14\" fill=\"{}\"/>"
        "<text x=\"{}\" y=\"{}\">{}</text>\n",
        x, legend_top, change_colour(layer->change, layer->aspects), x + 18, legend_top + 12,
        layer->name);
    x += 18 + static_cast<int>(std::string_view(layer->name).size()) * 7 + 16;
  }
  return out + "</svg>\n";
}

}  // namespace kiv::cli
