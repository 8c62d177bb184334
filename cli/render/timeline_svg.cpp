// kiv timeline --format svg: the item's rank through the editions, as a small line chart.

#include <fmt/core.h>

#include <algorithm>
#include <span>

#include "render/history_render.hpp"
#include "render/html.hpp"
#include "render/svg.hpp"

namespace kiv::cli {
namespace {

constexpr int kStep = 56;      // between editions
constexpr int kRankStep = 14;  // between ranks
constexpr int kLeft = 40;
constexpr int kTop = 28;
constexpr int kLabelsHeight = 78;  // the editions, at an angle

}  // namespace

std::string render_timeline_svg(const Timeline& timeline) {
  // The editions from the item's first appearance to its last change (its removal): the absent
  // editions before and after say nothing, and a lineage of two editions in a series of a
  // hundred stays a small picture.
  const auto present = [](const TimelineEntry& entry) {
    return entry.change != TimelineChange::absent;
  };
  const auto first = std::find_if(timeline.entries.begin(), timeline.entries.end(), present);
  const auto end = std::find_if(timeline.entries.rbegin(), timeline.entries.rend(), present).base();
  const std::span<const TimelineEntry> entries =
      first < end ? std::span<const TimelineEntry>(&*first, static_cast<std::size_t>(end - first))
                  : std::span<const TimelineEntry>(timeline.entries);
  int lowest = 1;  // the largest rank number the item had
  for (const TimelineEntry& entry : entries) {
    if (entry.item) lowest = std::max(lowest, entry.item->rank);
  }
  const int editions = static_cast<int>(entries.size());
  const int bottom = kTop + (lowest - 1) * kRankStep;
  const int width = std::max(kLeft + editions * kStep, 240);
  const int height = bottom + kLabelsHeight;
  const auto x_of = [](std::size_t e) { return kLeft + kStep / 2 + static_cast<int>(e) * kStep; };
  const auto y_of = [](int rank) { return kTop + (rank - 1) * kRankStep; };
  const std::string label =
      fmt::format("The rank of {} through {} of {}, in {}", timeline.key,
                  counted(editions, "edition"), timeline.series, timeline.lang);
  std::string out = svg_open(width, height, label, 11) +
                    fmt::format("<text x=\"4\" y=\"{}\">rank</text>\n", kTop - 14);
  // The rank axis: 1 at the top, the item's largest rank number at the bottom.
  for (const int rank : {1, lowest}) {
    out += fmt::format(
        "<text x=\"{0}\" y=\"{1}\" text-anchor=\"end\">{2}</text><line x1=\"{3}\" y1=\"{4}\" "
        "x2=\"{5}\" y2=\"{4}\" stroke=\"#e9ecef\"/>\n",
        kLeft - 6, y_of(rank) + 4, rank, kLeft - 2, y_of(rank), width - 4);
    if (lowest == 1) break;
  }
  // The line: through consecutive editions that have the item.
  std::string points;
  const auto flush = [&] {
    if (points.find(' ') != std::string::npos) {
      out +=
          "<polyline class=\"rank\" fill=\"none\" stroke=\"#495057\" stroke-width=\"2\" "
          "points=\"" +
          points + "\"/>\n";
    }
    points.clear();
  };
  for (std::size_t e = 0; e < entries.size(); ++e) {
    const TimelineEntry& entry = entries[e];
    if (!entry.item) {
      flush();
      continue;
    }
    if (!points.empty()) points += ' ';
    points += fmt::format("{},{}", x_of(e), y_of(entry.item->rank));
  }
  flush();
  // A dot per edition with the item, coloured by what changed; an x where it was removed.
  for (std::size_t e = 0; e < entries.size(); ++e) {
    const TimelineEntry& entry = entries[e];
    const std::string change = timeline_change_label(entry.change, entry.aspects);
    if (entry.item) {
      const std::string_view fill = e == 0 || entry.change == TimelineChange::unchanged
                                        ? std::string_view("#868e96")
                                        : change_colour(entry.change, entry.aspects);
      out += fmt::format(
          "<circle class=\"edition\" cx=\"{}\" cy=\"{}\" r=\"5\" fill=\"{}\" stroke=\"#495057\">"
          "<title>{}, rank {}: {} ({})</title></circle>\n",
          x_of(e), y_of(entry.item->rank), fill, escape_html(entry.edition), entry.item->rank,
          escape_html(entry.item->title), escape_html(change));
    } else if (entry.change != TimelineChange::absent) {
      out += fmt::format(
          "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"#b00000\" font-size=\"14\">x"
          "<title>{}: {}</title></text>\n",
          x_of(e), y_of(1) + 5, escape_html(entry.edition), escape_html(change));
    }
    out += fmt::format(
        "<text x=\"{0}\" y=\"{1}\" transform=\"rotate(-45 {0} {1})\" text-anchor=\"end\">{2}"
        "</text>\n",
        x_of(e) + 4, bottom + 20, escape_html(entry.edition));
  }
  return out + "</svg>\n";
}

}  // namespace kiv::cli
