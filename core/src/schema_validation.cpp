#include "schema_validation.hpp"

#include <rapidjson/pointer.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>

#include <string>

#include "embedded.hpp"
#include "kiv/edition_format.hpp"
#include "kiv/error.hpp"

namespace kiv {
namespace {

const rapidjson::Document& schema_json() {
  static const rapidjson::Document document = [] {
    rapidjson::Document parsed;
    const std::string_view text = edition_schema();
    parsed.Parse(text.data(), text.size());
    if (parsed.HasParseError()) {
      throw Error(ErrorKind::store, "the bundled edition schema is not valid JSON");
    }
    return parsed;
  }();
  return document;
}

// One per thread: RapidJSON 1.1's regular expressions (the schema's patterns) keep their
// matching state in the schema, so two threads cannot validate with one (PreparedAhead
// prepares files on a second thread while the import reads editions on the first).
const rapidjson::SchemaDocument& schema_document() {
  thread_local const rapidjson::SchemaDocument schema(schema_json());
  return schema;
}

std::string pointer_text(const rapidjson::Pointer& pointer) {
  rapidjson::StringBuffer buffer;
  pointer.Stringify(buffer);
  const std::string text = buffer.GetString();
  return text.empty() ? "/" : text;
}

std::string json_type_name(const rapidjson::Value& value) {
  if (value.IsNull()) return "null";
  if (value.IsBool()) return "a boolean";
  if (value.IsObject()) return "an object";
  if (value.IsArray()) return "an array";
  if (value.IsString()) return "a string";
  if (value.IsInt64() || value.IsUint64()) return "an integer";
  return "a number";
}

// What the failed keyword means, in words, for the value at the failing place.
std::string explain(std::string_view keyword, const rapidjson::Value& schema,
                    const rapidjson::Value& value, const std::string& path,
                    std::string_view schema_path) {
  const auto integer = [&](const char* name) { return std::to_string(schema[name].GetInt64()); };
  // For these two, RapidJSON points at the offending member itself.
  const std::string member = path.substr(path.rfind('/') + 1);
  if (keyword == "additionalProperties") return "unknown field '" + member + "'";
  if (keyword == "not" && schema_path.ends_with("/additionalProperties")) {
    return "'" + member +
           "' is not a language code (expected two lowercase letters, e.g. nl, fr, de, en)";
  }
  if (keyword == "required") {
    for (const auto& required : schema["required"].GetArray()) {
      if (!value.HasMember(required.GetString())) {
        return std::string("required field '") + required.GetString() + "' is missing";
      }
    }
  }
  if (keyword == "patternProperties") {
    return "expected a non-empty text, found " + json_type_name(value);
  }
  if (keyword == "type") {
    const std::string expected = schema["type"].GetString();
    const bool vowel = expected == "object" || expected == "array" || expected == "integer";
    return "expected " + std::string(vowel ? "an " : "a ") + expected + ", found " +
           json_type_name(value);
  }
  if (keyword == "enum") {
    return std::string("expected \"") + schema["enum"][0].GetString() + "\"";
  }
  if (keyword == "pattern") {
    const std::string found = value.GetString();
    if (schema_path.ends_with("/id")) {
      return "'" + found +
             "' is not a valid id (expected lowercase letters, digits and '-', "
             "starting with a letter or digit, at most 64 characters)";
    }
    if (schema_path.ends_with("/date")) {
      return "'" + found + "' is not a date (expected YYYY-MM-DD)";
    }
    return "'" + found + "' does not match " + schema["pattern"].GetString();
  }
  if (keyword == "maxLength") return "too long (at most " + integer("maxLength") + " characters)";
  if (keyword == "minLength") return "must not be empty";
  if (keyword == "minimum") return "must be at least " + integer("minimum");
  if (keyword == "maximum") return "must be at most " + integer("maximum");
  if (keyword == "minProperties") return "needs at least one language (e.g. {\"nl\": \"...\"})";
  return "does not satisfy the schema's '" + std::string(keyword) + "' at #" +
         std::string(schema_path);
}

}  // namespace

std::string_view edition_schema() { return embedded::schemas.front().bytes; }

void validate_edition_schema(const rapidjson::Document& document, std::string_view source_name) {
  rapidjson::SchemaValidator validator(schema_document());
  if (document.Accept(validator)) return;

  const rapidjson::Pointer& document_pointer = validator.GetInvalidDocumentPointer();
  const rapidjson::Pointer schema_pointer = validator.GetInvalidSchemaPointer();
  std::string path = pointer_text(document_pointer);
  const std::string schema_path = pointer_text(schema_pointer);
  const rapidjson::Value* value = document_pointer.Get(document);
  // The schema pointer refers to the schema's JSON, which SchemaDocument does not expose.
  const rapidjson::Value* schema = schema_pointer.Get(schema_json());
  std::string what =
      (value != nullptr && schema != nullptr)
          ? explain(validator.GetInvalidSchemaKeyword(), *schema, *value, path, schema_path)
          : std::string("does not satisfy the edition schema");
  throw Error(ErrorKind::input, std::string(source_name) + ": " + path + ": " + what);
}

}  // namespace kiv
