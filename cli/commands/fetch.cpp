// kiv fetch: another store's history copied in, the archive unchanged (kiv/sharing.hpp).

#include "command.hpp"
#include "kiv/sharing.hpp"
#include "open_archive.hpp"
#include "output.hpp"
#include "sharing_output.hpp"

namespace kiv::cli {
namespace {

class FetchCommand : public ArchiveCommand {
 public:
  explicit FetchCommand(CLI::App& sub) {
    sub.add_option("REMOTE", remote_, "The remote (default: origin)");
    add_transfer_options(sub, options_);
    add_format_option(sub, format_, {"text", "json"});
  }

  int run(const Globals& globals) override {
    Archive archive = open_archive(globals);
    FetchResult result;
    {
      const auto progress = show_transfer_progress(options_, "receiving");
      result = fetch(archive, remote_, options_);
    }
    print(format_ == "json" ? fetch_json(result) : fetch_text(result));
    return kExitSuccess;
  }

 private:
  std::string remote_ = "origin";
  TransferOptions options_;
  std::string format_;
};

}  // namespace

std::unique_ptr<ArchiveCommand> add_fetch_command(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("fetch", "Copy a remote's history in, without merging it");
  sub->footer(
      "Receives the remote's branch main and keeps it as refs/remotes/REMOTE/main; the "
      "archive, its editions and its index do not change (kiv pull merges).\n\nExamples:\n  kiv "
      "fetch\n  kiv fetch zone --format json");
  return std::make_unique<FetchCommand>(*sub);
}

}  // namespace kiv::cli
