#include "json_output.hpp"

#include <tuple>

#include "pretty_json.hpp"

namespace kiv::cli {
namespace {

using Writer = PrettyJson;

template <typename WriteEach, typename Items>
std::string json_array(const Items& items, WriteEach write_each) {
  return json_text([&](Writer& writer) {
    writer.StartArray();
    for (const auto& item : items) write_each(writer, item);
    writer.EndArray();
  });
}

void write_link(Writer& writer, const LinkRecord& record) {
  const CuratedLink& link = record.link;
  writer.StartObject();
  field(writer, "series", link.series);
  for (const auto& [side, ref, edition, key] :
       {std::tuple{"from", link.from_ref(), &link.from_edition, &link.from_key},
        std::tuple{"to", link.to_ref(), &link.to_edition, &link.to_key}}) {
    writer.Key(side);
    writer.StartObject();
    field(writer, "ref", ref);
    field(writer, "edition", *edition);
    field(writer, "key", *key);
    writer.EndObject();
  }
  field(writer, "kind", std::string(link_kind_name(link.kind)));
  field(writer, "commit", record.commit);
  field(writer, "linked_at", record.linked_at);
  field(writer, "linked_by", record.linked_by);
  field(writer, "message", record.message);
  writer.EndObject();
}

}  // namespace

std::string editions_json(const std::vector<ListedEdition>& editions) {
  return json_array(editions, [](Writer& writer, const ListedEdition& listed) {
    const EditionSummary& edition = *listed.edition;
    writer.StartObject();
    field(writer, "ref", edition.series + "/" + edition.edition);
    field(writer, "series", edition.series);
    field(writer, "edition", edition.edition);
    writer.Key("title");
    writer.StartObject();
    for (const auto& [lang, title] : edition.title) field(writer, lang.c_str(), title);
    writer.EndObject();
    if (edition.period) {
      writer.Key("period");
      writer.StartObject();
      field(writer, "from", edition.period->from);
      field(writer, "to", edition.period->to);
      writer.EndObject();
    }
    if (!edition.adopted.empty()) field(writer, "adopted", edition.adopted);
    writer.Key("in_force");
    writer.StartObject();
    for (const auto& [name, value] :
         {std::pair{"from", &listed.in_force.from}, std::pair{"to", &listed.in_force.to},
          std::pair{"from_origin", &listed.in_force.from_origin},
          std::pair{"to_origin", &listed.in_force.to_origin},
          std::pair{"superseded_by", &edition.in_force.superseded_by}}) {
      if (!value->empty()) field(writer, name, *value);
    }
    writer.EndObject();
    writer.Key("languages");
    writer.StartArray();
    for (const auto& lang : edition.languages) writer.String(lang.c_str());
    writer.EndArray();
    field(writer, "priorities", edition.priorities);
    field(writer, "themes", edition.themes);
    field(writer, "revision", edition.latest.revision);
    field(writer, "commit", edition.latest.commit);
    field(writer, "imported_at", edition.latest.imported_at);
    writer.EndObject();
  });
}

std::string series_json(const std::vector<SeriesListing>& series) {
  return json_array(series, [](Writer& writer, const SeriesListing& listed) {
    writer.StartObject();
    field(writer, "series", listed.series);
    field(writer, "kind", listed.kind);
    field(writer, "editions", listed.editions);
    field(writer, "name", listed.name);
    writer.EndObject();
  });
}

namespace {

// Where a document came from: "source_url", "retrieved", "note", each null when not recorded.
void write_provenance(Writer& writer, const Provenance& provenance) {
  field_or_null(writer, "source_url", provenance.source_url);
  field_or_null(writer, "retrieved", provenance.retrieved);
  field_or_null(writer, "note", provenance.note);
}

}  // namespace

std::string revisions_json(const std::vector<RevisionInfo>& revisions,
                           const AttachmentsByEdition* attachments) {
  return json_array(revisions, [&](Writer& writer, const RevisionInfo& revision) {
    writer.StartObject();
    field(writer, "ref", revision.ref());
    field(writer, "series", revision.series);
    field(writer, "edition", revision.edition);
    field(writer, "revision", revision.revision);
    field(writer, "commit", revision.commit);
    field(writer, "imported_at", revision.imported_at);
    field(writer, "imported_by", revision.imported_by);
    field(writer, "message", revision.message);
    field(writer, "source_name", revision.source_name);
    field(writer, "source_sha256", revision.source_sha256);
    // The document (null for revisions recorded before kiv kept it).
    writer.Key("document");
    if (revision.media_type.empty()) {
      writer.Null();
    } else {
      writer.StartObject();
      writer.Key("languages");
      writer.StartArray();
      for (const std::string& lang : revision.document_languages) writer.String(lang.c_str());
      writer.EndArray();
      field(writer, "media_type", revision.media_type);
      writer.Key("size");
      writer.Int64(revision.source_size);
      field(writer, "kiv_version", revision.kiv_version);
      writer.EndObject();
    }
    write_provenance(writer, revision.provenance);
    if (attachments != nullptr) {
      writer.Key("attachments");
      writer.StartArray();
      static const std::vector<Attachment> kNone;
      const auto found = attachments->find(revision.series + "/" + revision.edition);
      for (const Attachment& attachment : found == attachments->end() ? kNone : found->second) {
        writer.StartObject();
        field(writer, "name", attachment.name);
        field(writer, "media_type", attachment.media_type);
        writer.Key("size");
        writer.Int64(attachment.size);
        field(writer, "sha256", attachment.sha256);
        field(writer, "commit", attachment.commit);
        field(writer, "attached_at", attachment.attached_at);
        field(writer, "attached_by", attachment.attached_by);
        write_provenance(writer, attachment.provenance);
        writer.EndObject();
      }
      writer.EndArray();
    }
    writer.EndObject();
  });
}

std::string links_json(const std::vector<LinkRecord>& links) {
  return json_array(links, write_link);
}

std::string link_json(const LinkRecord& link) {
  return json_text([&](Writer& writer) { write_link(writer, link); });
}

std::string verify_report_json(const VerifyReport& report) {
  return json_text([&](Writer& writer) {
    writer.StartObject();
    writer.Key("ok");
    writer.Bool(report.ok());
    field(writer, "objects", report.objects);
    field(writer, "revisions", report.revisions);
    writer.Key("problems");
    writer.StartArray();
    for (const VerifyProblem& problem : report.problems) {
      writer.StartObject();
      field(writer, "where", problem.where);
      field(writer, "what", problem.what);
      writer.EndObject();
    }
    writer.EndArray();
    writer.Key("leftovers");
    writer.StartArray();
    for (const std::string& leftover : report.leftovers)
      writer.String(leftover.c_str(), static_cast<rapidjson::SizeType>(leftover.size()));
    writer.EndArray();
    writer.EndObject();
  });
}

}  // namespace kiv::cli
