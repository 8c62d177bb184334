// The attachments list file (kiv/attachments.hpp), and reading attachments from the index.

#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <set>

#include "index/index_db.hpp"
#include "json_depth.hpp"
#include "kiv/attachments.hpp"
#include "kiv/error.hpp"
#include "kiv/index.hpp"

namespace kiv {
namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void write_string(Writer& writer, std::string_view text) {
  writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

bool is_hex_sha256(std::string_view text) {
  return text.size() == 64 && text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

}  // namespace

std::string attachments_dir(const std::string& series, const std::string& edition) {
  return series + "/" + edition + std::string(kAttachmentsSuffix);
}

std::string attachments_file_path(const std::string& series, const std::string& edition) {
  return attachments_dir(series, edition) + "/attachments.json";
}

std::string attachments_file_json(const std::string& series, const std::string& edition,
                                  const std::vector<Attachment>& attachments) {
  rapidjson::StringBuffer buffer;
  Writer writer(buffer);
  writer.SetIndent(' ', 2);
  writer.StartObject();
  writer.Key("format");
  write_string(writer, kAttachmentsFormat);
  writer.Key("series");
  write_string(writer, series);
  writer.Key("edition");
  write_string(writer, edition);
  writer.Key("attachments");
  writer.StartArray();
  for (const Attachment& attachment : attachments) {
    writer.StartObject();
    writer.Key("name");
    write_string(writer, attachment.name);
    writer.Key("sha256");
    write_string(writer, attachment.sha256);
    writer.Key("size");
    writer.Int64(attachment.size);
    writer.Key("media_type");
    write_string(writer, attachment.media_type);
    const Provenance& provenance = attachment.provenance;
    for (const auto& [name, value] :
         {std::pair{"source_url", &provenance.source_url},
          std::pair{"retrieved", &provenance.retrieved}, std::pair{"note", &provenance.note}}) {
      if (value->empty()) continue;
      writer.Key(name);
      write_string(writer, *value);
    }
    writer.EndObject();
  }
  writer.EndArray();
  writer.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

std::vector<Attachment> parse_attachments_file(std::string_view json, const std::string& series,
                                               const std::string& edition, std::string_view where) {
  const auto fail = [&](const std::string& path, const std::string& what) {
    throw Error(ErrorKind::store, std::string(where) + ": " + path + ": " + what);
  };
  rapidjson::Document document;
  parse_json(document, json, where, ErrorKind::store);
  if (!document.IsObject())
    fail("", "expected an object with format, series, edition, attachments");
  const auto string_at = [&](const rapidjson::Value& object, const char* name,
                             const std::string& path, bool required) -> std::string {
    if (!object.HasMember(name)) {
      if (required) fail(path + "/" + name, "expected a string");
      return "";
    }
    if (!object[name].IsString()) fail(path + "/" + name, "expected a string");
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
  only_fields(document, {"format", "series", "edition", "attachments"}, "");
  if (string_at(document, "format", "", true) != kAttachmentsFormat)
    fail("/format", "expected " + std::string(kAttachmentsFormat));
  if (string_at(document, "series", "", true) != series ||
      string_at(document, "edition", "", true) != edition) {
    fail("", "names another edition than " + series + "/" + edition);
  }
  if (!document.HasMember("attachments") || !document["attachments"].IsArray())
    fail("/attachments", "expected an array");
  std::vector<Attachment> attachments;
  std::set<std::string> names;
  const auto& array = document["attachments"];
  for (rapidjson::SizeType i = 0; i < array.Size(); ++i) {
    const std::string path = "/attachments/" + std::to_string(i);
    if (!array[i].IsObject()) fail(path, "expected an object");
    only_fields(array[i],
                {"name", "sha256", "size", "media_type", "source_url", "retrieved", "note"}, path);
    Attachment& attachment = attachments.emplace_back();
    attachment.series = series;
    attachment.edition = edition;
    attachment.name = string_at(array[i], "name", path, true);
    if (attachment.name.empty() || !names.insert(attachment.name).second)
      fail(path + "/name", "expected a name no other attachment of the edition has");
    attachment.sha256 = string_at(array[i], "sha256", path, true);
    if (!is_hex_sha256(attachment.sha256))
      fail(path + "/sha256", "expected 64 lowercase hexadecimal digits");
    if (!array[i].HasMember("size") || !array[i]["size"].IsInt64() ||
        array[i]["size"].GetInt64() < 0) {
      fail(path + "/size", "expected a number of bytes");
    }
    attachment.size = array[i]["size"].GetInt64();
    attachment.media_type = string_at(array[i], "media_type", path, true);
    attachment.provenance = {string_at(array[i], "source_url", path, false),
                             string_at(array[i], "retrieved", path, false),
                             string_at(array[i], "note", path, false)};
  }
  return attachments;
}

std::vector<Attachment> attachments_of(const Index& index, const Ref& edition) {
  const RevisionInfo revision = index.resolve(Ref{edition.series, edition.edition, std::nullopt});
  return IndexDb::of(index).attachments(revision.series, revision.edition);
}

}  // namespace kiv
