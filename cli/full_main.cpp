// kiv-full: every command of kiv, with libgit2 and the document readers. kiv hands it the
// command lines it does not run itself (cli/main.cpp); it is installed beside kiv, or in
// LIBEXECDIR/kiv, and is not meant to be run by hand.

#include "app.hpp"

int main(int argc, char** argv) {
  using namespace kiv::cli;
  // In the order `kiv --help` lists them.
  const std::vector<AddCommand> commands{
      add_init_command,     add_import_command, add_list_command,   add_show_command,
      add_log_command,      add_export_command, add_diff_command,   add_verify_command,
      add_rebuild_command,  add_link_command,   add_unlink_command, add_links_command,
      add_timeline_command, add_matrix_command, add_stats_command,  add_search_command,
      add_site_command};
  return run_app(argc, argv, commands, /*hand_off=*/false);
}
