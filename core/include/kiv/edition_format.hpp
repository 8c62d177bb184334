#pragma once
// The canonical edition format, JSON version 1 ("format": "kiv-edition/1"), described by
// editions/schema/kiv-edition-1.schema.json (compiled into the library).

#include <string>
#include <string_view>

#include "kiv/edition.hpp"

namespace kiv {

inline constexpr std::string_view kEditionFormat = "kiv-edition/1";

// Parses and validates edition JSON. `source_name` names the file in error messages.
// Checks, in order: UTF-8 (an optional byte-order mark is skipped), JSON syntax, the JSON
// Schema, then what a schema cannot say (no duplicate fields, ranks 1..n without gaps, unique
// keys per section, every item titled in every language of the edition, real calendar dates,
// period.from <= period.to). Every text is normalised to Unicode NFC.
// Throws Error{input}: "NAME:LINE:COL: ..." for syntax and encoding errors, "NAME: /json/path:
// ..." for everything else.
Edition parse_edition(std::string_view json, std::string_view source_name);

// The canonical JSON of an edition: fixed field order, languages sorted, items by rank,
// two-space indentation, final newline. Equal editions give byte-identical output, and
// parse_edition(to_canonical_json(e)) == e.
std::string to_canonical_json(const Edition& edition);

// The JSON Schema of the format, as bundled.
std::string_view edition_schema();

}  // namespace kiv
