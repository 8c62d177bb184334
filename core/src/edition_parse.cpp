// parse_edition: bytes -> validated, NFC-normalised Edition.

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <set>
#include <string>

#include "calendar.hpp"
#include "json_depth.hpp"
#include "kiv/edition_format.hpp"
#include "kiv/error.hpp"
#include "kiv/ids.hpp"
#include "kiv/text.hpp"
#include "schema_validation.hpp"
#include "source_location.hpp"

namespace kiv {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

class EditionReader {
 public:
  explicit EditionReader(std::string_view source_name) : source_name_(source_name) {}

  [[noreturn]] void fail(const std::string& path, const std::string& what) const {
    throw Error(ErrorKind::input, std::string(source_name_) + ": " + path + ": " + what);
  }

  // RapidJSON keeps repeated object fields; JSON readers disagree on which one wins, so an
  // edition must not have any.
  void reject_duplicate_fields(const rapidjson::Value& value, const std::string& path) const {
    // Paths are spelled only where they are needed: for a failure, or to descend.
    const auto nested = [](const rapidjson::Value& child) {
      return child.IsObject() || child.IsArray();
    };
    if (value.IsObject()) {
      std::set<std::string_view> seen;
      for (const auto& member : value.GetObject()) {
        const std::string_view name(member.name.GetString(), member.name.GetStringLength());
        if (!seen.insert(name).second) fail(path + "/" + std::string(name), "field appears twice");
        if (nested(member.value)) {
          reject_duplicate_fields(member.value, path + "/" + std::string(name));
        }
      }
    } else if (value.IsArray()) {
      for (rapidjson::SizeType i = 0; i < value.Size(); ++i) {
        if (nested(value[i])) reject_duplicate_fields(value[i], path + "/" + std::to_string(i));
      }
    }
  }

  static std::string string_of(const rapidjson::Value& value) {
    return to_nfc(std::string_view(value.GetString(), value.GetStringLength()));
  }

  static LangText text_of(const rapidjson::Value& value) {
    LangText text;
    for (const auto& member : value.GetObject()) {
      text.emplace(member.name.GetString(), string_of(member.value));
    }
    return text;
  }

  void check_date(const std::string& date, const std::string& path) const {
    const int year = std::stoi(date.substr(0, 4));
    const int month = std::stoi(date.substr(5, 2));
    const int day = std::stoi(date.substr(8, 2));
    if (!is_calendar_date(year, month, day)) {
      fail(path, "'" + date + "' is not a calendar date");
    }
  }

  void check_languages(const LangText& text, const std::vector<std::string>& languages,
                       const std::string& path, bool all_required) const {
    for (const auto& [lang, value] : text) {
      if (!std::binary_search(languages.begin(), languages.end(), lang)) {
        fail(path + "/" + lang, "language '" + lang + "' is not a language of the edition title");
      }
    }
    if (all_required) {
      for (const auto& lang : languages) {
        if (!text.contains(lang))
          fail(path, "has no text in '" + lang + "', a language of the edition");
      }
    }
  }

  std::vector<Item> items_of(const rapidjson::Value& array, Section section,
                             const std::vector<std::string>& languages) const {
    const std::string section_path = "/" + std::string(section_name(section));
    std::vector<Item> items;
    std::set<std::string> keys;
    for (rapidjson::SizeType i = 0; i < array.Size(); ++i) {
      const rapidjson::Value& value = array[i];
      const std::string path = section_path + "/" + std::to_string(i);
      Item item;
      item.rank = value["rank"].GetInt();
      item.title = text_of(value["title"]);
      check_languages(item.title, languages, path + "/title", true);
      if (value.HasMember("key")) {
        item.key = value["key"].GetString();
        if (!keys.insert(item.key).second) {
          fail(path + "/key", "key '" + item.key + "' is used by another item of this section");
        }
      }
      if (value.HasMember("key_origin")) {
        if (item.key.empty()) fail(path + "/key_origin", "a key origin without a key");
        const auto origin = key_origin_named(value["key_origin"].GetString());
        if (!origin) fail(path + "/key_origin", "expected given, inferred or minted");
        item.key_origin = *origin;
      }
      if (value.HasMember("description")) {
        item.description = text_of(value["description"]);
        check_languages(item.description, languages, path + "/description", false);
      }
      if (value.HasMember("subtopics")) {
        const auto& subtopics = value["subtopics"];
        for (rapidjson::SizeType s = 0; s < subtopics.Size(); ++s) {
          item.subtopics.push_back(text_of(subtopics[s]));
          check_languages(item.subtopics.back(), languages,
                          path + "/subtopics/" + std::to_string(s), false);
        }
      }
      items.push_back(std::move(item));
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const Item& a, const Item& b) { return a.rank < b.rank; });
    // n items with ranks 1..n each once: then no rank is missing, and none can repeat.
    std::vector<int> seen(items.size() + 1, 0);
    for (const Item& item : items) {
      if (item.rank <= static_cast<int>(items.size())) ++seen[static_cast<std::size_t>(item.rank)];
    }
    for (std::size_t rank = 1; rank <= items.size(); ++rank) {
      if (seen[rank] == 0) {
        fail(section_path, "ranks must be 1 to " + std::to_string(items.size()) +
                               ", each once; rank " + std::to_string(rank) + " is missing");
      }
    }
    return items;
  }

