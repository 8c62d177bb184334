#pragma once
// kiv's command line as documentation reads it: each command with its options, arguments and
// the paragraphs of its help, taken from the CLI11 description the programs parse with
// (app.hpp, CommandLine). The man pages and the shell completions are rendered from this, so
// they say what `kiv COMMAND --help` says.

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace kiv::cli::docs {

struct OptionDoc {
  std::vector<std::string> long_names;   // "--format"
  std::vector<std::string> short_names;  // "-o"
  std::string value_name;                // "FORMAT"; empty for a flag
  std::vector<std::string> choices;      // the values it takes, when they are a fixed set
  std::string description;
};

struct ArgumentDoc {
  std::string name;  // "REF"
  std::string description;
  bool required = false;
  bool repeated = false;  // it takes one or more values
};

struct CommandDoc {
  std::vector<std::string> path;   // {"remote", "add"}; empty for kiv itself
  std::string description;         // one line
  std::string usage;               // "kiv remote add [OPTIONS] NAME URL"
  std::vector<OptionDoc> options;  // --help and (kiv's) --version included
  std::vector<ArgumentDoc> arguments;
  // The help's footer, in paragraphs (split at blank lines): its prose, then its examples (the
  // lines of the paragraph that starts "Examples:", without that line) and its exit statuses
  // (a paragraph that starts "Exit status").
  std::vector<std::string> paragraphs;
  std::vector<std::string> examples;
  std::string exit_status;
  std::vector<CommandDoc> subcommands;

  std::string name() const;  // "kiv remote add"
};

// The documentation of `app` (kiv's CLI::App) and of all its commands, but `help`.
CommandDoc describe(const CLI::App& app);

}  // namespace kiv::cli::docs
