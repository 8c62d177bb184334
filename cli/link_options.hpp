#pragma once
// What kiv link and kiv unlink share: their --author and -m options, and what they print.

#include <CLI/CLI.hpp>
#include <string>

#include "kiv/links.hpp"

namespace kiv::cli {

// Adds --author and -m,--message bound to `options`; `default_message` says what -m defaults to.
void add_author_options(CLI::App& sub, LinkOptions& options, const std::string& default_message);

// "DONE kiv/2016-2019:a -> kiv/2022-2024:b (renamed)\n  commit ID\n".
std::string link_change_text(const std::string& done, const LinkRecord& record);

}  // namespace kiv::cli
