// kiv-full: every command of kiv, with libgit2 and the document readers. kiv hands it the
// command lines it does not run itself (cli/main.cpp); it is installed beside kiv, or in
// LIBEXECDIR/kiv, and is not meant to be run by hand.

#include "app.hpp"
#include "kiv/archive.hpp"

namespace {

// An index command is given the index of the archive, caught up with git.
int run_on_archive_index(kiv::cli::IndexCommand& command, const kiv::cli::Globals& globals) {
  const kiv::Archive archive = kiv::Archive::open(globals.store_path());
  return command.run(archive.index());
}

}  // namespace

int main(int argc, char** argv) {
  using namespace kiv::cli;
  const Program kiv_full{
      {KIV_COMMANDS(KIV_INDEX_ROW, KIV_ARCHIVE_ROW)}, run_on_archive_index, false};
  return run_app(argc, argv, kiv_full);
}
