#include "series_option.hpp"

namespace kiv::cli {

CLI::Option* add_series_option(CLI::App& command, std::string& series) {
  return command.add_option("--series", series, "The series (default: the store's only series)")
      ->option_text("S");
}

std::string pick_series(const Index& index, const std::string& requested) {
  return index.series_or_only(requested, [](const std::string& first) {
    return "name one with --series, e.g. --series " + first;
  });
}

void add_section_option(CLI::App& command, Section& section) {
  command
      .add_option_function<std::string>(
          "--section",
          [&section](const std::string& name) {
            section = name == "themes" ? Section::themes : Section::priorities;
          },
          "priorities (default) or themes")
      ->check(CLI::IsMember({"priorities", "themes"}))
      ->option_text("SECTION");
}

void add_titles_lang_option(CLI::App& command, std::string& lang) {
  command
      .add_option("--lang", lang,
                  "Titles in this language (default: nl, else one every edition has)")
      ->option_text("L");
}

void add_span_options(CLI::App& command, EditionSpan& span) {
  command.add_option("--from", span.from, "Start at this edition (its id, e.g. 2016-2019)")
      ->option_text("EDITION");
  command.add_option("--to", span.to, "End at this edition (its id)")->option_text("EDITION");
  command.add_option("--last", span.last, "Only the N latest editions (of --from to --to)")
      ->option_text("N")
      ->check(CLI::PositiveNumber);
}

}  // namespace kiv::cli
