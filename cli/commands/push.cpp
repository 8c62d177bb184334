// kiv push: the store's history sent to a remote, as a fast-forward only (kiv/sharing.hpp).

#include "command.hpp"
#include "kiv/sharing.hpp"
#include "open_archive.hpp"
#include "output.hpp"
#include "sharing_output.hpp"

namespace kiv::cli {
namespace {

class PushCommand : public ArchiveCommand {
 public:
  explicit PushCommand(CLI::App& sub) {
    sub.add_option("REMOTE", remote_, "The remote (default: origin)");
    add_transfer_options(sub, options_);
    add_format_option(sub, format_, {"text", "json"});
  }

  int run(const Globals& globals) override {
    Archive archive = open_archive(globals);
    PushResult result;
    {
      const auto progress = show_transfer_progress(options_, "sending");
      result = push(archive, remote_, options_);
    }
    print(format_ == "json" ? push_json(result) : push_text(result));
    return kExitSuccess;
  }

 private:
  std::string remote_ = "origin";
  TransferOptions options_;
  std::string format_;
};

}  // namespace

std::unique_ptr<ArchiveCommand> add_push_command(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("push", "Send the store's history to a remote");
  sub->footer(
      "Moves the remote's branch main to this store's. Only a fast-forward is pushed: when the "
      "remote holds revisions this store lacks, the push is refused (status 3) and nothing is "
      "sent; run kiv pull first. Nothing is ever forced.\n\nExamples:\n  kiv push\n  kiv push "
      "zone\n  kiv push origin --format json");
  return std::make_unique<PushCommand>(*sub);
}

}  // namespace kiv::cli
