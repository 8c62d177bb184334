// kiv init: create an empty archive.

#include <fmt/core.h>

#include "command.hpp"
#include "open_archive.hpp"
#include "output.hpp"

namespace kiv::cli {
namespace {

class InitCommand : public ArchiveCommand {
 public:
  int run(const Globals& globals) override {
    bool created = false;
    const Archive archive = open_or_create_archive(globals, &created);
    print(fmt::format("{} kiv store in {}\n", created ? "Created an empty" : "Found an existing",
                      archive.path().string()));
    return kExitSuccess;
  }
};

}  // namespace

std::unique_ptr<ArchiveCommand> add_init_command(CLI::App& app) {
  CLI::App* sub =
      app.add_subcommand("init", "Create an empty store (a git repository and its index)");
  sub->footer(
      "Creating a store that exists already changes nothing. Commands that write (import) create "
      "the store themselves when needed.\n\nExamples:\n  kiv init\n  kiv --store ~/archives/kiv "
      "init");
  return std::make_unique<InitCommand>();
}

}  // namespace kiv::cli
