#include "app.hpp"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "kiv/error.hpp"
#include "output.hpp"
#include "output_target.hpp"

namespace kiv::cli {
namespace {

constexpr const char* kFooter = R"(Examples:
  kiv import editions/kiv/2016-2019.json editions/kiv/2022-2024.json
  kiv list
  kiv show kiv/2022-2024
  kiv log kiv/2022-2024
  kiv diff kiv/2016-2019 kiv/2022-2024
  kiv timeline cybercrime
  kiv matrix --format csv -o priorities.csv
  kiv -q diff kiv/2016-2019 kiv/2022-2024 --exit-code
  kiv search cybercrime
  kiv --store /tmp/archive export kiv/2022-2024 --format source -o note.txt
  kiv verify

The store is $KIV_STORE, else ${XDG_DATA_HOME:-$HOME/.local/share}/kiv, unless --store says.
Exit status: 0 success, 1 differences found (diff --exit-code), 2 bad usage or input,
3 the store failed or verify found problems, 4 internal error, 5 a pull stopped by a
conflict; 1 also when timeline finds no item with the key or title, or search finds nothing.
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

// The number of single-byte edits (insert, delete, replace, swap two neighbours) that make
// `a` into `b`: how far a mistyped command is from a real one.
std::size_t edits_between(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min(
          {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

// The word of the command line that names the command: the first that is no option nor the
// value of --store or --color; empty when there is none.
std::string command_word(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--store" || arg == "--color") {
      ++i;
      continue;
    }
    if (!arg.starts_with("-")) return std::string(arg);
  }
  return "";
}

// What a usage error says, in kiv's words: CLI11's message with a lowercase first letter (as
// kiv's own messages have), an unknown command named with the commands it may stand for, and
// where to read more: the help of the command given, else kiv's.
void print_usage_error(const CLI::App& app, const CLI::ParseError& error, int argc, char** argv) {
  // The command given, and the subcommand of it (kiv remote add): "remote add".
  const CLI::App* given = nullptr;
  std::string given_name;
  for (const CLI::App* level = &app; level != nullptr;) {
    const CLI::App* deeper = nullptr;
    for (const CLI::App* sub : level->get_subcommands([](const CLI::App*) { return true; }))
      if (sub->parsed()) deeper = sub;
    if (deeper != nullptr) {
      given = deeper;
      given_name += deeper->get_name() + " ";
    }
    level = deeper;
  }
  std::string message = error.what();
  if (message.size() > 1 && message[0] >= 'A' && message[0] <= 'Z' &&
      ((message[1] >= 'a' && message[1] <= 'z') || message[1] == ' '))
    message[0] = static_cast<char>(message[0] - 'A' + 'a');
  const std::string word = command_word(argc, argv);
  if (given == nullptr && !word.empty()) {
    std::vector<std::string> close;
    for (const CLI::App* subcommand : app.get_subcommands([](const CLI::App*) { return true; })) {
      const std::string& name = subcommand->get_name();
      if (edits_between(word, name) <= (word.size() <= 3 ? 1U : 2U) ||
          (word.size() >= 2 && name.starts_with(word)))
        close.push_back("'" + name + "'");
    }
    message = "'" + word + "' is not a kiv command";
    if (!close.empty()) {
      message += "; did you mean ";
      for (std::size_t i = 0; i < close.size(); ++i)
        message += (i == 0 ? "" : i + 1 == close.size() ? " or " : ", ") + close[i];
      message += "?";
    }
    print_error(message);
    std::fprintf(stderr, "Run 'kiv --help' for the list of commands.\n");
    return;
  }
  print_error(message);
  std::fprintf(stderr, "Run 'kiv %s--help' for usage.\n", given_name.c_str());
}

// The command each subcommand runs: one of the two kinds.
struct Commands {
  std::unique_ptr<IndexCommand> index;
  std::unique_ptr<ArchiveCommand> archive;
};

}  // namespace

struct CommandLine::State {
  explicit State(const Program& of) : program(of) {}
  const Program& program;
  CLI::App app{
      "kiv: a versioned archive of policy framework notes (Kadernota Integrale "
      "Veiligheid and its series): import editions, list, show and trace them.",
      "kiv"};
  Globals globals;
  std::string color = "auto";
  bool quiet = false;
  bool no_pager = false;
  std::string output_file;  // -o FILE of a report command
  std::map<CLI::App*, Commands> commands;
  std::string help_topic;
  CLI::App* help = nullptr;
};

CommandLine::CommandLine(const Program& program) : state_(std::make_unique<State>(program)) {
  CLI::App& app = state_->app;
  Globals& globals = state_->globals;
  app.footer(kFooter);
  app.fallthrough();
  app.require_subcommand(1);
  std::string version = std::string("kiv ") + KIV_VERSION;
  if (!program.libraries.empty()) version += "\n" + program.libraries;
  app.set_version_flag("--version", version);
  app.add_option("--store", globals.store,
                 "The store directory (default: $KIV_STORE, else "
                 "${XDG_DATA_HOME:-~/.local/share}/kiv)")
      ->option_text("DIR");
  app.add_option("--color", state_->color,
                 "Colour the text output: auto (on a terminal, unless NO_COLOR is set), always, "
                 "never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->option_text("WHEN");
  app.add_flag("-q,--quiet", state_->quiet,
               "Print nothing but errors: no output, notes or progress (the exit status says "
               "how it went)");
  app.add_flag("--no-pager", state_->no_pager,
               "Never page: long output on a terminal goes through $KIV_PAGER, else $PAGER, "
               "else less -FRX");

  for (const CommandRow& row : program.commands) {
    Commands command;
    if (row.add_index != nullptr) command.index = row.add_index(app);
    if (row.add_archive != nullptr) command.archive = row.add_archive(app);
    CLI::App* subcommand = app.get_subcommands([](CLI::App*) { return true; }).back();
    // Every index command writes a report: it may go to a file.
    if (command.index) {
      subcommand
          ->add_option("-o,--output", state_->output_file,
                       "Write the output to FILE (replaced whole) instead of standard output")
          ->option_text("FILE");
    }
    if (reads_only(row, subcommand->get_name())) add_as_of_option(*subcommand, globals.as_of);
    // The subcommands that only read of a command that also writes.
    for (CLI::App* nested : subcommand->get_subcommands([](CLI::App*) { return true; })) {
      if (reads_only({}, subcommand->get_name() + " " + nested->get_name()))
        add_as_of_option(*nested, globals.as_of);
    }
    state_->commands.emplace(subcommand, std::move(command));
  }
  CLI::App* help = app.add_subcommand("help", "Explain kiv or one of its commands");
  help->add_option("COMMAND", state_->help_topic, "The command to explain");
  help->footer("Examples:\n  kiv help\n  kiv help import");
  state_->help = help;
}

CommandLine::~CommandLine() = default;

const CLI::App& CommandLine::app() const { return state_->app; }

int CommandLine::run(int argc, char** argv) {
  const Program& program = state_->program;
  const bool hand_off = program.hand_off;
  CLI::App& app = state_->app;
  const Globals& globals = state_->globals;
  const std::string& color = state_->color;
  CLI::App* help = state_->help;
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForVersion& e) {
    if (hand_off) throw HandOff{};  // kiv-full names the libgit2 in use
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    if (hand_off) throw HandOff{};  // help, or an error kiv-full words knowing every command
    if (dynamic_cast<const CLI::CallForHelp*>(&e) != nullptr ||
        dynamic_cast<const CLI::CallForAllHelp*>(&e) != nullptr) {
      return app.exit(e);
    }
    print_usage_error(app, e, argc, argv);
    return kExitUsage;
  }

  Style::set_choice(color == "always"  ? Style::Choice::always
                    : color == "never" ? Style::Choice::never
                                       : Style::Choice::automatic);

  if (help->parsed()) {
    if (hand_off) throw HandOff{};
    return print_help(app, state_->help_topic);
  }

  try {
    for (const auto& [subcommand, command] : state_->commands) {
      if (!subcommand->parsed()) continue;
      plan_output({state_->quiet, state_->output_file, command.index && !state_->no_pager});
      const int status = command.index ? program.run_index_command(*command.index, globals)
                                       : command.archive->run(globals);
      finish_output(true);
      return status;
    }
    return kExitInternal;
  } catch (const kiv::Error& e) {
    finish_output(false);
    print_error(e.what());
    if (e.kind() == kiv::ErrorKind::conflict) return kExitConflict;
    return e.kind() == kiv::ErrorKind::store ? kExitStore : kExitUsage;
  } catch (const std::exception& e) {
    finish_output(false);
    print_error(std::string("internal error: ") + e.what());
    return kExitInternal;
  }
}

int run_app(int argc, char** argv, const Program& program) {
  CommandLine command_line(program);
  return command_line.run(argc, argv);
}

}  // namespace kiv::cli
