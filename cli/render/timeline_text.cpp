// kiv timeline for people (text) and for notes (Markdown).

#include <fmt/core.h>

#include "render/diff_render.hpp"
#include "render/history_render.hpp"
#include "render/markdown.hpp"

namespace kiv::cli {
namespace {

std::string ranks_and_titles(const std::vector<DiffItem>& items) {
  std::vector<std::string> parts;
  for (const DiffItem& item : items) parts.push_back(fmt::format("{} {}", item.rank, item.title));
  return join(parts, " + ");
}

// What a row says beyond its change: splits, merges, items of another key and renamed links.
std::string entry_note(const TimelineEntry& entry) {
  if (entry.item && entry.item->key != entry.key && !entry.item->key.empty()) {
    const MatchKind match = entry.match.value_or(MatchKind::similar);
    const bool by_title = match == MatchKind::exact || match == MatchKind::similar;
    return fmt::format("matched by {}{} to {}", match_label(match), by_title ? " title" : "",
                       entry.item->key);
  }
  if (entry.related.empty()) return "";
  const std::string others = ranks_and_titles(entry.related);
  switch (entry.change) {
    case TimelineChange::split:
      return (entry.item ? "split from " : "split into ") + others;
    case TimelineChange::merged:
      return (entry.item ? "merged with " : "merged into ") + others;
    default:
      return entry.match == MatchKind::curated
                 ? fmt::format("renamed from {} by a curated link", entry.related.front().key)
                 : "took over " + others;
  }
}

std::string section_label(Section section) {
  return section == Section::priorities ? "priorities" : "themes";
}

}  // namespace

std::string timeline_change_label(TimelineChange change, const std::vector<Aspect>& aspects) {
  std::string label(timeline_change_name(change));
  if (!aspects.empty()) {
    std::vector<std::string> names;
    for (const Aspect aspect : aspects) names.emplace_back(aspect_name(aspect));
    label += " (" + join(names, ", ") + ")";
  }
  return label;
}

std::string render_timeline_text(const Timeline& timeline, const Style& style,
                                 std::size_t columns) {
  std::string out = fmt::format("{}/{} ({}, in {})\n\n", timeline.series, timeline.key,
                                section_label(timeline.section), timeline.lang);
  using A = Table::Align;
  Table table({A::left, A::right, A::left, A::left});
  table.set_max_width(columns);
  const std::vector<std::string> header = {"EDITION", "RANK", "CHANGE", "TITLE"};
  std::vector<std::string> styled_header;
  for (const std::string& name : header) styled_header.push_back(style.bold(name));
  table.add_row(header, styled_header);
  for (const TimelineEntry& entry : timeline.entries) {
    const std::string change = timeline_change_label(entry.change, entry.aspects);
    std::string title = entry.item ? entry.item->title : "";
    const std::string note = entry_note(entry);
    std::string styled_title = title;
    if (!note.empty()) {
      title += (title.empty() ? "(" : "  (") + note + ")";
      styled_title += (styled_title.empty() ? "" : "  ") + style.dim("(" + note + ")");
    }
    const std::string styled_change =
        entry.change == TimelineChange::added     ? style.green(change)
        : entry.change == TimelineChange::removed ? style.red(change)
        : entry.change == TimelineChange::absent || entry.change == TimelineChange::unchanged
            ? style.dim(change)
            : style.yellow(change);
    const std::string rank = entry.item ? std::to_string(entry.item->rank) : "-";
    table.add_row({entry.edition, rank, change, title},
                  {style.cyan(entry.edition), rank, styled_change, styled_title});
  }
  return out + table.render();
}

std::string render_timeline_markdown(const Timeline& timeline) {
  std::string out = fmt::format(
      "# {}/{}\n\n{}, in {}.\n\n| edition | rank | change | title |\n| --- | ---: | --- | --- |\n",
      escape_markdown(timeline.series), escape_markdown(timeline.key),
      timeline.section == Section::priorities ? "Priorities" : "Themes", timeline.lang);
  for (const TimelineEntry& entry : timeline.entries) {
    std::string title = entry.item ? escape_markdown(entry.item->title) : "";
    if (const std::string note = entry_note(entry); !note.empty()) {
      title += (title.empty() ? "*" : " *") + escape_markdown("(" + note + ")") + "*";
    }
    out += fmt::format("| {} | {} | {} | {} |\n", escape_markdown(entry.edition),
                       entry.item ? std::to_string(entry.item->rank) : "",
                       timeline_change_label(entry.change, entry.aspects), title);
  }
  return out;
}

}  // namespace kiv::cli
