#include "links_file.hpp"

#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "json_depth.hpp"
#include "kiv/error.hpp"
#include "kiv/ids.hpp"

namespace kiv {
namespace {

constexpr const char* kLinkFields[] = {"from_edition", "from_key", "to_edition", "to_key", "kind"};

void write_string(rapidjson::PrettyWriter<rapidjson::StringBuffer>& writer, std::string_view text) {
  writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

auto pair_of(const CuratedLink& link) {
  return std::tie(link.from_edition, link.from_key, link.to_edition, link.to_key);
}

}  // namespace

std::string links_path(const std::string& series) { return series + "/" + kLinksFile; }

bool link_before(const CuratedLink& a, const CuratedLink& b) {
  return std::tie(a.series, a.from_edition, a.from_key, a.to_edition, a.to_key) <
         std::tie(b.series, b.from_edition, b.from_key, b.to_edition, b.to_key);
}

std::string links_file_json(const std::string& series, std::vector<CuratedLink> links) {
  std::sort(links.begin(), links.end(), link_before);
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
  writer.SetIndent(' ', 2);
  writer.StartObject();
  writer.Key("format");
  write_string(writer, kLinksFormat);
  writer.Key("series");
  write_string(writer, series);
  writer.Key("links");
  writer.StartArray();
  for (const CuratedLink& link : links) {
    writer.StartObject();
    const std::string_view values[] = {link.from_edition, link.from_key, link.to_edition,
                                       link.to_key, link_kind_name(link.kind)};
    for (std::size_t field = 0; field < std::size(kLinkFields); ++field) {
      writer.Key(kLinkFields[field]);
      write_string(writer, values[field]);
    }
    writer.EndObject();
  }
  writer.EndArray();
  writer.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

std::vector<CuratedLink> parse_links_file(std::string_view json, const std::string& series,
                                          std::string_view where) {
  const auto fail = [&](const std::string& path, const std::string& what) {
    throw Error(ErrorKind::store, std::string(where) + ": " + path + ": " + what);
  };
  rapidjson::Document document;
  parse_json(document, json, where, ErrorKind::store);
  if (!document.IsObject()) fail("", "expected an object with format, series and links");
  const auto string_at = [&](const rapidjson::Value& object, const char* name,
                             const std::string& path) -> std::string {
    if (!object.HasMember(name) || !object[name].IsString())
      fail(path + "/" + name, "expected a string");
    return {object[name].GetString(), object[name].GetStringLength()};
  };
  const auto only_fields = [&](const rapidjson::Value& object,
                               const std::set<std::string_view>& names, const std::string& path) {
    std::set<std::string_view> seen;
    for (const auto& member : object.GetObject()) {
      const std::string_view name(member.name.GetString(), member.name.GetStringLength());
      if (!names.contains(name)) fail(path + "/" + std::string(name), "unknown field");
      if (!seen.insert(name).second) fail(path + "/" + std::string(name), "field appears twice");
    }
  };
  only_fields(document, {"format", "series", "links"}, "");
  if (const std::string format = string_at(document, "format", ""); format != kLinksFormat) {
    fail("/format", "'" + format + "' is not " + std::string(kLinksFormat));
  }
  if (const std::string named = string_at(document, "series", ""); named != series) {
    fail("/series", "names the series '" + named + "' in the directory of " + series);
  }
  if (!document.HasMember("links") || !document["links"].IsArray())
    fail("/links", "expected an array");
  std::vector<CuratedLink> links;
  const auto& array = document["links"];
  for (rapidjson::SizeType i = 0; i < array.Size(); ++i) {
    const std::string path = "/links/" + std::to_string(i);
    if (!array[i].IsObject()) fail(path, "expected an object");
    only_fields(array[i], {std::begin(kLinkFields), std::end(kLinkFields)}, path);
    CuratedLink& link = links.emplace_back();
    link.series = series;
    std::string* targets[] = {&link.from_edition, &link.from_key, &link.to_edition, &link.to_key};
    for (std::size_t field = 0; field < std::size(targets); ++field) {
      *targets[field] = string_at(array[i], kLinkFields[field], path);
      if (!is_valid_id(*targets[field])) {
        fail(path + "/" + kLinkFields[field], "'" + *targets[field] + "' is not a valid id");
      }
    }
    try {
      link.kind = parse_link_kind(string_at(array[i], "kind", path));
    } catch (const Error& e) {
      fail(path + "/kind", e.what());
    }
    if (link.from_edition == link.to_edition) {
      fail(path, "links two items of the edition " + link.from_edition);
    }
  }
  std::vector<const CuratedLink*> sorted;
  for (const CuratedLink& link : links) sorted.push_back(&link);
  std::sort(sorted.begin(), sorted.end(),
            [](const CuratedLink* a, const CuratedLink* b) { return link_before(*a, *b); });
  for (std::size_t i = 1; i < sorted.size(); ++i) {
    if (pair_of(*sorted[i - 1]) == pair_of(*sorted[i])) {
      fail("/links", "links " + sorted[i]->from_ref() + " and " + sorted[i]->to_ref() + " twice");
    }
  }
  return links;
}

}  // namespace kiv
