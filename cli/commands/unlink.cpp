// kiv unlink: remove a curated lineage link, as one commit.

#include "command.hpp"
#include "json_output.hpp"
#include "kiv/links.hpp"
#include "link_options.hpp"
#include "open_archive.hpp"
#include "output.hpp"

namespace kiv::cli {
namespace {

class UnlinkCommand : public ArchiveCommand {
 public:
  explicit UnlinkCommand(CLI::App& sub) {
    sub.add_option("OLD", old_, "The item of the older edition: [SERIES/]EDITION:KEY")->required();
    sub.add_option("NEW", new_, "The item of the newer edition: [SERIES/]EDITION:KEY")->required();
    add_format_option(sub, format_, {"text", "json"});
    add_author_options(sub, options_, "Unlink OLD -> NEW (KIND)");
  }

  int run(const Globals& globals) override {
    Archive archive = open_archive(globals);
    const CuratedLink wanted =
        resolve_link(archive.index(), parse_link_end(old_), parse_link_end(new_));
    const LinkRecord record = unlink(archive, wanted, options_);
    note_index_behind(archive);
    print(format_ == "json" ? link_json(record) : link_change_text("Unlinked", record));
    return kExitSuccess;
  }

 private:
  std::string old_;
  std::string new_;
  LinkOptions options_;
  std::string format_;
};

}  // namespace

std::unique_ptr<ArchiveCommand> add_unlink_command(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("unlink", "Remove a curated lineage link (kiv link)");
  sub->footer(
      "Removes the link between the two items, whatever its kind, as one commit that rewrites "
      "SERIES/links.json; the diff pairs them automatically again. The link's earlier commit "
      "stays in git's history. A link whose key an edition no longer has can be removed too.\n\n"
      "Examples:\n"
      "  kiv unlink kiv/2016-2019:fietsdiefstal kiv/2022-2024:tweewielercriminaliteit\n"
      "  kiv unlink 2016-2019:inbraken 2022-2024:vermogenscriminaliteit -m \"Not a merge after "
      "all\"\n"
      "  kiv unlink kiv/2016-2019:fietsdiefstal kiv/2022-2024:tweewielercriminaliteit --format "
      "json");
  return std::make_unique<UnlinkCommand>(*sub);
}

}  // namespace kiv::cli
