// kiv series: the series kiv knows (its own, and those the store describes), and describing a
// new one from a series file (kiv/series.hpp).

#include "kiv/series.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <map>
#include <optional>

#include "command.hpp"
#include "input_file.hpp"
#include "json_output.hpp"
#include "kiv/archive.hpp"
#include "kiv/error.hpp"
#include "kiv/ids.hpp"
#include "open_archive.hpp"
#include "output.hpp"

namespace kiv::cli {
namespace {

// One series as kiv series list and show present it.
struct KnownSeries {
  SeriesDescription description;
  const SeriesRecord* record = nullptr;  // when the store describes it
  int editions = 0;
};

// kiv's own series, then those the store describes, then those it only has editions of.
// Without a store (`index` null), kiv's own.
std::vector<KnownSeries> known_series(const Index* index,
                                      const std::vector<SeriesRecord>& records) {
  std::vector<KnownSeries> known;
  for (const SeriesDescription& series : built_in_series()) known.push_back({series, nullptr, 0});
  for (const SeriesRecord& record : records) known.push_back({record.description, &record, 0});
  std::map<std::string, int> counts;
  if (index != nullptr) {
    for (const EditionSummary& edition : index->list()) ++counts[edition.series];
  }
  for (auto& series : known) {
    if (const auto found = counts.find(series.description.series); found != counts.end()) {
      series.editions = found->second;
      counts.erase(found);
    }
  }
  for (const auto& [series, count] : counts) {
    KnownSeries& only_editions = known.emplace_back();
    only_editions.description.series = series;
    only_editions.editions = count;
  }
  return known;
}

std::string kind_of(const KnownSeries& series) {
  if (series.description.built_in) return "built in";
  return series.record != nullptr ? "described" : "not described";
}

// "nl: Zonaal Veiligheidsplan Gent, ZVP Gent; fr: ..."
std::string texts_line(const LangTexts& texts) {
  std::vector<std::string> parts;
  for (const auto& [lang, values] : texts) parts.push_back(lang + ": " + join(values, ", "));
  return join(parts, "; ");
}

class SeriesCommand : public ArchiveCommand {
 public:
  explicit SeriesCommand(CLI::App& sub) {
    sub.require_subcommand(1);
    add_ = sub.add_subcommand("add", "Describe a series from a series file (kiv-series/1)");
    add_->add_option("FILE", file_, "The series file (JSON; '-' reads standard input)")->required();
    add_->add_option(
        "--author", author_,
        "Who describes it, as \"Name <email>\" (default: $KIV_AUTHOR, else kiv <kiv@localhost>)");
    add_->add_option("-m,--message", message_,
                     "The commit message (default: \"Describe the series SERIES\")");
    add_->footer(
        "Records the file as SERIES/series.json in one commit, replacing the series' earlier "
        "description; an identical one records nothing. Documents imported afterwards are told "
        "to be of the series by its names, and its headings introduce their priorities and "
        "themes.\n\nExamples:\n  kiv series add zvp-gent.json\n  kiv series add zvp-gent.json "
        "-m \"Headings of the 2020-2025 plan\"");
    show_ = sub.add_subcommand("show", "One series: its names and headings, who described it");
    show_->add_option("SERIES", shown_, "The series id, e.g. kiv")->required();
    add_format_option(*show_, show_format_, {"text", "json"});
    show_->footer(
        "--format json prints the series file (for a series kiv knows itself, its "
        "names).\n\nExamples:\n  kiv series show kiv\n  kiv series show zvp-gent --format json");
    list_ = sub.add_subcommand("list", "The series kiv knows and those of the store");
    add_format_option(*list_, list_format_, {"text", "json"});
    list_->footer("Examples:\n  kiv series list\n  kiv series list --format json");
  }

  int run(const Globals& globals) override {
    if (add_->parsed()) return add(globals);
    std::optional<Archive> archive;
    std::vector<SeriesRecord> records;
    if (Archive::exists(globals.store_path())) {
      archive.emplace(open_archive(globals));
      records = described_series(archive->index());
    }
    const std::vector<KnownSeries> known =
        known_series(archive ? &archive->index() : nullptr, records);
    return show_->parsed() ? show(known) : list(known);
  }

