#pragma once
// Whether what a revision records is what its source says: the check that ties the texts git
// holds (edition.json) to the bytes the archivist imported (source), so that a history whose
// edition.json was rewritten while its source and the source's SHA-256 were kept is caught.
//
// A text (an item's title, description or subtopic) passes when its source holds it, compared
// without regard to case, Unicode composition, runs of white space, markup (HTML tags and entities,
// Markdown emphasis) and JSON string escapes; or when the same item has it in the edition's
// previous revision: a page in another language adds its language and keeps the others, which came
// from earlier sources, checked there.

#include <string>
#include <string_view>
#include <vector>

#include "kiv/edition.hpp"

namespace kiv {

// The item texts of `edition` (a revision imported from `source`) that pass neither way, each
// named for people: "the title of priority 4 (nl), 'milieu'", "the description of theme 2
// (fr), '...'", "subtopic 3 of priority 1 (nl), '...'". `previous` is the edition's revision
// before, nullptr for its first.
std::vector<std::string> texts_not_in_source(const Edition& edition, const Edition* previous,
                                             std::string_view source);

}  // namespace kiv
