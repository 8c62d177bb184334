#pragma once
// The JSON kiv prints for scripts (--format json): indented by two spaces with a final newline,
// and the field writers the renderings share.

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <optional>
#include <string>
#include <string_view>

namespace kiv::cli {

using PrettyJson = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

inline void field(PrettyJson& writer, const char* name, const std::string& value) {
  writer.Key(name);
  writer.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

inline void field(PrettyJson& writer, const char* name, std::string_view value) {
  writer.Key(name);
  writer.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

inline void field(PrettyJson& writer, const char* name, const char* value) {
  writer.Key(name);
  writer.String(value);
}

// The value, or null when there is none.
inline void field(PrettyJson& writer, const char* name, const std::optional<std::string>& value) {
  writer.Key(name);
  if (value) {
    writer.String(value->data(), static_cast<rapidjson::SizeType>(value->size()));
  } else {
    writer.Null();
  }
}

// The value, or null when it is empty (not recorded).
inline void field_or_null(PrettyJson& writer, const char* name, const std::string& value) {
  field(writer, name, value.empty() ? std::nullopt : std::optional<std::string>(value));
}

inline void field(PrettyJson& writer, const char* name, int value) {
  writer.Key(name);
  writer.Int(value);
}

// The JSON that `write` writes, indented, with a final newline.
template <typename Write>
std::string json_text(Write write) {
  rapidjson::StringBuffer buffer;
  PrettyJson writer(buffer);
  writer.SetIndent(' ', 2);
  write(writer);
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace kiv::cli