 private:
  int add(const Globals& globals) {
    const std::string source = file_ == kStandardInput ? std::string(kStandardInputName) : file_;
    const SeriesDescription description = parse_series_description(read_input_file(file_), source);
    Archive archive = open_or_create_archive(globals);
    const SeriesRecord record = describe_series(archive, description, author_, message_);
    note_index_behind(archive);
    print(fmt::format("described the series {} ({}), commit {}\n", description.series,
                      series_name(description, "nl"), record.commit.substr(0, 12)));
    return kExitSuccess;
  }

  int show(const std::vector<KnownSeries>& known) const {
    const auto found = std::find_if(known.begin(), known.end(), [&](const KnownSeries& series) {
      return series.description.series == shown_;
    });
    if (found == known.end()) {
      std::vector<std::string> ids;
      for (const KnownSeries& series : known) ids.push_back(series.description.series);
      throw Error(ErrorKind::not_found,
                  "no series '" + shown_ + "'; the series kiv knows: " + join(ids));
    }
    const SeriesDescription& series = found->description;
    if (show_format_ == "json") {
      print(series_description_json(series));
      return kExitSuccess;
    }
    const Style style = Style::detect(stdout);
    std::string out = style.bold(series.series);
    if (const std::string name = series_name(series, "nl"); !name.empty()) out += " — " + name;
    out += "\n\n";
    Table facts({Table::Align::left, Table::Align::left});
    const auto fact = [&](const std::string& name, const std::string& value) {
      if (!value.empty()) facts.add_row({name, value}, {style.dim(name), value});
    };
    fact("Kind", kind_of(*found));
    fact("Names", texts_line(series.names));
    fact("Priorities", texts_line(series.priority_headings));
    fact("Themes", texts_line(series.theme_headings));
    if (series.built_in) fact("Headings", "kiv's own (see 'kiv help import')");
    if (const SeriesRecord* record = found->record) {
      fact("Described", record->described_at + " by " + record->described_by);
      fact("Commit", record->commit);
    }
    fact("Editions", std::to_string(found->editions));
    print(out + facts.render());
    return kExitSuccess;
  }

  int list(const std::vector<KnownSeries>& known) const {
    std::vector<SeriesListing> listed;
    for (const KnownSeries& series : known) {
      listed.push_back({series.description.series, kind_of(series), series.editions,
                        series_name(series.description, "nl")});
    }
    if (list_format_ == "json") {
      print(series_json(listed));
      return kExitSuccess;
    }
    const Style style = Style::detect(stdout);
    using A = Table::Align;
    Table table({A::left, A::left, A::right, A::left});
    const std::vector<std::string> header = {"SERIES", "KIND", "EDITIONS", "NAME"};
    std::vector<std::string> styled_header;
    for (const auto& name : header) styled_header.push_back(style.bold(name));
    table.add_row(header, styled_header);
    for (const SeriesListing& series : listed) {
      std::vector<std::string> row = {series.series, series.kind, std::to_string(series.editions),
                                      series.name};
      std::vector<std::string> styled = row;
      styled[0] = style.cyan(row[0]);
      table.add_row(std::move(row), std::move(styled));
    }
    print(table.render());
    return kExitSuccess;
  }

  CLI::App* add_ = nullptr;
  CLI::App* show_ = nullptr;
  CLI::App* list_ = nullptr;
  std::string file_;
  std::string author_;
  std::string message_;
  std::string shown_;
  std::string show_format_;
  std::string list_format_;
};

}  // namespace

std::unique_ptr<ArchiveCommand> add_series_command(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("series", "The series kiv knows; describe a new one");
  sub->footer(
      "kiv knows the Kadernota Integrale Veiligheid (kiv) and the Nationaal Veiligheidsplan "
      "(nvp). Describe any other series (a zonal security plan, a regional note) in a series "
      "file and record it with 'kiv series add': its names tell its documents apart, and its "
      "headings introduce their priorities and themes.\n\nExamples:\n  kiv series list\n  kiv "
      "series show nvp\n  kiv series add zvp-gent.json");
  return std::make_unique<SeriesCommand>(*sub);
}

}  // namespace kiv::cli
