// kiv: the program people run. It runs the commands that read the index alone (list, log,
// diff, search, timeline, matrix, stats, links) itself, and is linked without libgit2, the
// document readers and OpenSSL, so that it starts in about a third of the time (see the
// README's figures). Everything else (commands that read or write git, help, usage errors, a
// store whose index must catch up with git) it hands to kiv-full, which it replaces by exec
// with the same arguments: the same command line, output and exit status either way.

#include "app.hpp"
#include "hand_off.hpp"

int main(int argc, char** argv) {
  using namespace kiv::cli;
  const std::vector<AddCommand> index_commands{
      add_list_command,     add_log_command,    add_diff_command,  add_links_command,
      add_timeline_command, add_matrix_command, add_stats_command, add_search_command};
  try {
    return run_app(argc, argv, index_commands, /*hand_off=*/true);
  } catch (const HandOff&) {
    return exec_kiv_full(argv);
  }
}
