#pragma once
// Adding a language to a recorded edition: a document (a web page, a Markdown transcription)
// gives an edition in its own language; imported over an edition that exists in other
// languages, it adds its texts to the same items instead of replacing the edition.

#include <string_view>

#include "kiv/edition.hpp"

namespace kiv {

// The edition `existing` with the languages of `incoming` added or replaced, every other
// language kept. Items are aligned by key where `incoming`'s items have keys, else by rank, and
// keep `existing`'s keys. When `existing` has no language besides `incoming`'s, `incoming`
// simply replaces it (a correction, which may add or remove items). Edition-level values: the
// title gains the languages; `incoming`'s adoption date replaces `existing`'s when it has one,
// and so does each of its in-force values (Validity);
// the provenance is `incoming`'s alone, never lent from another document. Throws Error{input}
// "SOURCE: ..." when the items cannot be aligned: different item counts in a section, a key
// `existing` lacks, or subtopics of different numbers.
Edition merge_languages(const Edition& existing, const Edition& incoming, std::string_view source);

}  // namespace kiv
