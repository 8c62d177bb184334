// kiv clone: a new store made from another store's history (kiv/sharing.hpp).

#include <fmt/core.h>

#include "command.hpp"
#include "kiv/sharing.hpp"
#include "output.hpp"
#include "sharing_output.hpp"

namespace kiv::cli {
namespace {

class CloneCommand : public ArchiveCommand {
 public:
  explicit CloneCommand(CLI::App& sub) {
    sub.add_option("URL", url_,
                   "A path (of a store or a bare git repository), file://, git://, http(s)://, "
                   "ssh:// or user@host:path")
        ->required();
    add_transfer_options(sub, options_);
    add_format_option(sub, format_, {"text", "json"});
  }

  int run(const Globals& globals) override {
    const std::filesystem::path dir = globals.store_path();
    std::optional<Archive> archive;
    {
      const auto progress = show_transfer_progress(options_, "receiving");
      archive.emplace(clone(url_, dir, options_));
    }
    const std::vector<EditionSummary> editions = archive->index().list(Index::Listing::brief);
    int revisions = 0;
    for (const EditionSummary& edition : editions) revisions += edition.latest.revision;
    print(format_ == "json"
              ? clone_json(dir.string(), url_, editions.size(), revisions)
              : fmt::format("cloned {} into {}: {}, {}, verified\n", url_, dir.string(),
                            counted(static_cast<int>(editions.size()), "edition"),
                            counted(revisions, "revision")));
    return kExitSuccess;
  }

 private:
  std::string url_;
  TransferOptions options_;
  std::string format_;
};

}  // namespace

std::unique_ptr<ArchiveCommand> add_clone_command(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("clone", "Make a new store from another store's history");
  sub->footer(
      "Makes the store --store names (else the default store), which must not exist or be an "
      "empty directory, from the history at URL, kept as the remote origin: receives it, "
      "verifies every revision as kiv verify does, and builds the index. On failure nothing is "
      "left behind.\n\nExamples:\n  kiv clone /srv/share/kiv-archive.git --store ~/kiv\n  kiv "
      "clone git://archive.example.org/kiv.git\n  kiv clone ssh://archief@zone.example.org/srv/"
      "kiv.git --ssh-key ~/.ssh/id_ed25519");
  return std::make_unique<CloneCommand>(*sub);
}

}  // namespace kiv::cli
