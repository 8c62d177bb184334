#pragma once
// A nesting limit for JSON read from files and from git: RapidJSON's parser, its documents'
// destructors and the schema validator all recurse once per level, so a text nested 100,000
// deep would overflow the stack. Texts are checked before they are parsed.

#include <rapidjson/document.h>

#include <cstddef>
#include <optional>
#include <string_view>

#include "kiv/error.hpp"

namespace kiv {

// Deeper than any kiv file: a canonical edition is 5 levels deep, links.json 3.
inline constexpr int kMaxJsonDepth = 64;

// The byte offset of the first '[' or '{' of `json` that opens a level deeper than
// `max_depth`, outside strings; nullopt when there is none. Reads the text once, whether or
// not it is valid JSON (the parser says what else is wrong).
std::optional<std::size_t> find_too_deep(std::string_view json, int max_depth = kMaxJsonDepth);

// The byte offset of the first \u escape, in a string of `json`, that names half of a UTF-16
// surrogate pair without its other half ("\udc00" alone, "\ud800" not followed by a low
// half); nullopt when there is none. RapidJSON refuses a high half without its low one, but
// decodes a low half alone into bytes that are no UTF-8, which a file written again from them
// would then not be.
std::optional<std::size_t> find_lone_surrogate(std::string_view json);

// Parses `json` into `document` (UTF-8 validated) after the nesting check. Throws
// Error{`kind`} "WHERE: nested deeper than 64 levels at byte N", "WHERE: not JSON (half a
// UTF-16 surrogate pair in a \u escape at byte N)" or "WHERE: not JSON (what at byte N)".
void parse_json(rapidjson::Document& document, std::string_view json, std::string_view where,
                ErrorKind kind);

}  // namespace kiv
