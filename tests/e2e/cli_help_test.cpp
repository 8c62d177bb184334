// Every command explains itself, with examples.

#include <regex>
#include <string>

#include "support/cli_fixture.hpp"

namespace kiv::test {
namespace {

const std::vector<std::string> kCommands = {
    "init", "import", "list",   "show",   "log",      "export", "diff", "verify", "rebuild",
    "link", "unlink", "links",  "series", "timeline", "matrix", "flow", "stats",  "search",
    "site", "clone",  "remote", "fetch",  "pull",     "push",   "help"};

TEST(CliHelp, TheOverviewListsEveryCommandAndTheExitStatuses) {
  const KivRun run = run_kiv({"--help"});
  EXPECT_EQ(run.status, 0);
  for (const auto& command : kCommands) {
    EXPECT_NE(run.out.find("\n  " + command + " "), std::string::npos) << command << "\n"
                                                                       << run.out;
  }
  EXPECT_NE(
      run.out.find(
          "Exit status: 0 success, 1 differences found (diff --exit-code), 2 bad usage or input"),
      std::string::npos);
  EXPECT_EQ(run_kiv({"help"}).out, run.out);
}

TEST(CliHelp, EveryCommandHasHelpWithExamples) {
  for (const auto& command : kCommands) {
    const KivRun help = run_kiv({"help", command});
    EXPECT_EQ(help.status, 0) << command;
    EXPECT_NE(help.out.find("Examples:\n  kiv "), std::string::npos) << command << "\n" << help.out;
    EXPECT_EQ(run_kiv({command, "--help"}).out, help.out) << command;
  }
}

TEST(CliHelp, HelpForAnUnknownCommandIsAnError) {
  const KivRun run = run_kiv({"help", "frobnicate"});
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.err, "kiv: error: no command 'frobnicate'; run 'kiv help' for the list\n");
}

// A usage error says what is wrong in kiv's words and where to read more: a mistyped command
// is named with the commands it may stand for, an error in a command points at its own help.
TEST(CliHelp, UsageErrorsSuggestTheCommandAndPointAtItsHelp) {
  const KivRun typo = run_kiv({"lst"});
  EXPECT_EQ(typo.status, 2);
  EXPECT_EQ(typo.err,
            "kiv: error: 'lst' is not a kiv command; did you mean 'list'?\n"
            "Run 'kiv --help' for the list of commands.\n");
  EXPECT_EQ(run_kiv({"--store", "/nonexistent", "puhs"}).err,
            "kiv: error: 'puhs' is not a kiv command; did you mean 'pull' or 'push'?\n"
            "Run 'kiv --help' for the list of commands.\n");
  EXPECT_EQ(run_kiv({"frobnicate"}).err,
            "kiv: error: 'frobnicate' is not a kiv command\n"
            "Run 'kiv --help' for the list of commands.\n");
  const KivRun option = run_kiv({"list", "--bogus"});
  EXPECT_EQ(option.status, 2);
  EXPECT_EQ(option.err,
            "kiv: error: the following argument was not expected: --bogus\n"
            "Run 'kiv list --help' for usage.\n");
  EXPECT_EQ(run_kiv({"remote", "add"}).err,
            "kiv: error: NAME is required\nRun 'kiv remote add --help' for usage.\n");
  EXPECT_EQ(run_kiv({"remote"}).err,
            "kiv: error: a subcommand is required\nRun 'kiv remote --help' for usage.\n");
}

// --version names kiv's version, then the libgit2 and SQLite in use (as they report it).
TEST(CliHelp, PrintsItsVersionAndThoseOfTheLibrariesInUse) {
  const KivRun run = run_kiv({"--version"});
  EXPECT_EQ(run.status, 0);
  EXPECT_TRUE(std::regex_match(
      run.out, std::regex("kiv [0-9]+\\.[0-9]+\\.[0-9]+\nlibgit2 [0-9]+\\.[0-9]+\\.[0-9]+, "
                          "SQLite [0-9]+\\.[0-9]+\\.[0-9]+\n")))
      << run.out;
}

}  // namespace
}  // namespace kiv::test
