#pragma once
// Man pages of kiv, in roff (man(7)): kiv(1) and kiv-COMMAND(1) for each command, rendered from
// the same description as `--help` (command_docs.hpp).

#include <string>
#include <vector>

#include "docs/command_docs.hpp"

namespace kiv::cli::docs {

struct ManPage {
  std::string file_name;  // "kiv-import.1"
  std::string text;       // roff
};

// kiv(1) from `kiv` (describe() of the whole command line), then one page per command (a
// command's own subcommands, as `kiv remote add`, are sections of its page). `version` is
// kiv's, e.g. "0.1.0".
std::vector<ManPage> man_pages(const CommandDoc& kiv, const std::string& version);

// `text` as roff prints it literally: backslashes and hyphen-minus escaped, and a line that
// would start with a control character ('.' or '\'') protected.
std::string roff_escape(const std::string& text);

}  // namespace kiv::cli::docs
