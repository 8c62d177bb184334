#include "series_option.hpp"

#include <algorithm>

#include "kiv/error.hpp"
#include "kiv/history.hpp"
#include "output.hpp"

namespace kiv::cli {

CLI::Option* add_series_option(CLI::App& command, std::string& series) {
  return command.add_option("--series", series, "The series (default: the store's only series)")
      ->option_text("S");
}

std::string pick_series(const Index& index, const std::string& requested) {
  const std::vector<std::string> all = index.series();
  if (all.empty())
    throw Error(ErrorKind::not_found, "the store is empty; import editions with 'kiv import FILE'");
  if (requested.empty()) {
    if (all.size() == 1) return all.front();
    throw Error(ErrorKind::input, "the store holds several series (" + join(all, ", ") +
                                      "); name one with --series, e.g. --series " + all.front());
  }
  index.require_series(requested);
  return requested;
}

}  // namespace kiv::cli
