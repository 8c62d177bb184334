#pragma once
// Finding the priorities and themes of a document in its blocks.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document/blocks.hpp"
#include "kiv/edition.hpp"

namespace kiv::document {

struct FoundItem {
  std::string title;  // as written, spaces collapsed, without a final ';', ',' or '.'
  std::vector<std::string> subtopics;
  std::string key;  // given at the end of its text, "... {#cybercrime}"; empty: none
};

struct FoundSections {
  std::optional<std::vector<FoundItem>> priorities;  // nullopt: no section found
  std::optional<std::vector<FoundItem>> themes;
  std::vector<std::string> warnings;
};

// The list after each introduction of a section: a heading (or a short line standing alone)
// that names it, or a paragraph ending in ':' whose last sentence names it, e.g. "... worden
// beschouwd als beleidsprioriteiten:". Between the introduction and its list there may be
// paragraphs, but no heading and no other introduction. The first list of a section counts.
// An item's key may be given at the end of its text, as "{#KEY}" ("cybercrime en cyber security
// {#cybercrime}"), in every format.
// Throws Error{input} "PATH:LINE: expected item 4, found 5" when numbers do not run 1, 2, 3...,
// for an item without a title, a given key that is no id, and a key given twice in a section.
// `headings` adds section names for this document (DocumentOverrides' priority_headings and
// theme_headings), each checked before the built-in words.
struct SectionHeadings {
  std::vector<std::string> priorities;
  std::vector<std::string> themes;
};
FoundSections find_sections(const Blocks& blocks, std::string_view path,
                            const SectionHeadings& headings = {});

}  // namespace kiv::document
