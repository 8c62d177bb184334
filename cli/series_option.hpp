#pragma once
// The options of the commands that read one series (timeline, matrix, stats): --series, and
// the span of its editions (--from, --to, --last).

#include <CLI/CLI.hpp>
#include <string>

#include "kiv/history.hpp"
#include "kiv/index.hpp"

namespace kiv::cli {

// Adds "--series S" bound to `series`.
CLI::Option* add_series_option(CLI::App& command, std::string& series);

// Adds "--section SECTION" (priorities, the default, or themes) bound to `section`.
void add_section_option(CLI::App& command, Section& section);

// Adds "--lang L", the language of the titles shown (default: the history's language rule).
void add_titles_lang_option(CLI::App& command, std::string& lang);

// Adds "--from EDITION", "--to EDITION" and "--last N" bound to `span`.
void add_span_options(CLI::App& command, EditionSpan& span);

// The series to work on: `requested` when given (Error{not_found} naming the store's series
// when it has no such series), else the store's only series. Error{input} naming them when
// the store has several, Error{not_found} when it is empty.
std::string pick_series(const Index& index, const std::string& requested);

}  // namespace kiv::cli
