// kiv-docs: writes kiv's man pages and shell completions from its command line (the text of
// --help), at build time. Not installed.
//   kiv-docs man DIR          kiv.1 and kiv-COMMAND.1 for every command, into DIR
//   kiv-docs bash|zsh|fish [FILE]   the completion script, into FILE or on standard output

#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "app.hpp"
#include "docs/command_docs.hpp"
#include "docs/completions.hpp"
#include "docs/man_page.hpp"

int main(int argc, char** argv) {
  using namespace kiv::cli;
  const Program kiv_full{{KIV_COMMANDS(KIV_INDEX_ROW, KIV_ARCHIVE_ROW)}, nullptr, false, ""};
  const CommandLine command_line(kiv_full);
  const docs::CommandDoc kiv = docs::describe(command_line.app());
  const std::string what = argc >= 2 ? argv[1] : "";
  if (what == "man" && argc == 3) {
    const std::filesystem::path dir = argv[2];
    std::filesystem::create_directories(dir);
    for (const docs::ManPage& page : docs::man_pages(kiv, KIV_VERSION)) {
      std::ofstream out(dir / page.file_name, std::ios::binary | std::ios::trunc);
      out << page.text;
      if (!out.flush()) {
        std::cerr << "kiv-docs: cannot write " << (dir / page.file_name).string() << "\n";
        return 3;
      }
    }
    return 0;
  }
  if ((argc == 2 || argc == 3) && (what == "bash" || what == "zsh" || what == "fish")) {
    const std::string script = what == "bash"  ? docs::bash_completion(kiv)
                               : what == "zsh" ? docs::zsh_completion(kiv)
                                               : docs::fish_completion(kiv);
    if (argc == 2) {
      std::cout << script;
      return std::cout.flush() ? 0 : 3;
    }
    std::ofstream out(argv[2], std::ios::binary | std::ios::trunc);
    out << script;
    if (out.flush()) return 0;
    std::cerr << "kiv-docs: cannot write " << argv[2] << "\n";
    return 3;
  }
  std::cerr << "usage: kiv-docs man DIR | kiv-docs bash|zsh|fish [FILE]\n";
  return 2;
}
