// kiv pull: a remote's history merged into the store (kiv/sharing.hpp).

#include "command.hpp"
#include "kiv/sharing.hpp"
#include "open_archive.hpp"
#include "output.hpp"
#include "sharing_output.hpp"

namespace kiv::cli {
namespace {

class PullCommand : public ArchiveCommand {
 public:
  explicit PullCommand(CLI::App& sub) {
    sub.add_option("REMOTE", remote_, "The remote (default: origin)");
    auto* ours = sub.add_flag("--ours", ours_,
                              "Settle each value both stores changed differently by this store's");
    sub.add_flag("--theirs", theirs_,
                 "Settle each value both stores changed differently by the remote's")
        ->excludes(ours);
    sub.add_option("--author", options_.author,
                   "Who records the merged revisions, as \"Name <email>\" (default: $KIV_AUTHOR, "
                   "else kiv <kiv@localhost>)");
    add_transfer_options(sub, options_.transfer);
    add_format_option(sub, format_, {"text", "json"});
  }

  int run(const Globals& globals) override {
    if (ours_) options_.choice = ConflictChoice::ours;
    if (theirs_) options_.choice = ConflictChoice::theirs;
    Archive archive = open_archive(globals);
    PullResult result;
    {
      const auto progress = show_transfer_progress(options_.transfer, "receiving");
      result = pull(archive, remote_, options_);
    }
    note_index_behind(archive);
    print(format_ == "json" ? pull_json(result) : pull_text(result));
    return kExitSuccess;
  }

 private:
  std::string remote_ = "origin";
  bool ours_ = false;
  bool theirs_ = false;
  PullOptions options_;
  std::string format_;
};

}  // namespace

std::unique_ptr<ArchiveCommand> add_pull_command(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("pull", "Fetch a remote's history and merge it in");
  sub->footer(
      "What was received is verified as kiv verify does before the store changes. When this "
      "store recorded nothing since the last pull, main moves to the remote's (a fast-forward). "
      "Otherwise this store's own commits are recorded again after the remote's, with their "
      "author, time, message and sources: a revision of an edition the remote revised too takes "
      "the next number, and a merged revision follows, merged three-way, item by item and "
      "language by language, against the last revision both had. Links merge as sets. When "
      "both changed the same value differently the pull stops (status 5), names the edition, "
      "the value and both texts, and changes nothing: settle with --ours or --theirs, or import "
      "the right text first. The index is brought up to date.\n\nExamples:\n  kiv pull\n  kiv "
      "pull zone\n  kiv pull --theirs\n  kiv pull origin --format json");
  return std::make_unique<PullCommand>(*sub);
}

}  // namespace kiv::cli
