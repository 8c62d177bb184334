// kiv links: the curated lineage links of one series or of all, with the commit of each.

#include "kiv/links.hpp"

#include <fmt/core.h>

#include "command.hpp"
#include "json_output.hpp"
#include "output.hpp"
#include "render/csv.hpp"

namespace kiv::cli {
namespace {

class LinksCommand : public IndexCommand {
 public:
  explicit LinksCommand(CLI::App& sub) {
    sub.add_option("SERIES", series_, "Only the links of this series");
    add_format_option(sub, format_, {"text", "json", "csv"});
  }

  int run(const Index& index) override {
    const std::vector<LinkRecord> records = link_records(index, series_);
    if (format_ == "json") {
      print(links_json(records));
      return kExitSuccess;
    }
    if (format_ == "csv") {
      std::vector<std::vector<std::string>> rows = {
          {"old", "new", "kind", "commit", "linked_at", "linked_by"}};
      for (const LinkRecord& record : records) {
        rows.push_back({record.link.from_ref(), record.link.to_ref(),
                        std::string(link_kind_name(record.link.kind)), record.commit,
                        record.linked_at, record.linked_by});
      }
      print(csv_table(rows));
      return kExitSuccess;
    }
    if (records.empty()) {
      print("No curated links. Record one with 'kiv link OLDREF:KEY NEWREF:KEY'.\n");
      return kExitSuccess;
    }
    const Style style = Style::detect(stdout);
    using A = Table::Align;
    Table table({A::left, A::left, A::left, A::left, A::left, A::left, A::left});
    const std::vector<std::string> header = {"OLD", "", "NEW", "KIND", "COMMIT", "LINKED", "BY"};
    std::vector<std::string> styled_header;
    for (const auto& name : header) styled_header.push_back(style.bold(name));
    table.add_row(header, styled_header);
    for (const LinkRecord& record : records) {
      std::vector<std::string> row = {record.link.from_ref(),
                                      "->",
                                      record.link.to_ref(),
                                      std::string(link_kind_name(record.link.kind)),
                                      record.commit.substr(0, 12),
                                      record.linked_at,
                                      record.linked_by};
      std::vector<std::string> styled = row;
      styled[0] = style.cyan(row[0]);
      styled[2] = style.cyan(row[2]);
      table.add_row(std::move(row), std::move(styled));
    }
    print(table.render());
    return kExitSuccess;
  }

 private:
  std::string series_;
  std::string format_;
};

}  // namespace

std::unique_ptr<IndexCommand> add_links_command(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("links", "List the curated lineage links (kiv link)");
  sub->footer(
      "One line per link, by series, old edition and key: the two items, the kind (renamed, split, "
      "merged) and the commit that recorded it, when and by whom. Read from the index, which "
      "holds git's latest SERIES/links.json files.\n\n"
      "Examples:\n  kiv links\n  kiv links kiv\n  kiv links kiv --format json\n"
      "  kiv links --format csv -o links.csv");
  return std::make_unique<LinksCommand>(*sub);
}

}  // namespace kiv::cli
