#pragma once
// Validation of a parsed JSON document against the bundled edition schema, with messages that
// name the JSON path and say what was expected.

#include <rapidjson/document.h>

#include <string_view>

namespace kiv {

// Throws Error{input} "SOURCE: /json/path: what is wrong" on the first violation.
void validate_edition_schema(const rapidjson::Document& document, std::string_view source_name);

}  // namespace kiv
