// kiv list: every edition in the store, one line each.

#include <fmt/core.h>

#include "command.hpp"
#include "json_output.hpp"
#include "kiv/dates.hpp"
#include "kiv/error.hpp"
#include "kiv/validity.hpp"
#include "output.hpp"
#include "render/csv.hpp"

namespace kiv::cli {
namespace {

class ListCommand : public IndexCommand {
 public:
  explicit ListCommand(CLI::App& sub) {
    sub.add_option("--in-force", in_force_,
                   "Only the editions in force on DATE: from the day each came into force to the "
                   "day its term ended, was extended to, or the one that replaced it began; "
                   "its period when none is recorded")
        ->option_text("DATE");
    add_format_option(sub, format_, {"text", "json", "csv"});
  }

  int run(const Index& index) override {
    if (!in_force_.empty() && !is_iso_date(in_force_)) {
      throw Error(ErrorKind::input,
                  "--in-force '" + in_force_ + "': expected a date YYYY-MM-DD that exists");
    }
    // Only the json names each latest revision's commit and import.
    const std::vector<EditionSummary> all =
        index.list(format_ == "json" ? Index::Listing::full : Index::Listing::brief);
    // When each is in force: for the filter and the json, which says it.
    const bool periods_needed = !in_force_.empty() || format_ == "json";
    const std::vector<InForcePeriod> periods =
        periods_needed ? in_force_periods(all) : std::vector<InForcePeriod>();
    std::vector<ListedEdition> listed;
    listed.reserve(all.size());
    for (std::size_t k = 0; k < all.size(); ++k) {
      if (!periods_needed) {
        listed.push_back({&all[k], {}});
      } else if (in_force_.empty() || in_force_on(periods[k], in_force_)) {
        listed.push_back({&all[k], periods[k]});
      }
    }
    if (format_ == "json") {
      print(editions_json(listed));
      return kExitSuccess;
    }
    if (format_ == "csv") {
      print(csv(listed));
      return kExitSuccess;
    }
    if (all.empty()) {
      print("The store is empty. Import an edition with 'kiv import FILE'.\n");
      return kExitSuccess;
    }
    if (listed.empty()) {
      print("No edition of the store is in force on " + in_force_ + ".\n");
      return kExitSuccess;
    }
    const Style style = Style::detect(stdout);
    using A = Table::Align;
    Table table({A::left, A::left, A::left, A::right, A::left, A::right, A::right, A::left});
    const std::vector<std::string> header = {"EDITION",   "PERIOD",     "ADOPTED", "REV",
                                             "LANGUAGES", "PRIORITIES", "THEMES",  "TITLE"};
    std::vector<std::string> styled_header;
    if (style.color()) {
      for (const auto& name : header) styled_header.push_back(style.bold(name));
    }
    table.add_row(header, std::move(styled_header));
    for (const ListedEdition& entry : listed) {
      const EditionSummary& edition = *entry.edition;
      std::string ref = edition.series + "/" + edition.edition;
      const std::string lang = pick_language(edition.languages, "", ref);
      // Built cell by cell: an initializer list would copy every cell.
      std::vector<std::string> row;
      row.reserve(header.size());
      row.push_back(std::move(ref));
      row.push_back(edition.period ? fmt::format("{}-{}", edition.period->from, edition.period->to)
                                   : "-");
      row.push_back(edition.adopted.empty() ? "-" : edition.adopted);
      row.push_back(std::to_string(edition.latest.revision));
      row.push_back(join(edition.languages, ","));
      row.push_back(std::to_string(edition.priorities));
      row.push_back(std::to_string(edition.themes));
      row.push_back(text_in(edition.title, lang));
      std::vector<std::string> styled;
      if (style.color()) {
        styled = row;
        styled[0] = style.cyan(row[0]);
      }
      table.add_row(std::move(row), std::move(styled));
    }
    print(table.render());
    return kExitSuccess;
  }

 private:
  // One row per edition, values empty where the text table shows "-".
  static std::string csv(const std::vector<ListedEdition>& listed) {
    std::vector<std::vector<std::string>> rows = {{"series", "edition", "period_from", "period_to",
                                                   "adopted", "revision", "languages", "priorities",
                                                   "themes", "title"}};
    for (const ListedEdition& entry : listed) {
      const EditionSummary& edition = *entry.edition;
      const std::string ref = edition.series + "/" + edition.edition;
      rows.push_back({edition.series, edition.edition,
                      edition.period ? std::to_string(edition.period->from) : "",
                      edition.period ? std::to_string(edition.period->to) : "", edition.adopted,
                      std::to_string(edition.latest.revision), join(edition.languages, " "),
                      std::to_string(edition.priorities), std::to_string(edition.themes),
                      text_in(edition.title, pick_language(edition.languages, "", ref))});
    }
    return csv_table(rows);
  }

  std::string format_;
  std::string in_force_;
};

}  // namespace

std::unique_ptr<IndexCommand> add_list_command(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("list", "List the editions in the store");
  sub->footer(
      "One line per edition: its period, adoption date, latest revision, languages, number of "
      "priorities and themes, and title. --format csv gives the same columns for a spreadsheet "
      "(the period as its first and last year).\n\nExamples:\n  kiv list\n  kiv list --format "
      "json\n"
      "  kiv list --format csv -o editions.csv\n"
      "  kiv list --in-force 2023-05-01\n  kiv list --as-of 2026-11-30");
  return std::make_unique<ListCommand>(*sub);
}

}  // namespace kiv::cli
