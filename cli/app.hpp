#pragma once
// The kiv command line, shared by its two programs: kiv (main.cpp), which runs the commands
// that read the index alone and starts without libgit2, and kiv-full (full_main.cpp), which
// runs every command and is what kiv hands the others to (hand_off.hpp). Sets up the global
// options and the given commands, parses, runs the command named, and turns errors into
// messages and exit statuses:
//   0 success, 1 differences (diff --exit-code), 2 bad usage or input (including unknown
//   refs), 3 the store failed or verify found it damaged, 4 a bug.

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "command.hpp"
#include "command_table.hpp"

namespace kiv::cli {

// Thrown in kiv for a command line that kiv-full must run: a command kiv does not have, a
// request for help, a parse error (kiv-full words it with every command known), or a store
// whose index must first catch up with git. Nothing has been printed by then (the index
// may have been created or migrated, as kiv-full would have).
struct HandOff {};

// One of the two programs.
struct Program {
  std::vector<CommandRow> commands;  // of command_table.hpp
  // Runs an index command: gives it the index of the store `globals` names.
  std::function<int(IndexCommand& command, const Globals& globals)> run_index_command;
  // Throw HandOff for what kiv-full must answer (see above) instead of answering; --version
  // too, as kiv does not load libgit2.
  bool hand_off = false;
  // The libraries in use, as --version names them after kiv's own version (kiv-full's).
  std::string libraries;
};

// The command line of a program: kiv's global options, the program's commands and `help`,
// as CLI11 describes them. `kiv --help`, the man pages and the shell completions
// (cli/docs/) are all read from this one description, so they cannot disagree.
class CommandLine {
 public:
  explicit CommandLine(const Program& program);
  ~CommandLine();
  CommandLine(const CommandLine&) = delete;
  CommandLine& operator=(const CommandLine&) = delete;

  const CLI::App& app() const;

  // Parses `argv` and runs the command named; returns the exit status. Once per object.
  int run(int argc, char** argv);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Parses `argv` against the program's commands and runs the one named; returns the exit
// status.
int run_app(int argc, char** argv, const Program& program);

}  // namespace kiv::cli
