#include "json_depth.hpp"

#include <rapidjson/error/en.h>

#include <string>

namespace kiv {

std::optional<std::size_t> find_too_deep(std::string_view json, int max_depth) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (in_string) {
      if (c == '\\') {
        ++i;  // the escaped character, whatever it is
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return std::nullopt;
}

void parse_json(rapidjson::Document& document, std::string_view json, std::string_view where,
                ErrorKind kind) {
  if (const auto deep = find_too_deep(json)) {
    throw Error(kind, std::string(where) + ": nested deeper than " + std::to_string(kMaxJsonDepth) +
                          " levels at byte " + std::to_string(*deep));
  }
  document.Parse<rapidjson::kParseValidateEncodingFlag>(json.data(), json.size());
  if (document.HasParseError()) {
    throw Error(kind, std::string(where) + ": not JSON (" +
                          rapidjson::GetParseError_En(document.GetParseError()) + " at byte " +
                          std::to_string(document.GetErrorOffset()) + ")");
  }
}

}  // namespace kiv
