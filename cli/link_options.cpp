#include "link_options.hpp"

#include <fmt/core.h>

#include "output.hpp"

namespace kiv::cli {

void add_author_options(CLI::App& sub, LinkOptions& options, const std::string& default_message) {
  sub.add_option(
      "--author", options.author,
      "Who records it, as \"Name <email>\" (default: $KIV_AUTHOR, else kiv <kiv@localhost>)");
  sub.add_option("-m,--message", options.message,
                 fmt::format("The commit message (default: \"{}\")", default_message));
}

std::string link_change_text(const std::string& done, const LinkRecord& record) {
  const Style style = Style::detect(stdout);
  return fmt::format("{} {}\n  {} {}\n", done, record.link.to_string(), style.dim("commit"),
                     record.commit);
}

}  // namespace kiv::cli
