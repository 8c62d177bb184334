// kiv remote: the remotes a store shares its history with (kiv/sharing.hpp).

#include "command.hpp"
#include "kiv/sharing.hpp"
#include "open_archive.hpp"
#include "output.hpp"
#include "sharing_output.hpp"

namespace kiv::cli {
namespace {

class RemoteCommand : public ArchiveCommand {
 public:
  explicit RemoteCommand(CLI::App& sub) {
    sub.require_subcommand(1);
    add_ = sub.add_subcommand("add", "Add a remote: a name for the URL of another store's history");
    add_->add_option("NAME", name_, "The remote's name, e.g. origin")->required();
    add_->add_option("URL", url_,
                     "A path (of a store or a bare git repository), file://, git://, "
                     "http(s)://, ssh:// or user@host:path")
        ->required();
    add_->footer(
        "Kept in the store's own git configuration (git/config); no credential is ever written "
        "there.\n\nExamples:\n  kiv remote add origin /srv/share/kiv-archive.git\n  kiv remote "
        "add zone ssh://archief@zone.example.org/srv/kiv.git\n  kiv remote add federal "
        "https://git.example.org/kiv/archive.git");
    list_ = sub.add_subcommand("list", "The store's remotes and their URLs");
    add_format_option(*list_, format_, {"text", "json"});
    list_->footer("Examples:\n  kiv remote list\n  kiv remote list --format json");
    remove_ = sub.add_subcommand("remove", "Remove a remote (the history fetched from it stays)");
    remove_->add_option("NAME", removed_, "The remote's name")->required();
    remove_->footer("Examples:\n  kiv remote remove zone");
  }

  int run(const Globals& globals) override {
    Archive archive = add_->parsed() ? open_or_create_archive(globals) : open_archive(globals);
    if (add_->parsed()) {
      add_remote(archive, {name_, url_});
      print("added the remote " + name_ + "\n");
    } else if (remove_->parsed()) {
      remove_remote(archive, removed_);
      print("removed the remote " + removed_ + "\n");
    } else {
      const std::vector<Remote> found = remotes(archive);
      print(format_ == "json" ? remotes_json(found) : remotes_text(found));
    }
    return kExitSuccess;
  }

 private:
  CLI::App* add_ = nullptr;
  CLI::App* list_ = nullptr;
  CLI::App* remove_ = nullptr;
  std::string name_, url_, removed_, format_;
};

}  // namespace

std::unique_ptr<ArchiveCommand> add_remote_command(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("remote", "Add, list or remove the remotes of the store");
  sub->footer(
      "A remote names another copy of the archive's history (a colleague's store, a bare "
      "repository on a share, a git server) that kiv fetch, pull and push exchange revisions "
      "with.\n\nExamples:\n  kiv remote add origin /srv/share/kiv-archive.git\n  kiv remote "
      "list\n  kiv remote remove origin");
  return std::make_unique<RemoteCommand>(*sub);
}

}  // namespace kiv::cli
