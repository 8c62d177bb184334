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
  writer.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

void read_revision_record(std::string_view json, std::string_view where, RevisionInfo& revision) {
  if (find_too_deep(json)) {
    throw Error(ErrorKind::store, std::string(where) +
                                      ": malformed revision record (nested too "
                                      "deep)");
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
}

}  // namespace kiv
