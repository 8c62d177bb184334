// kiv flow --format json: the flow as data, its bands named by the ranks they join.

#include "pretty_json.hpp"
#include "render/flow_render.hpp"

namespace kiv::cli {
namespace {

void aspects_json(PrettyJson& writer, const std::vector<Aspect>& aspects) {
  writer.Key("aspects");
  writer.StartArray();
  for (const Aspect aspect : aspects) {
    const std::string_view name = aspect_name(aspect);
    writer.String(name.data(), static_cast<rapidjson::SizeType>(name.size()));
  }
  writer.EndArray();
}

}  // namespace

std::string render_flow_json(const Flow& flow) {
  return json_text([&](PrettyJson& writer) {
    writer.StartObject();
    field(writer, "series", flow.series);
    field(writer, "lang", flow.lang);
    field(writer, "section", section_name(flow.section));
    writer.Key("editions");
    writer.StartArray();
    for (std::size_t c = 0; c < flow.columns.size(); ++c) {
      const FlowColumn& column = flow.columns[c];
      writer.StartObject();
      field(writer, "edition", column.edition);
      writer.Key("items");
      writer.StartArray();
      for (const FlowNode& node : column.nodes) {
        writer.StartObject();
        field_or_null(writer, "key", node.key);
        field(writer, "rank", node.rank);
        field(writer, "title", node.title);
        field(writer, "change", timeline_change_name(node.change));
        aspects_json(writer, node.aspects);
        writer.Key("removed_next");
        writer.Bool(node.removed_next);
        writer.EndObject();
      }
      writer.EndArray();
      writer.Key("bands");
      writer.StartArray();
      for (const FlowBand& band : column.bands) {
        writer.StartObject();
        field(writer, "from", column.nodes.at(band.from).rank);
        field(writer, "to", flow.columns.at(c + 1).nodes.at(band.to).rank);
        field(writer, "change", timeline_change_name(band.change));
        aspects_json(writer, band.aspects);
        field(writer, "match",
              band.match ? std::optional<std::string>(match_kind_name(*band.match)) : std::nullopt);
        writer.EndObject();
      }
      writer.EndArray();
      writer.EndObject();
    }
    writer.EndArray();
    writer.EndObject();
  });
}

}  // namespace kiv::cli
