// Every command explains itself, with examples.

#include "support/cli_fixture.hpp"

namespace kiv::test {
namespace {

const std::vector<std::string> kCommands = {"init",   "import", "list",   "show",    "log",
                                            "export", "diff",   "verify", "rebuild", "link",
                                            "unlink", "links",  "help"};

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

TEST(CliHelp, PrintsItsVersion) {
  const KivRun run = run_kiv({"--version"});
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out.rfind("kiv ", 0), 0U) << run.out;
}

}  // namespace
}  // namespace kiv::test
