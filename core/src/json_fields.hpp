#pragma once
// Reading the fields of kiv's own JSON files (links, series, attachments) after parse_json
// (json_depth.hpp): each problem an Error of one kind, "WHERE: /PATH: what was expected".

#include <rapidjson/document.h>

#include <set>
#include <string>
#include <string_view>

#include "kiv/error.hpp"

namespace kiv {

class JsonFields {
 public:
  JsonFields(std::string_view where, ErrorKind kind) : where_(where), kind_(kind) {}

  [[noreturn]] void fail(const std::string& path, const std::string& what) const {
    throw Error(kind_, where_ + ": " + path + ": " + what);
  }
  // Refuses a member `object` may not have ("unknown field") or has twice.
  void only(const rapidjson::Value& object, const std::set<std::string_view>& names,
            const std::string& path) const {
    std::set<std::string_view> seen;
    for (const auto& member : object.GetObject()) {
      const std::string_view name(member.name.GetString(), member.name.GetStringLength());
      if (!names.contains(name)) fail(path + "/" + std::string(name), "unknown field");
      if (!seen.insert(name).second) fail(path + "/" + std::string(name), "field appears twice");
    }
  }
  // The string member `name`; "" when it is absent and not `required`.
  std::string string(const rapidjson::Value& object, const char* name, const std::string& path,
                     bool required = true) const {
    if (!object.HasMember(name)) {
      if (required) fail(path + "/" + name, "expected a string");
      return "";
    }
    if (!object[name].IsString()) fail(path + "/" + name, "expected a string");
    return {object[name].GetString(), object[name].GetStringLength()};
  }

 private:
  std::string where_;
  ErrorKind kind_;
};

}  // namespace kiv
