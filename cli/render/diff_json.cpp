#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <cmath>

#include "render/diff_render.hpp"

namespace kiv::cli {
namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void string(Writer& writer, std::string_view text) {
  writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

void side(Writer& writer, const RevisionInfo& revision, const std::string& lang) {
  writer.StartObject();
  writer.Key("ref");
  string(writer, revision.series + "/" + revision.edition);
  writer.Key("revision");
  writer.Int(revision.revision);
  writer.Key("commit");
  string(writer, revision.commit);
  writer.Key("lang");
  string(writer, lang);
  writer.EndObject();
}

void item(Writer& writer, const DiffItem& diff_item) {
  writer.StartObject();
  if (!diff_item.key.empty()) {
    writer.Key("key");
    string(writer, diff_item.key);
  }
  writer.Key("rank");
  writer.Int(diff_item.rank);
  writer.Key("title");
  string(writer, diff_item.title);
  writer.EndObject();
}

// One ITEM, or an array of them where a split or merge has several on that side.
void items(Writer& writer, const std::vector<DiffItem>& side_items, bool as_array) {
  if (!as_array) {
    item(writer, side_items.front());
    return;
  }
  writer.StartArray();
  for (const DiffItem& diff_item : side_items) item(writer, diff_item);
  writer.EndArray();
}

void words(Writer& writer, const std::vector<WordEdit>& edits) {
  writer.StartArray();
  for (const WordEdit& edit : edits) {
    writer.StartObject();
    writer.Key("op");
    writer.String(edit.op == WordEdit::Op::equal    ? "equal"
                  : edit.op == WordEdit::Op::remove ? "delete"
                                                    : "insert");
    writer.Key("text");
    string(writer, edit.text);
    writer.EndObject();
  }
  writer.EndArray();
}

void change(Writer& writer, const Change& diff_change) {
  writer.StartObject();
  writer.Key("change");
  string(writer, change_kind_name(diff_change.kind));
  writer.Key("aspects");
  writer.StartArray();
  for (const Aspect aspect : diff_change.aspects) string(writer, aspect_name(aspect));
  writer.EndArray();
  if (diff_change.match) {
    writer.Key("match");
    string(writer, match_kind_name(*diff_change.match));
    if (diff_change.key_inferred) {
      writer.Key("key_inferred");
      writer.Bool(true);
    }
    writer.Key("similarity");
    writer.Double(std::round(diff_change.similarity * 100) / 100);
  }
  if (!diff_change.from.empty()) {
    writer.Key("from");
    items(writer, diff_change.from, diff_change.kind == ChangeKind::merged);
  }
  if (!diff_change.to.empty()) {
    writer.Key("to");
    items(writer, diff_change.to, diff_change.kind == ChangeKind::split);
  }
  if (!diff_change.wording.empty()) {
    writer.Key("wording");
    words(writer, diff_change.wording);
  }
  if (!diff_change.description.empty()) {
    writer.Key("description");
    words(writer, diff_change.description);
  }
  writer.EndObject();
}

}  // namespace

std::string render_diff_json(const DiffSides& sides, const EditionDiff& diff,
                             const std::vector<Section>& sections) {
  rapidjson::StringBuffer buffer;
  Writer writer(buffer);
  writer.SetIndent(' ', 2);
  writer.StartObject();
  writer.Key("from");
  side(writer, sides.from, diff.lang);
  writer.Key("to");
  side(writer, sides.to, diff.lang);
  writer.Key("summary");
  writer.StartObject();
  for (const Section section : sections) {
    string(writer, section_name(section));
    writer.StartObject();
    for (const ChangeKind kind : {ChangeKind::added, ChangeKind::removed, ChangeKind::changed,
                                  ChangeKind::unchanged, ChangeKind::split, ChangeKind::merged}) {
      string(writer, change_kind_name(kind));
      writer.Int(diff.section(section).count(kind));
    }
    writer.EndObject();
  }
  writer.EndObject();
  for (const Section section : sections) {
    string(writer, section_name(section));
    writer.StartArray();
    for (const Change& diff_change : diff.section(section).changes) change(writer, diff_change);
    writer.EndArray();
  }
  writer.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace kiv::cli
