// kiv import: record edition files in the store, one commit per new edition revision.

#include <fmt/core.h>

#include <fstream>
#include <iterator>

#include "command.hpp"
#include "kiv/error.hpp"
#include "output.hpp"

namespace kiv::cli {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::input, path + ": cannot read the file");
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw Error(ErrorKind::input, path + ": cannot read the file");
  return bytes;
}

class ImportCommand : public Command {
 public:
  explicit ImportCommand(CLI::App& sub) {
    sub.add_option("FILE", files_, "Edition files in the canonical JSON format (kiv-edition/1)")
        ->required();
    sub.add_option("--author", options_.author,
                   "Who imports, as \"Name <email>\" (default: git's user.name and user.email)");
    sub.add_option("-m,--message", options_.message,
                   "The commit message (default: \"Import SERIES/EDITION revision N from FILE\")");
  }

  int run(const Globals& globals) override {
    // Every file is read and validated before the store is opened, or created.
    if (!options_.author.empty() && !is_valid_author(options_.author)) {
      throw Error(ErrorKind::input, "--author '" + options_.author + "': expected \"Name <email>\"");
    }
    std::vector<PreparedImport> files;
    for (const std::string& path : files_) files.push_back(prepare_import({path, read_file(path)}));
    Store store = globals.open_or_create_store();
    const Style style = Style::detect(stdout);
    Table table({Table::Align::left, Table::Align::left, Table::Align::left});
    const std::vector<ImportResult> results = store.import(files, options_);
    for (std::size_t i = 0; i < results.size(); ++i) {
      const ImportResult& result = results[i];
      const auto [word, styled] = [&]() -> std::pair<std::string, std::string> {
        switch (result.outcome) {
          case ImportOutcome::created: return {"created", style.green("created")};
          case ImportOutcome::revised: return {"revised", style.yellow("revised")};
          case ImportOutcome::unchanged: break;
        }
        return {"unchanged", style.dim("unchanged")};
      }();
      const std::string detail = result.outcome == ImportOutcome::unchanged
                                     ? files_[i] + ": identical to the latest revision, nothing recorded"
                                     : "from " + files_[i];
      table.add_row({word, result.revision.ref(), detail}, {styled, style.bold(result.revision.ref()), detail});
    }
    print(table.render());
    return 0;
  }

 private:
  std::vector<std::string> files_;
  ImportOptions options_;
};

}  // namespace

std::unique_ptr<Command> add_import_command(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("import", "Record edition files in the store");
  sub->footer(
      "Each edition whose content is new becomes one git commit: revision 1 for a new edition, "
      "N+1 for a changed one. Content identical to the latest revision records nothing. An import "
      "is all or nothing: every file is validated first, and on any error nothing is recorded.\n\n"
      "Examples:\n"
      "  kiv import editions/kiv/2016-2019.json editions/kiv/2022-2024.json\n"
      "  kiv import corrected.json --author \"An Archivist <an@example.org>\" "
      "-m \"Fix the title of priority 5\"");
  return std::make_unique<ImportCommand>(*sub);
}

}  // namespace kiv::cli
