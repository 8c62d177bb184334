#include "links_file.hpp"

#include <rapidjson/document.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "json_depth.hpp"
#include "json_fields.hpp"
#include "json_writer.hpp"
#include "kiv/error.hpp"
#include "kiv/ids.hpp"

namespace kiv {
namespace {

constexpr const char* kLinkFields[] = {"from_edition", "from_key", "to_edition", "to_key", "kind"};

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
  JsonWriter writer(buffer);
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
  const JsonFields fields(where, ErrorKind::store);
  rapidjson::Document document;
  parse_json(document, json, where, ErrorKind::store);
  if (!document.IsObject()) fields.fail("", "expected an object with format, series and links");
  fields.only(document, {"format", "series", "links"}, "");
  if (const std::string format = fields.string(document, "format", ""); format != kLinksFormat) {
    fields.fail("/format", "'" + format + "' is not " + std::string(kLinksFormat));
  }
  if (const std::string named = fields.string(document, "series", ""); named != series) {
    fields.fail("/series", "names the series '" + named + "' in the directory of " + series);
  }
  if (!document.HasMember("links") || !document["links"].IsArray())
    fields.fail("/links", "expected an array");
  std::vector<CuratedLink> links;
  const auto& array = document["links"];
  for (rapidjson::SizeType i = 0; i < array.Size(); ++i) {
    const std::string path = "/links/" + std::to_string(i);
    if (!array[i].IsObject()) fields.fail(path, "expected an object");
    fields.only(array[i], {std::begin(kLinkFields), std::end(kLinkFields)}, path);
    CuratedLink& link = links.emplace_back();
    link.series = series;
    std::string* targets[] = {&link.from_edition, &link.from_key, &link.to_edition, &link.to_key};
    for (std::size_t field = 0; field < std::size(targets); ++field) {
      *targets[field] = fields.string(array[i], kLinkFields[field], path);
      if (!is_valid_id(*targets[field])) {
        fields.fail(path + "/" + kLinkFields[field], "'" + *targets[field] + "' is not a valid id");
      }
    }
    try {
      link.kind = parse_link_kind(fields.string(array[i], "kind", path));
    } catch (const Error& e) {
      fields.fail(path + "/kind", e.what());
    }
    if (link.from_edition == link.to_edition) {
      fields.fail(path, "links two items of the edition " + link.from_edition);
    }
  }
  std::vector<const CuratedLink*> sorted;
  for (const CuratedLink& link : links) sorted.push_back(&link);
  std::sort(sorted.begin(), sorted.end(),
            [](const CuratedLink* a, const CuratedLink* b) { return link_before(*a, *b); });
  for (std::size_t i = 1; i < sorted.size(); ++i) {
    if (pair_of(*sorted[i - 1]) == pair_of(*sorted[i])) {
      fields.fail("/links",
                  "links " + sorted[i]->from_ref() + " and " + sorted[i]->to_ref() + " twice");
    }
  }
  return links;
}

}  // namespace kiv
