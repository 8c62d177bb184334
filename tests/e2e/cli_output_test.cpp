// Colour on a terminal only, and never with NO_COLOR.

#include "support/cli_fixture.hpp"

namespace kiv::test {
namespace {

class CliOutput : public CliTest {};

constexpr const char* kEscape = "\x1b[";

TEST_F(CliOutput, NoColourWhenStdoutIsNotATerminal) {
  import_bundled();
  for (const char* command : {"list", "log"}) {
    EXPECT_EQ(kiv({command}).out.find(kEscape), std::string::npos) << command;
  }
  EXPECT_EQ(kiv({"show", "kiv/2022-2024"}).out.find(kEscape), std::string::npos);
}

TEST_F(CliOutput, ColourOnATerminal) {
  import_bundled();
  const KivRun run = kiv({"list"}, {.env = {}, .terminal = true});
  EXPECT_EQ(run.status, 0);
  EXPECT_NE(run.out.find("\x1b[1mEDITION\x1b[0m"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("\x1b[36mkiv/2022-2024\x1b[0m"), std::string::npos) << run.out;
}

TEST_F(CliOutput, TheColumnsLineUpWithColourToo) {
  import_bundled();
  std::string coloured = kiv({"list"}, {.env = {}, .terminal = true}).out;
  std::string plain;
  for (std::size_t i = 0; i < coloured.size(); ++i) {
    if (coloured.compare(i, 2, kEscape) == 0) {
      i = coloured.find('m', i);
      continue;
    }
    plain += coloured[i];
  }
  EXPECT_EQ(plain, kiv({"list"}).out);
}

TEST_F(CliOutput, NoColourWithNoColorEvenOnATerminal) {
  import_bundled();
  const KivRun run = kiv({"list"}, {.env = {{"NO_COLOR", "1"}}, .terminal = true});
  EXPECT_EQ(run.status, 0);
  EXPECT_NE(run.out.find("EDITION"), std::string::npos);
  EXPECT_EQ(run.out.find(kEscape), std::string::npos) << run.out;
}

// --color always colours a pipe too (and wins over NO_COLOR, which it names explicitly),
// --color never a terminal neither; it is a global option, before or after the command.
TEST_F(CliOutput, ColorAlwaysOrNeverDecides) {
  import_bundled();
  const KivRun piped = kiv({"--color", "always", "list"});
  EXPECT_EQ(piped.status, 0) << piped.err;
  EXPECT_NE(piped.out.find(kEscape), std::string::npos) << piped.out;
  EXPECT_EQ(kiv({"list", "--color=always"}, {.env = {{"NO_COLOR", "1"}}}).out, piped.out);
  const KivRun never = kiv({"--color", "never", "list"}, {.env = {}, .terminal = true});
  EXPECT_EQ(never.status, 0);
  EXPECT_EQ(never.out.find(kEscape), std::string::npos) << never.out;
  EXPECT_EQ(kiv({"--color", "auto", "list"}).out.find(kEscape), std::string::npos);
  EXPECT_EQ(kiv({"--color", "sometimes", "list"}).status, 2);
}

}  // namespace
}  // namespace kiv::test
