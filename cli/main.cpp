// kiv: the program people run. It runs the commands that read the index alone (the KIV_INDEX
// rows of command_table.hpp) itself, and is linked without libgit2, the document readers and
// OpenSSL, so that it starts in about a third of the time (see the README's figures).
// Everything else (commands that read or write git, help, usage errors, a store whose index
// must catch up with git) it hands to kiv-full, which it replaces by exec with the same
// arguments: the same command line, output and exit status either way.

#include <optional>

#include "app.hpp"
#include "hand_off.hpp"
#include "kiv/index.hpp"

namespace {

// An index command runs here only on a current index; else kiv-full catches it up first.
// kiv-full also answers --as-of, from git's history.
int run_on_current_index(kiv::cli::IndexCommand& command, const kiv::cli::Globals& globals) {
  if (!globals.as_of.empty()) throw kiv::cli::HandOff{};
  const std::optional<kiv::Index> index = kiv::Index::open_current(globals.store_path());
  if (!index) throw kiv::cli::HandOff{};
  return command.run(*index);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace kiv::cli;
  const Program kiv{{KIV_COMMANDS(KIV_INDEX_ROW, KIV_NO_ROW)}, run_on_current_index, true, ""};
  try {
    return run_app(argc, argv, kiv);
  } catch (const HandOff&) {
    return exec_kiv_full(argv);
  }
}
