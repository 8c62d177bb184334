// kiv-full: every command of kiv, with libgit2 and the document readers. kiv hands it the
// command lines it does not run itself (cli/main.cpp); it is installed beside kiv, or in
// LIBEXECDIR/kiv, and is not meant to be run by hand.

#include <optional>
#include <string>

#include "app.hpp"
#include "kiv/archive.hpp"
#include "kiv/error.hpp"
#include "open_archive.hpp"

namespace {

// An index command is given the index of the archive, caught up with git, or with --as-of
// the index of the archive as it was then.
int run_on_archive_index(kiv::cli::IndexCommand& command, const kiv::cli::Globals& globals) {
  const kiv::Archive archive = kiv::cli::open_archive(globals);
  const std::optional<std::string> as_of = globals.as_of_timestamp();
  if (!as_of) return command.run(archive.index());
  try {
    return command.run(archive.index());
  } catch (const kiv::Error& e) {
    // "no edition X in the store" is true of the store as it was then only.
    if (e.kind() != kiv::ErrorKind::not_found) throw;
    throw kiv::Error(e.kind(), std::string(e.what()) + " (the store as of " + *as_of + ")");
  }
}

}  // namespace

int main(int argc, char** argv) {
  using namespace kiv::cli;
  const Program kiv_full{{KIV_COMMANDS(KIV_INDEX_ROW, KIV_ARCHIVE_ROW)},
                         run_on_archive_index,
                         false,
                         kiv::library_versions()};
  return run_app(argc, argv, kiv_full);
}
