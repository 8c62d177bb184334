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

namespace {

// The UTF-16 unit of the four hex digits at `at`; nullopt when they are not four hex digits
// (the parser says what is wrong then).
std::optional<unsigned> hex_unit(std::string_view json, std::size_t at) {
  if (at + 4 > json.size()) return std::nullopt;
  unsigned unit = 0;
  for (std::size_t k = at; k < at + 4; ++k) {
    const char c = json[k];
    unit <<= 4;
    if (c >= '0' && c <= '9') {
      unit |= static_cast<unsigned>(c - '0');
    } else if (c >= 'a' && c <= 'f') {
      unit |= static_cast<unsigned>(c - 'a' + 10);
    } else if (c >= 'A' && c <= 'F') {
      unit |= static_cast<unsigned>(c - 'A' + 10);
    } else {
      return std::nullopt;
    }
  }
  return unit;
}

bool is_high_half(unsigned unit) { return unit >= 0xD800 && unit <= 0xDBFF; }
bool is_low_half(unsigned unit) { return unit >= 0xDC00 && unit <= 0xDFFF; }

}  // namespace

std::optional<std::size_t> find_lone_surrogate(std::string_view json) {
  bool in_string = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (!in_string) {
      in_string = c == '"';
      continue;
    }
    if (c == '"') {
      in_string = false;
      continue;
    }
    if (c != '\\' || i + 1 >= json.size()) continue;
    if (json[i + 1] != 'u') {
      ++i;  // the escaped character
      continue;
    }
    const std::optional<unsigned> unit = hex_unit(json, i + 2);
    if (!unit) {
      ++i;
      continue;
    }
    if (is_low_half(*unit)) return i;
    if (is_high_half(*unit)) {
      const bool escape_follows = i + 7 < json.size() && json[i + 6] == '\\' && json[i + 7] == 'u';
      const std::optional<unsigned> low =
          escape_follows ? hex_unit(json, i + 8) : std::optional<unsigned>();
      if (!low || !is_low_half(*low)) return i;
      i += 11;  // both halves
      continue;
    }
    i += 5;
  }
  return std::nullopt;
}

void parse_json(rapidjson::Document& document, std::string_view json, std::string_view where,
                ErrorKind kind) {
  if (const auto deep = find_too_deep(json)) {
    throw Error(kind, std::string(where) + ": nested deeper than " + std::to_string(kMaxJsonDepth) +
                          " levels at byte " + std::to_string(*deep));
  }
  if (const auto lone = find_lone_surrogate(json)) {
    throw Error(kind, std::string(where) +
                          ": not JSON (half a UTF-16 surrogate pair in a \\u escape at byte " +
                          std::to_string(*lone) + ")");
  }
  document.Parse<rapidjson::kParseValidateEncodingFlag>(json.data(), json.size());
  if (document.HasParseError()) {
    throw Error(kind, std::string(where) + ": not JSON (" +
                          rapidjson::GetParseError_En(document.GetParseError()) + " at byte " +
                          std::to_string(document.GetErrorOffset()) + ")");
  }
}

}  // namespace kiv
