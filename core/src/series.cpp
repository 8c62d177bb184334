#include "kiv/series.hpp"

#include <rapidjson/document.h>

#include <set>

#include "index/index_db.hpp"
#include "json_depth.hpp"
#include "json_fields.hpp"
#include "json_writer.hpp"
#include "kiv/error.hpp"
#include "kiv/ids.hpp"
#include "kiv/text.hpp"

namespace kiv {
namespace {

constexpr std::size_t kMaxTextLength = 200;  // characters (code points) of a name or heading

void write_texts(JsonWriter& writer, const char* key, const LangTexts& texts) {
  writer.Key(key);
  writer.StartObject();
  for (const auto& [lang, values] : texts) {
    writer.Key(lang.c_str());
    writer.StartArray();
    for (const std::string& value : values) write_string(writer, value);
    writer.EndArray();
  }
  writer.EndObject();
}

}  // namespace

const std::vector<SeriesDescription>& built_in_series() {
  static const std::vector<SeriesDescription> kBuiltIn = {
      {"kiv",
       {{"nl", {"Kadernota Integrale Veiligheid", "KIV"}},
        {"fr", {"Note-cadre de Sécurité intégrale", "NCSI"}},
        {"de", {"Rahmennote Integrale Sicherheit", "Rahmenvermerk Integrale Sicherheit"}},
        {"en", {"Framework Note on Integral Security"}}},
       {},
       {},
       true},
      // The police's plan, which translates each KIV into the police's security phenomena.
      {"nvp",
       {{"nl", {"Nationaal Veiligheidsplan", "NVP"}},
        {"fr", {"Plan national de sécurité", "PNS"}},
        {"de", {"Nationaler Sicherheitsplan"}},
        {"en", {"National Security Plan"}}},
       {},
       {},
       true},
  };
  return kBuiltIn;
}

std::string series_name(const SeriesDescription& series, std::string_view lang) {
  auto names = series.names.find(std::string(lang));
  if (names == series.names.end()) names = series.names.find("nl");
  if (names == series.names.end()) names = series.names.begin();
  return names == series.names.end() || names->second.empty() ? "" : names->second.front();
}

std::string series_file_path(const std::string& series) { return series + "/" + kSeriesFile; }

SeriesDescription parse_series_description(std::string_view json, std::string_view source) {
  const JsonFields fields(source, ErrorKind::input);
  rapidjson::Document document;
  parse_json(document, json, source, ErrorKind::input);
  if (!document.IsObject()) fields.fail("", "expected an object with format, series and names");
  fields.only(document, {"format", "series", "names", "priorities", "themes"}, "");
  if (const std::string format = fields.string(document, "format", ""); format != kSeriesFormat) {
    fields.fail("/format", "'" + format + "' is not " + std::string(kSeriesFormat));
  }
  SeriesDescription description;
  description.series = fields.string(document, "series", "");
  if (!is_valid_id(description.series)) {
    fields.fail("/series", "'" + description.series +
                               "' is not a series id ([a-z0-9][a-z0-9-]*, at most 64 characters)");
  }
  for (const SeriesDescription& built_in : built_in_series()) {
    if (built_in.series == description.series) {
      fields.fail("/series", "'" + description.series + "' is one of kiv's own series");
    }
  }
  const auto texts_at = [&](const char* name, bool required) {
    LangTexts texts;
    const std::string path = std::string("/") + name;
    if (!document.HasMember(name)) {
      if (required) fields.fail(path, "expected an object of languages, each with a list of texts");
      return texts;
    }
    const auto& object = document[name];
    if (!object.IsObject()) fields.fail(path, "expected an object of languages, each with a list");
    std::set<std::string> langs;
    for (const auto& member : object.GetObject()) {
      const std::string lang(member.name.GetString(), member.name.GetStringLength());
      const std::string at = path + "/" + lang;
      if (!is_valid_lang(lang)) fields.fail(at, "'" + lang + "' is not a language code (e.g. nl)");
      if (!langs.insert(lang).second) fields.fail(at, "language appears twice");
      if (!member.value.IsArray() || member.value.Empty())
        fields.fail(at, "expected a list of at least one text");
      std::vector<std::string>& values = texts[lang];
      for (rapidjson::SizeType i = 0; i < member.value.Size(); ++i) {
        const std::string item = at + "/" + std::to_string(i);
        if (!member.value[i].IsString()) fields.fail(item, "expected a string");
        std::string value = to_nfc(
            std::string_view(member.value[i].GetString(), member.value[i].GetStringLength()));
        if (value.find_first_not_of(' ') == std::string::npos)
          fields.fail(item, "expected a text, not an empty one");
        if (count_code_points(value) > kMaxTextLength) {
          fields.fail(item, "longer than " + std::to_string(kMaxTextLength) + " characters");
        }
        if (!is_single_line(value)) {
          fields.fail(item, "holds a control character; a name or heading is one line of text");
        }
        values.push_back(std::move(value));
      }
    }
    if (required && texts.empty()) fields.fail(path, "expected at least one language");
    return texts;
  };
  description.names = texts_at("names", true);
  description.priority_headings = texts_at("priorities", false);
  description.theme_headings = texts_at("themes", false);
  return description;
}

std::string series_description_json(const SeriesDescription& description) {
  rapidjson::StringBuffer buffer;
  JsonWriter writer(buffer);
  writer.SetIndent(' ', 2);
  writer.StartObject();
  writer.Key("format");
  write_string(writer, kSeriesFormat);
  writer.Key("series");
  write_string(writer, description.series);
  write_texts(writer, "names", description.names);
  if (!description.priority_headings.empty())
    write_texts(writer, "priorities", description.priority_headings);
  if (!description.theme_headings.empty())
    write_texts(writer, "themes", description.theme_headings);
  writer.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

std::vector<SeriesRecord> described_series(const Index& index) {
  return IndexDb::of(index).series_descriptions();
}

}  // namespace kiv
