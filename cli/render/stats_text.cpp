// kiv stats as text and JSON.

#include <fmt/core.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "render/history_render.hpp"

namespace kiv::cli {
namespace {

// A table whose first row is `header`, in bold.
Table headed_table(std::vector<Table::Align> alignment, const std::vector<std::string>& header,
                   const Style& style) {
  Table table(std::move(alignment));
  std::vector<std::string> styled;
  for (const std::string& name : header) styled.push_back(style.bold(name));
  table.add_row(header, styled);
  return table;
}

}  // namespace

std::string render_stats_text(const SeriesStats& stats, const Style& style) {
  using A = Table::Align;
  std::string out = fmt::format("{}: {}, {}, in {}\n\n", stats.series,
                                counted(static_cast<int>(stats.editions.size()), "edition"),
                                counted(static_cast<int>(stats.steps.size()), "step"), stats.lang);
  Table editions =
      headed_table({A::left, A::right, A::right}, {"EDITION", "PRIORITIES", "THEMES"}, style);
  for (const SeriesStats::EditionCounts& edition : stats.editions) {
    editions.add_row(
        {edition.edition, std::to_string(edition.priorities), std::to_string(edition.themes)},
        {style.cyan(edition.edition), std::to_string(edition.priorities),
         std::to_string(edition.themes)});
  }
  out += editions.render();
  if (stats.steps.empty()) return out;
  Table steps = headed_table(
      {A::left, A::left, A::right, A::right, A::right, A::right, A::right, A::right},
      {"FROM", "TO", "ADDED", "REMOVED", "CHANGED", "UNCHANGED", "SPLIT", "MERGED"}, style);
  for (const SeriesStats::Step& step : stats.steps) {
    const ChurnCounts& c = step.churn;
    std::vector<std::string> row = {step.from,
                                    step.to,
                                    std::to_string(c.added),
                                    std::to_string(c.removed),
                                    std::to_string(c.changed),
                                    std::to_string(c.unchanged),
                                    std::to_string(c.split),
                                    std::to_string(c.merged)};
    std::vector<std::string> styled = row;
    styled[0] = style.cyan(step.from);
    styled[1] = style.cyan(step.to);
    steps.add_row(std::move(row), std::move(styled));
  }
  return out + "\n" + steps.render();
}

std::string render_stats_json(const SeriesStats& stats) {
  using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;
  rapidjson::StringBuffer buffer;
  Writer writer(buffer);
  writer.SetIndent(' ', 2);
  const auto string = [&](const char* name, const std::string& value) {
    writer.Key(name);
    writer.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
  };
  const auto number = [&](const char* name, int value) {
    writer.Key(name);
    writer.Int(value);
  };
  writer.StartObject();
  string("series", stats.series);
  string("lang", stats.lang);
  writer.Key("editions");
  writer.StartArray();
  for (const SeriesStats::EditionCounts& edition : stats.editions) {
    writer.StartObject();
    string("edition", edition.edition);
    number("priorities", edition.priorities);
    number("themes", edition.themes);
    writer.EndObject();
  }
  writer.EndArray();
  writer.Key("steps");
  writer.StartArray();
  for (const SeriesStats::Step& step : stats.steps) {
    writer.StartObject();
    string("from", step.from);
    string("to", step.to);
    number("added", step.churn.added);
    number("removed", step.churn.removed);
    number("changed", step.churn.changed);
    number("unchanged", step.churn.unchanged);
    number("split", step.churn.split);
    number("merged", step.churn.merged);
    writer.EndObject();
  }
  writer.EndArray();
  writer.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace kiv::cli
