#pragma once
// kiv show's renderings of one edition: what the command gathered from the index (its facts,
// attachments and items, in one language), as text for a terminal or as Markdown.

#include <string>
#include <utility>
#include <vector>

#include "kiv/attachments.hpp"
#include "kiv/edition.hpp"
#include "output.hpp"

namespace kiv::cli {

struct ShownEdition {
  const Edition* edition = nullptr;
  std::string lang;  // the language shown
  // Name and value, in order ("Period", "2022-2024"); only those with a value.
  std::vector<std::pair<std::string, std::string>> facts;
  std::vector<Attachment> attachments;
  bool keys = false;  // each item's key after its title
};

// The title line, the facts in aligned columns, the attachments, then the priorities and
// themes numbered, each with its description and subtopics.
std::string render_edition_text(const ShownEdition& shown, const Style& style);

// The same as Markdown: a heading, the facts as a table, the attachments and the items as
// lists (the items numbered by their ranks), every text escaped.
std::string render_edition_markdown(const ShownEdition& shown);

}  // namespace kiv::cli
