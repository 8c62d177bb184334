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

}  // namespace kiv::cli
