// kiv link: record a curated lineage link between an item of an older edition and one of a
// newer edition of the same series, as one commit.

#include "command.hpp"
#include "json_output.hpp"
#include "kiv/links.hpp"
#include "link_options.hpp"
#include "open_archive.hpp"
#include "output.hpp"

namespace kiv::cli {
namespace {

class LinkCommand : public ArchiveCommand {
 public:
  explicit LinkCommand(CLI::App& sub) {
    sub.add_option("OLD", old_, "The item of the older edition: [SERIES/]EDITION:KEY")->required();
    sub.add_option("NEW", new_, "The item of the newer edition: [SERIES/]EDITION:KEY")->required();
    sub.add_option("--as", kind_, "What became of the old item: renamed, split or merged")
        ->check(CLI::IsMember({"renamed", "split", "merged"}))
        ->default_str("renamed")
        ->option_text("KIND");
    add_format_option(sub, format_, {"text", "json"});
    add_author_options(sub, options_, "Link OLD -> NEW (KIND)");
  }

  int run(const Globals& globals) override {
    Archive archive = open_archive(globals);
    const CuratedLink wanted = resolve_link(archive.index(), parse_link_end(old_),
                                            parse_link_end(new_), parse_link_kind(kind_));
    const LinkRecord record = link(archive, wanted, options_);
    note_index_behind(archive);
    print(format_ == "json" ? link_json(record) : link_change_text("Linked", record));
    return kExitSuccess;
  }

 private:
  std::string old_;
  std::string new_;
  std::string kind_ = "renamed";
  LinkOptions options_;
  std::string format_;
};

}  // namespace

std::unique_ptr<ArchiveCommand> add_link_command(CLI::App& app) {
  CLI::App* sub = app.add_subcommand(
      "link",
      "Record a curated lineage link: which item of an older edition became which of a newer");
  sub->footer(
      "Corrects an item's lineage where the matching cannot see it: the diff then pairs the two "
      "items first, with \"match\": \"curated\". OLD and NEW are [SERIES/]EDITION:KEY (the series "
      "may be left out when the store holds one), in the editions' latest revisions; OLD's edition "
      "comes before NEW's in the series. --as renamed (the default): the old item continues as the "
      "new one. split: the old item became several new ones, one link for each. merged: several "
      "old items became the new one, one link for each. The link is written to SERIES/links.json "
      "in git as one commit; 'kiv links' lists them, 'kiv unlink' removes one.\n\n"
      "Examples:\n"
      "  kiv link kiv/2016-2019:fietsdiefstal kiv/2022-2024:tweewielercriminaliteit\n"
      "  kiv link kiv/2016-2019:mensenhandel kiv/2022-2024:uitbuiting --as split\n"
      "  kiv link kiv/2016-2019:mensenhandel kiv/2022-2024:smokkel --as split --format json\n"
      "  kiv link 2016-2019:inbraken 2022-2024:vermogenscriminaliteit --as merged "
      "--author \"An Archivist <an@example.org>\" -m \"Burglary is part of property crime\"");
  return std::make_unique<LinkCommand>(*sub);
}

}  // namespace kiv::cli
