#pragma once
// Shell completions of kiv for bash, zsh and fish, rendered from the same description as
// `--help` (command_docs.hpp): commands, subcommands, options, and the values of options that
// take a fixed set; files where a command takes a file or any other value.

#include <string>

#include "docs/command_docs.hpp"

namespace kiv::cli::docs {

// Installed as bash-completion/completions/kiv (bash-completion loads it on first use).
std::string bash_completion(const CommandDoc& kiv);
// Installed as zsh/vendor-completions/_kiv (a #compdef file on zsh's $fpath).
std::string zsh_completion(const CommandDoc& kiv);
// Installed as fish/vendor_completions.d/kiv.fish.
std::string fish_completion(const CommandDoc& kiv);

}  // namespace kiv::cli::docs
