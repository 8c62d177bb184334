// The attachments list file (kiv/attachments.hpp), and reading attachments from the index.

#include <rapidjson/document.h>

#include <set>

#include "index/index_db.hpp"
#include "json_depth.hpp"
#include "json_fields.hpp"
#include "json_writer.hpp"
#include "kiv/attachments.hpp"
#include "kiv/error.hpp"
#include "kiv/index.hpp"

namespace kiv {
namespace {

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
  JsonWriter writer(buffer);
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
    write_provenance_members(writer, attachment.provenance);
    writer.EndObject();
  }
  writer.EndArray();
  writer.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

std::vector<Attachment> parse_attachments_file(std::string_view json, const std::string& series,
                                               const std::string& edition, std::string_view where) {
  const JsonFields fields(where, ErrorKind::store);
  rapidjson::Document document;
  parse_json(document, json, where, ErrorKind::store);
  if (!document.IsObject())
    fields.fail("", "expected an object with format, series, edition, attachments");
  fields.only(document, {"format", "series", "edition", "attachments"}, "");
  if (fields.string(document, "format", "", true) != kAttachmentsFormat)
    fields.fail("/format", "expected " + std::string(kAttachmentsFormat));
  if (fields.string(document, "series", "", true) != series ||
      fields.string(document, "edition", "", true) != edition) {
    fields.fail("", "names another edition than " + series + "/" + edition);
  }
  if (!document.HasMember("attachments") || !document["attachments"].IsArray())
    fields.fail("/attachments", "expected an array");
  std::vector<Attachment> attachments;
  std::set<std::string> names;
  const auto& array = document["attachments"];
  for (rapidjson::SizeType i = 0; i < array.Size(); ++i) {
    const std::string path = "/attachments/" + std::to_string(i);
    if (!array[i].IsObject()) fields.fail(path, "expected an object");
    fields.only(array[i],
                {"name", "sha256", "size", "media_type", "source_url", "retrieved", "note"}, path);
    Attachment& attachment = attachments.emplace_back();
    attachment.series = series;
    attachment.edition = edition;
    attachment.name = fields.string(array[i], "name", path, true);
    if (attachment.name.empty() || !names.insert(attachment.name).second)
      fields.fail(path + "/name", "expected a name no other attachment of the edition has");
    attachment.sha256 = fields.string(array[i], "sha256", path, true);
    if (!is_hex_sha256(attachment.sha256))
      fields.fail(path + "/sha256", "expected 64 lowercase hexadecimal digits");
    if (!array[i].HasMember("size") || !array[i]["size"].IsInt64() ||
        array[i]["size"].GetInt64() < 0) {
      fields.fail(path + "/size", "expected a number of bytes");
    }
    attachment.size = array[i]["size"].GetInt64();
    attachment.media_type = fields.string(array[i], "media_type", path, true);
    attachment.provenance = {fields.string(array[i], "source_url", path, false),
                             fields.string(array[i], "retrieved", path, false),
                             fields.string(array[i], "note", path, false)};
  }
  return attachments;
}

std::vector<Attachment> store_attachments(const Index& index) {
  return IndexDb::of(index).attachments("", "");
}

std::vector<Attachment> attachments_of(const Index& index, const Ref& edition) {
  const RevisionInfo revision = index.resolve(Ref{edition.series, edition.edition, std::nullopt});
  return IndexDb::of(index).attachments(revision.series, revision.edition);
}

}  // namespace kiv
