#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "render/search_render.hpp"

namespace kiv::cli {

std::string render_search_json(const std::vector<SearchHit>& hits, bool all_revisions) {
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
  writer.SetIndent(' ', 2);
  const auto string = [&](std::string_view text) {
    writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  };
  writer.StartArray();
  for (const SearchHit& hit : hits) {
    writer.StartObject();
    writer.Key("ref");
    string(hit_ref(hit, all_revisions));
    writer.Key("section");
    string(section_name(hit.section));
    writer.Key("rank");
    writer.Int(hit.rank);
    writer.Key("key");
    if (hit.key.empty()) {
      writer.Null();
    } else {
      string(hit.key);
    }
    writer.Key("title");
    string(hit.title);
    writer.Key("snippet");
    string(marked(hit.snippet, kHitMark, kHitMark));
    writer.EndObject();
  }
  writer.EndArray();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace kiv::cli
