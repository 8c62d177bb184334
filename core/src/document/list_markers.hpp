#pragma once
// The marks that begin a list entry in running text (plain text and the lines of a PDF): a
// number ("1.", "1)", "- 1.", or glued to a letter as PDF text may have it: "10.overlast") or a
// bullet ("•", "-", "*", "–", "—", "◦", "▪").

#include <cstddef>
#include <optional>
#include <string_view>

namespace kiv::document {

struct ListMarker {
  std::size_t indent = 0;  // columns before the marker (a tab counts four)
  std::optional<long> number;
  std::size_t text_begin = 0;  // byte where the entry's text starts (the line's size: none)
};

// The marker `line` starts with, after its indent, when it has one: a number or a bullet
// followed by a space or the end of the line.
std::optional<ListMarker> list_marker_of(std::string_view line);

// The length of the space character (space, tab, no-break or narrow no-break space) at `at`,
// 0 when there is none.
std::size_t space_at(std::string_view line, std::size_t at);

// The first byte from `at` on that is no space (space_at).
std::size_t skip_spaces(std::string_view line, std::size_t at);

// Whether a numbered mark may be a year that a line break put at a line's start ("... op 31
// maart" + "2022."): its number is above any list's (999). Where a sentence may be going on,
// the readers take it as text.
bool may_be_a_year(const ListMarker& marker);

}  // namespace kiv::document
