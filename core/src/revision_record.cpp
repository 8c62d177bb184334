#include "revision_record.hpp"

#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "json_depth.hpp"
#include "kiv/error.hpp"
#include "kiv/ids.hpp"

namespace kiv {

std::string revision_record_json(const RevisionInfo& revision) {
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
  writer.SetIndent(' ', 2);
  writer.StartObject();
  writer.Key("format");
  writer.String(kRevisionFormat.data(), static_cast<rapidjson::SizeType>(kRevisionFormat.size()));
  writer.Key("series");
  writer.String(revision.series.c_str());
  writer.Key("edition");
  writer.String(revision.edition.c_str());
  writer.Key("revision");
  writer.Int(revision.revision);
  writer.Key("source_name");
  writer.String(revision.source_name.c_str());
  writer.Key("source_sha256");
  writer.String(revision.source_sha256.c_str());
  if (!revision.document_languages.empty() || !revision.media_type.empty()) {
    writer.Key("document");
    writer.StartObject();
    writer.Key("languages");
    writer.StartArray();
    for (const std::string& lang : revision.document_languages) writer.String(lang.c_str());
    writer.EndArray();
    writer.Key("media_type");
    writer.String(revision.media_type.c_str());
    writer.Key("size");
    writer.Int64(revision.source_size);
    writer.Key("kiv_version");
    writer.String(revision.kiv_version.c_str());
    writer.EndObject();
  }
  writer.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

namespace {

// The "document" object of a revision record: optional (records written before kiv kept it
// have none), whole when present.
void read_document_record(const rapidjson::Document& record, std::string_view where,
                          RevisionInfo& revision) {
  revision.document_languages.clear();
  revision.media_type.clear();
  revision.source_size = -1;
  revision.kiv_version.clear();
  if (!record.HasMember("document")) return;
  const auto& document = record["document"];
  const auto malformed = [&](const char* what) {
    throw Error(ErrorKind::store,
                std::string(where) + ": malformed revision record (document: " + what + ")");
  };
  if (!document.IsObject()) malformed("not an object");
  const auto string_member = [&](const char* name) -> std::string {
    if (!document.HasMember(name) || !document[name].IsString()) malformed(name);
    return document[name].GetString();
  };
  if (!document.HasMember("languages") || !document["languages"].IsArray()) malformed("languages");
  for (const auto& lang : document["languages"].GetArray()) {
    if (!lang.IsString() || !is_valid_lang(lang.GetString())) malformed("languages");
    revision.document_languages.emplace_back(lang.GetString());
  }
  revision.media_type = string_member("media_type");
  revision.kiv_version = string_member("kiv_version");
  if (!document.HasMember("size") || !document["size"].IsInt64() ||
      document["size"].GetInt64() < 0) {
    malformed("size");
  }
  revision.source_size = document["size"].GetInt64();
}

}  // namespace

void read_revision_record(std::string_view json, std::string_view where, RevisionInfo& revision) {
  if (find_too_deep(json)) {
    throw Error(ErrorKind::store, std::string(where) +
                                      ": malformed revision record (nested too "
                                      "deep)");
  }
  if (find_lone_surrogate(json)) {
    throw Error(ErrorKind::store, std::string(where) +
                                      ": malformed revision record (half a UTF-16 surrogate pair "
                                      "in a \\u escape)");
  }
  rapidjson::Document document;
  document.Parse(json.data(), json.size());
  const auto string_field = [&](const char* name) -> std::string {
    if (!document.IsObject() || !document.HasMember(name) || !document[name].IsString()) {
      throw Error(ErrorKind::store,
                  std::string(where) + ": malformed revision record (no '" + name + "')");
    }
    return document[name].GetString();
  };
  if (string_field("format") != kRevisionFormat) {
    throw Error(ErrorKind::store, std::string(where) + ": unknown revision record format");
  }
  revision.series = string_field("series");
  revision.edition = string_field("edition");
  revision.source_name = string_field("source_name");
  revision.source_sha256 = string_field("source_sha256");
  if (!document.HasMember("revision") || !document["revision"].IsInt() ||
      document["revision"].GetInt() < 1 || !is_valid_id(revision.series) ||
      !is_valid_id(revision.edition)) {
    throw Error(ErrorKind::store, std::string(where) + ": malformed revision record");
  }
  revision.revision = document["revision"].GetInt();
  read_document_record(document, where, revision);
}

}  // namespace kiv
