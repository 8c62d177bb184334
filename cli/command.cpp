#include "command.hpp"

#include <algorithm>

#include "kiv/error.hpp"
#include "output.hpp"

namespace kiv::cli {

std::filesystem::path Globals::store_path() const {
  return store.empty() ? default_store_path() : std::filesystem::path(store);
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
