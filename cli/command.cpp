#include "command.hpp"

#include <algorithm>

#include "kiv/dates.hpp"
#include "kiv/error.hpp"
#include "output.hpp"

namespace kiv::cli {

std::filesystem::path Globals::store_path() const {
  return store.empty() ? default_store_path() : std::filesystem::path(store);
}

std::optional<std::string> Globals::as_of_timestamp() const {
  if (as_of.empty()) return std::nullopt;
  if (auto timestamp = utc_timestamp(as_of)) return timestamp;
  throw Error(ErrorKind::input, "--as-of: '" + as_of +
                                    "' is not a date (2026-12-01: the end of that day, UTC) or "
                                    "a time (2026-12-01T14:30, 2026-12-01T14:30:05Z, "
                                    "2026-12-01T15:30+01:00)");
}

CLI::Option* add_format_option(CLI::App& command, std::string& format,
                               const std::vector<std::string>& choices) {
  format = choices.front();
  return command.add_option("--format", format, "Output format: " + join(choices, "|"))
      ->check(CLI::IsMember(choices))
      ->default_str(choices.front())
      ->option_text("FORMAT");
}

std::string pick_language(const std::vector<std::string>& languages, const std::string& requested,
                          const std::string& edition) {
  const auto has = [&](const std::string& lang) {
    return std::find(languages.begin(), languages.end(), lang) != languages.end();
  };
  if (!requested.empty()) {
    if (has(requested)) return requested;
    throw Error(ErrorKind::input, edition + " has no text in '" + requested +
                                      "'; its languages: " + join(languages, ", "));
  }
  return default_language(languages);
}

}  // namespace kiv::cli
