#include "app.hpp"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <map>
#include <string>

#include "kiv/error.hpp"
#include "output.hpp"

namespace kiv::cli {
namespace {

constexpr const char* kFooter = R"(Examples:
  kiv import editions/kiv/2016-2019.json editions/kiv/2022-2024.json
  kiv list
  kiv show kiv/2022-2024
  kiv log kiv/2022-2024
  kiv diff kiv/2016-2019 kiv/2022-2024
  kiv timeline cybercrime
  kiv matrix --format csv > priorities.csv
  kiv search cybercrime
  kiv --store /tmp/archive export kiv/2022-2024 --format source -o note.txt
  kiv verify

The store is $KIV_STORE, else ${XDG_DATA_HOME:-$HOME/.local/share}/kiv, unless --store says.
Exit status: 0 success, 1 differences found (diff --exit-code), 2 bad usage or input,
3 the store failed or verify found problems, 4 internal error; 1 also when timeline finds
no item with the key or title, or search finds nothing.
Run 'kiv help COMMAND' for a command's options and examples.)";

// `kiv help [COMMAND]`: the help of kiv or of one command.
int print_help(CLI::App& app, const std::string& topic) {
  if (topic.empty()) {
    // app.help() would describe the selected subcommand, "help" itself.
    std::fputs(app.get_formatter()->make_help(&app, "kiv", CLI::AppFormatMode::Normal).c_str(),
               stdout);
    return kExitSuccess;
  }
  for (const CLI::App* subcommand : app.get_subcommands([](CLI::App*) { return true; })) {
    if (subcommand->get_name() == topic) {
      std::fputs(subcommand->help("kiv").c_str(), stdout);
      return kExitSuccess;
    }
  }
  print_error("no command '" + topic + "'; run 'kiv help' for the list");
  return kExitUsage;
}

// Whether the command only reads the store: every index command, and the archive readers.
bool reads_only(const CommandRow& row, const std::string& name) {
  if (row.add_index != nullptr) return true;
  return std::find(std::begin(kArchiveReaders), std::end(kArchiveReaders), name) !=
         std::end(kArchiveReaders);
}

void add_as_of_option(CLI::App& command, std::string& as_of) {
  command
      .add_option("--as-of", as_of,
                  "Answer from the archive as it was at TIME, from git's history: a date (the "
                  "end of that day, UTC) or a time, e.g. 2026-12-01T14:30+01:00")
      ->option_text("TIME");
}

}  // namespace

int run_app(int argc, char** argv, const Program& program) {
  const bool hand_off = program.hand_off;
  CLI::App app(
      "kiv: a versioned archive of policy framework notes (Kadernota Integrale "
      "Veiligheid and its series): import editions, list, show and trace them.",
      "kiv");
  app.footer(kFooter);
  app.fallthrough();
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("kiv ") + KIV_VERSION);
  Globals globals;
  app.add_option("--store", globals.store,
                 "The store directory (default: $KIV_STORE, else "
                 "${XDG_DATA_HOME:-~/.local/share}/kiv)")
      ->option_text("DIR");

  // The command each subcommand runs: one of the two kinds.
  struct Commands {
    std::unique_ptr<IndexCommand> index;
    std::unique_ptr<ArchiveCommand> archive;
  };
  std::map<CLI::App*, Commands> commands;
  for (const CommandRow& row : program.commands) {
    Commands command;
    if (row.add_index != nullptr) command.index = row.add_index(app);
    if (row.add_archive != nullptr) command.archive = row.add_archive(app);
    CLI::App* subcommand = app.get_subcommands([](CLI::App*) { return true; }).back();
    if (reads_only(row, subcommand->get_name())) add_as_of_option(*subcommand, globals.as_of);
    commands.emplace(subcommand, std::move(command));
  }
  std::string help_topic;
  CLI::App* help = app.add_subcommand("help", "Explain kiv or one of its commands");
  help->add_option("COMMAND", help_topic, "The command to explain");
  help->footer("Examples:\n  kiv help\n  kiv help import");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    if (hand_off) throw HandOff{};  // help, or an error kiv-full words knowing every command
    if (dynamic_cast<const CLI::CallForHelp*>(&e) != nullptr ||
        dynamic_cast<const CLI::CallForAllHelp*>(&e) != nullptr) {
      return app.exit(e);
    }
    print_error(e.what());
    std::fprintf(stderr, "Run 'kiv --help' for usage.\n");
    return kExitUsage;
  }

  if (help->parsed()) {
    if (hand_off) throw HandOff{};
    return print_help(app, help_topic);
  }

  try {
    for (const auto& [subcommand, command] : commands) {
      if (!subcommand->parsed()) continue;
      if (command.index) return program.run_index_command(*command.index, globals);
      return command.archive->run(globals);
    }
    return kExitInternal;
  } catch (const kiv::Error& e) {
    print_error(e.what());
    if (e.kind() == kiv::ErrorKind::conflict) return kExitConflict;
    return e.kind() == kiv::ErrorKind::store ? kExitStore : kExitUsage;
  } catch (const std::exception& e) {
    print_error(std::string("internal error: ") + e.what());
    return kExitInternal;
  }
}

}  // namespace kiv::cli
