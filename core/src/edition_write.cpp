// to_canonical_json: the one serialisation of an Edition that the store records.

#include "json_writer.hpp"
#include "kiv/edition_format.hpp"

namespace kiv {
namespace {

void write_text(JsonWriter& writer, const LangText& text) {
  writer.StartObject();
  for (const auto& [lang, value] : text) {  // std::map: sorted by language
    write_string(writer, lang);
    write_string(writer, value);
  }
  writer.EndObject();
}

void write_items(JsonWriter& writer, const std::vector<Item>& items) {
  writer.StartArray();
  for (const Item& item : items) {
    writer.StartObject();
    writer.Key("rank");
    writer.Int(item.rank);
    if (!item.key.empty()) {
      writer.Key("key");
      write_string(writer, item.key);
      if (item.key_origin != KeyOrigin::given) {
        writer.Key("key_origin");
        write_string(writer, std::string(key_origin_name(item.key_origin)));
      }
    }
    writer.Key("title");
    write_text(writer, item.title);
    if (!item.description.empty()) {
      writer.Key("description");
      write_text(writer, item.description);
    }
    if (!item.subtopics.empty()) {
      writer.Key("subtopics");
      writer.StartArray();
      for (const LangText& subtopic : item.subtopics) write_text(writer, subtopic);
      writer.EndArray();
    }
    writer.EndObject();
  }
  writer.EndArray();
}

}  // namespace

std::string to_canonical_json(const Edition& edition) {
  rapidjson::StringBuffer buffer;
  JsonWriter writer(buffer);
  writer.SetIndent(' ', 2);
  writer.StartObject();
  writer.Key("format");
  write_string(writer, kEditionFormat);
  writer.Key("series");
  write_string(writer, edition.series);
  writer.Key("edition");
  write_string(writer, edition.edition);
  writer.Key("title");
  write_text(writer, edition.title);
  if (edition.period) {
    writer.Key("period");
    writer.StartObject();
    writer.Key("from");
    writer.Int(edition.period->from);
    writer.Key("to");
    writer.Int(edition.period->to);
    writer.EndObject();
  }
  if (!edition.adopted.empty()) {
    writer.Key("adopted");
    write_string(writer, edition.adopted);
  }
  if (!edition.in_force.empty()) {
    writer.Key("in_force");
    writer.StartObject();
    const Validity& in_force = edition.in_force;
    write_present(writer, {{"from", &in_force.from},
                           {"to", &in_force.to},
                           {"extended_to", &in_force.extended_to},
                           {"superseded_by", &in_force.superseded_by}});
    writer.EndObject();
  }
  const Provenance& provenance = edition.provenance;
  if (!provenance.source_url.empty() || !provenance.retrieved.empty() || !provenance.note.empty()) {
    writer.Key("provenance");
    writer.StartObject();
    write_provenance_members(writer, provenance);
    writer.EndObject();
  }
  writer.Key("priorities");
  write_items(writer, edition.priorities);
  writer.Key("themes");
  write_items(writer, edition.themes);
  writer.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace kiv
