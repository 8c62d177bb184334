// kiv stats --format svg: the churn of a series as stacked bars of its changes, self-contained
// and inlinable.

#include <fmt/core.h>

#include <algorithm>

#include "render/history_render.hpp"
#include "render/html.hpp"
#include "render/svg.hpp"

namespace kiv::cli {
namespace {

constexpr int kBarWidth = 28;
constexpr int kGap = 14;
constexpr int kChartHeight = 180;
constexpr int kLeft = 64;
constexpr int kTop = 40;
constexpr int kLabelsHeight = 150;  // the two editions of each step, at an angle
constexpr const char* kUnchangedText = "#6c757d";

struct Layer {
  const char* name;
  int ChurnCounts::*count;
  TimelineChange change;
  std::vector<Aspect> aspects;
};

// The layers of a bar, bottom first: the changes only. Unchanged items are not stacked (they
// would dwarf the change); each bar says their number under the axis.
const std::vector<Layer>& change_layers() {
  static const std::vector<Layer> layers = {
      {"changed", &ChurnCounts::changed, TimelineChange::changed, {Aspect::wording}},
      {"split", &ChurnCounts::split, TimelineChange::split, {}},
      {"merged", &ChurnCounts::merged, TimelineChange::merged, {}},
      {"removed", &ChurnCounts::removed, TimelineChange::removed, {}},
      {"added", &ChurnCounts::added, TimelineChange::added, {}}};
  return layers;
}

int changes_of(const ChurnCounts& churn) { return churn.total() - churn.unchanged; }

// A step between the axis' ticks: 1, 2 or 5 times a power of ten, so that `most` takes at
// most five of them.
int tick_step(int most) {
  for (int power = 1;; power *= 10) {
    for (const int factor : {1, 2, 5}) {
      if (most <= 5 * factor * power) return factor * power;
    }
  }
}

}  // namespace

std::string render_stats_svg(const SeriesStats& stats) {
  int most = 1;
  for (const SeriesStats::Step& step : stats.steps) most = std::max(most, changes_of(step.churn));
  const int tick = tick_step(most);
  const int top_value = (most / tick + 1) * tick;  // the first tick above the largest bar
  const int steps = static_cast<int>(stats.steps.size());
  const int width = std::max(kLeft + steps * (kBarWidth + kGap) + 24, 520);  // the legend fits
  const int bottom = kTop + kChartHeight;
  const int legend_top = bottom + kLabelsHeight;
  const int height = legend_top + 44;  // the legend and its sentence
  const std::string label = fmt::format("{}: what changed per step, {}, in {}", stats.series,
                                        counted(steps, "step"), stats.lang);
  std::string out =
      svg_open(width, height, label) +
      fmt::format("<text x=\"8\" y=\"20\" font-size=\"14\">{}</text>\n", escape_html(label));
  // The axis, with a tick and a light grid line every `tick` items.
  const auto y_of = [&](int value) { return bottom - value * kChartHeight / top_value; };
  for (int value = 0; value <= top_value; value += tick) {
    out += fmt::format(
        "<line x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" stroke=\"{3}\"/>"
        "<text x=\"{4}\" y=\"{5}\" text-anchor=\"end\">{6}</text>\n",
        kLeft - 2, y_of(value), width - 8, value == 0 ? "#888888" : "#e9ecef", kLeft - 6,
        y_of(value) + 4, value);
  }
  out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#888888\"/>\n",
                     kLeft - 2, kTop, bottom);
  for (int s = 0; s < steps; ++s) {
    const SeriesStats::Step& step = stats.steps[static_cast<std::size_t>(s)];
    const int x = kLeft + kGap / 2 + s * (kBarWidth + kGap);
    std::vector<std::string> counts;
    for (auto layer = change_layers().rbegin(); layer != change_layers().rend(); ++layer)
      counts.push_back(fmt::format("{} {}", step.churn.*(layer->count), layer->name));
    counts.push_back(fmt::format("{} unchanged", step.churn.unchanged));
    out += fmt::format("<g class=\"step\"><title>{} → {}: {}</title>", escape_html(step.from),
                       escape_html(step.to), escape_html(join(counts, ", ")));
    int stacked = 0;
    for (const Layer& layer : change_layers()) {
      const int count = step.churn.*(layer.count);
      if (count == 0) continue;
      const int top = y_of(stacked + count);
      out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>", x, top,
                         kBarWidth, std::max(y_of(stacked) - top, 1),
                         change_colour(layer.change, layer.aspects));
      stacked += count;
    }
    const int middle = x + kBarWidth / 2;
    out += fmt::format(
        "<text x=\"{0}\" y=\"{1}\" text-anchor=\"middle\" font-weight=\"bold\">{2}</text>"
        "<text x=\"{0}\" y=\"{3}\" text-anchor=\"middle\" fill=\"{4}\">{5}</text>",
        middle, y_of(stacked) - 4, stacked, bottom + 14, kUnchangedText, step.churn.unchanged);
    // Both editions of the step, at an angle: "2016-2019 → 2022-2024".
    out += fmt::format(
        "<text x=\"{0}\" y=\"{1}\" transform=\"rotate(-65 {0} {1})\" text-anchor=\"end\" "
        "font-size=\"11\">{2} → {3}</text></g>\n",
        middle + 4, bottom + 28, escape_html(step.from), escape_html(step.to));
  }
  std::vector<SvgLegendEntry> legend;
  for (auto layer = change_layers().rbegin(); layer != change_layers().rend(); ++layer)
    legend.push_back({change_colour(layer->change, layer->aspects), layer->name});
  out += svg_legend(legend, legend_top, false);
  out += fmt::format(
      "<text x=\"8\" y=\"{}\" fill=\"{}\">The bars count the items that changed; the number "
      "under a bar, those unchanged.</text>\n",
      legend_top + 32, kUnchangedText);
  return out + "</svg>\n";
}

}  // namespace kiv::cli