  // "in_force", its shape checked by the schema: dates that exist, in order, and another
  // edition as the one that replaced it.
  Validity validity_of(const rapidjson::Value& value, const Edition& edition) const {
    Validity validity;
    const auto date = [&](const char* name, std::string& field) {
      if (!value.HasMember(name)) return;
      field = value[name].GetString();
      check_date(field, std::string("/in_force/") + name);
    };
    date("from", validity.from);
    date("to", validity.to);
    date("extended_to", validity.extended_to);
    if (value.HasMember("superseded_by")) {
      validity.superseded_by = value["superseded_by"].GetString();
      if (validity.superseded_by == edition.edition) {
        fail("/in_force/superseded_by", "an edition cannot replace itself");
      }
    }
    const auto in_order = [&](const std::string& earlier, const char* earlier_name,
                              const std::string& later, const char* later_name) {
      if (!earlier.empty() && !later.empty() && later < earlier) {
        fail(std::string("/in_force/") + later_name,
             "'" + later + "' is earlier than '" + earlier_name + "' (" + earlier + ")");
      }
    };
    in_order(validity.from, "from", validity.to, "to");
    in_order(validity.from, "from", validity.extended_to, "extended_to");
    in_order(validity.to, "to", validity.extended_to, "extended_to");
    return validity;
  }

  Edition edition_of(const rapidjson::Document& document) const {
    Edition edition;
    edition.series = document["series"].GetString();
    edition.edition = document["edition"].GetString();
    edition.title = text_of(document["title"]);
    const std::vector<std::string> languages = edition.languages();
    if (document.HasMember("period")) {
      edition.period =
          Period{document["period"]["from"].GetInt(), document["period"]["to"].GetInt()};
      if (edition.period->from > edition.period->to) {
        fail("/period", "'from' (" + std::to_string(edition.period->from) +
                            ") is later than 'to' (" + std::to_string(edition.period->to) + ")");
      }
    }
    if (document.HasMember("adopted")) {
      edition.adopted = document["adopted"].GetString();
      check_date(edition.adopted, "/adopted");
    }
    if (document.HasMember("in_force"))
      edition.in_force = validity_of(document["in_force"], edition);
    if (document.HasMember("provenance")) {
      const auto& provenance = document["provenance"];
      if (provenance.HasMember("source_url")) {
        edition.provenance.source_url = string_of(provenance["source_url"]);
      }
      if (provenance.HasMember("retrieved")) {
        edition.provenance.retrieved = provenance["retrieved"].GetString();
        check_date(edition.provenance.retrieved, "/provenance/retrieved");
      }
      if (provenance.HasMember("note")) edition.provenance.note = string_of(provenance["note"]);
    }
    edition.priorities = items_of(document["priorities"], Section::priorities, languages);
    edition.themes = items_of(document["themes"], Section::themes, languages);
    return edition;
  }

 private:
  std::string_view source_name_;
};

}  // namespace

Edition parse_edition(std::string_view json, std::string_view source_name) {
  if (json.starts_with(kByteOrderMark)) json.remove_prefix(kByteOrderMark.size());
  const std::string name(source_name);
  if (const auto bad = find_invalid_utf8(json)) {
    throw Error(ErrorKind::input,
                name + ":" + line_and_column(json, *bad) + ": invalid UTF-8 byte sequence");
  }
  if (const auto deep = find_too_deep(json)) {
    throw Error(ErrorKind::input, name + ":" + line_and_column(json, *deep) +
                                      ": nested deeper than " + std::to_string(kMaxJsonDepth) +
                                      " levels; an edition is 5 levels deep");
  }
  if (const auto lone = find_lone_surrogate(json)) {
    throw Error(ErrorKind::input, name + ":" + line_and_column(json, *lone) +
                                      ": a \\u escape of half a UTF-16 surrogate pair (expected "
                                      "both halves, \\ud83d\\ude00, or the character itself)");
  }
  rapidjson::Document document;
  // No kParseValidateEncodingFlag: find_invalid_utf8 has checked every byte, more strictly.
  document.Parse(json.data(), json.size());
  if (document.HasParseError()) {
    throw Error(ErrorKind::input, name + ":" + line_and_column(json, document.GetErrorOffset()) +
                                      ": " + rapidjson::GetParseError_En(document.GetParseError()));
  }
  const EditionReader reader(source_name);
  reader.reject_duplicate_fields(document, "");
  validate_edition_schema(document, source_name);
  return reader.edition_of(document);
}

}  // namespace kiv
