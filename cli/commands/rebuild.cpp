// kiv rebuild: recreates the index from git alone.

#include <fmt/core.h>

#include "command.hpp"
#include "open_archive.hpp"
#include "output.hpp"

namespace kiv::cli {
namespace {

class RebuildCommand : public ArchiveCommand {
 public:
  int run(const Globals& globals) override {
    // As it is: the index may be missing or damaged, which open would refuse.
    Archive archive = open_archive_as_is(globals);
    archive.rebuild();
    print(fmt::format(
        "Rebuilt the index of {}: {}, {}\n", archive.path().string(),
        counted(static_cast<int>(archive.index().list().size()), "edition"),
        counted(static_cast<int>(archive.index().log(std::nullopt).size()), "revision")));
    return kExitSuccess;
  }
};

}  // namespace

std::unique_ptr<ArchiveCommand> add_rebuild_command(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("rebuild", "Recreate the index from git");
  sub->footer(
      "Builds a new index.sqlite from the git history alone and puts it in place of the old one "
      "only once it is whole; the old one may be missing or damaged. list, show, log and diff "
      "then print what they printed before.\n\nExamples:\n  kiv rebuild\n"
      "  kiv --store ~/archives/kiv rebuild && kiv --store ~/archives/kiv verify");
  return std::make_unique<RebuildCommand>();
}

}  // namespace kiv::cli
