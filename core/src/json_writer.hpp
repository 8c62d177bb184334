#pragma once
// Writing kiv's canonical JSON files (editions, links, series, attachments) with RapidJSON:
// two-space indentation, strings as given, optional members only when they have a value.

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "kiv/edition.hpp"

namespace kiv {

using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

inline void write_string(JsonWriter& writer, std::string_view text) {
  writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

// Each member (name, value) whose value is not empty, in order.
inline void write_present(
    JsonWriter& writer, std::initializer_list<std::pair<const char*, const std::string*>> members) {
  for (const auto& [name, value] : members) {
    if (value->empty()) continue;
    writer.Key(name);
    write_string(writer, *value);
  }
}

// The provenance's members that have a value: source_url, retrieved, note.
inline void write_provenance_members(JsonWriter& writer, const Provenance& provenance) {
  write_present(writer, {{"source_url", &provenance.source_url},
                         {"retrieved", &provenance.retrieved},
                         {"note", &provenance.note}});
}

}  // namespace kiv
