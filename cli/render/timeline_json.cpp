// kiv timeline --format json.

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "render/history_render.hpp"

namespace kiv::cli {
namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void string(Writer& writer, std::string_view text) {
  writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

void field(Writer& writer, const char* name, std::string_view text) {
  writer.Key(name);
  string(writer, text);
}

}  // namespace

void write_lineage_change(Writer& writer, TimelineChange change, const std::vector<Aspect>& aspects,
                          const std::optional<MatchKind>& match,
                          const std::vector<DiffItem>& related) {
  field(writer, "change", timeline_change_name(change));
  writer.Key("aspects");
  writer.StartArray();
  for (const Aspect aspect : aspects) string(writer, aspect_name(aspect));
  writer.EndArray();
  writer.Key("match");
  if (match) {
    string(writer, match_kind_name(*match));
  } else {
    writer.Null();
  }
  writer.Key("related");
  writer.StartArray();
  for (const DiffItem& item : related) {
    writer.StartObject();
    field(writer, "key", item.key);
    writer.Key("rank");
    writer.Int(item.rank);
    field(writer, "title", item.title);
    writer.EndObject();
  }
  writer.EndArray();
}

std::string render_timeline_json(const Timeline& timeline) {
  rapidjson::StringBuffer buffer;
  Writer writer(buffer);
  writer.SetIndent(' ', 2);
  writer.StartObject();
  field(writer, "series", timeline.series);
  field(writer, "key", timeline.key);
  field(writer, "lang", timeline.lang);
  field(writer, "section", section_name(timeline.section));
  writer.Key("entries");
  writer.StartArray();
  for (const TimelineEntry& entry : timeline.entries) {
    writer.StartObject();
    field(writer, "edition", entry.edition);
    writer.Key("rank");
    if (entry.item) {
      writer.Int(entry.item->rank);
      field(writer, "title", entry.item->title);
      field(writer, "key", entry.item->key);
    } else {
      writer.Null();
      writer.Key("title");
      writer.Null();
      writer.Key("key");
      writer.Null();
    }
    write_lineage_change(writer, entry.change, entry.aspects, entry.match, entry.related);
    writer.EndObject();
  }
  writer.EndArray();
  writer.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace kiv::cli
