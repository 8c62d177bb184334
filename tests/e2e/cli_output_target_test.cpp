// Where output goes: -q (nowhere), -o FILE (a file, replaced whole, never by a failed
// command), and a pager for long output on a terminal ($KIV_PAGER, $PAGER, --no-pager).

#include <fstream>
#include <sstream>

#include "support/cli_fixture.hpp"

namespace kiv::test {
namespace {

class CliOutputTarget : public CliTest {
 protected:
  std::filesystem::path file(const std::string& name) const { return store().parent_path() / name; }
  static std::string read(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
  }
};

// A pager that marks every line it shows, so that a test sees what went through it.
const std::map<std::string, std::string> kMarkingPager = {{"KIV_PAGER", "sed 's/^/paged: /'"}};

TEST_F(CliOutputTarget, QuietPrintsNothingButErrorsAndTheStatusSpeaks) {
  const KivRun import = kiv({"-q", "import", bundled("kiv/2016-2019.json").string(),
                             bundled("kiv/2022-2024.json").string()});
  EXPECT_EQ(import.status, 0) << import.err;
  EXPECT_EQ(import.out, "");
  EXPECT_EQ(import.err, "");
  EXPECT_NE(kiv({"list"}).out.find("kiv/2022-2024"), std::string::npos);  // it was recorded
  const KivRun diff = kiv({"diff", "kiv/2016-2019", "kiv/2022-2024", "--exit-code", "--quiet"});
  EXPECT_EQ(diff.status, 1);
  EXPECT_EQ(diff.out, "");
  const KivRun missing = kiv({"-q", "show", "kiv/1999-2000"});
  EXPECT_EQ(missing.status, 2);
  EXPECT_EQ(missing.out, "");
  EXPECT_NE(missing.err.find("kiv: error: "), std::string::npos) << missing.err;
  // Notes are output too.
  EXPECT_EQ(kiv({"search", "nothingmatchesthis", "-q"}).err, "");
  EXPECT_NE(kiv({"search", "nothingmatchesthis"}).err, "");
}

TEST_F(CliOutputTarget, OutputToAFileIsWhatStandardOutputWouldHaveBeenWithoutColour) {
  import_bundled();
  const std::vector<std::string> diff{"diff", "kiv/2016-2019", "kiv/2022-2024"};
  const std::string expected = kiv(diff).out;
  ASSERT_NE(expected.find("cyber security"), std::string::npos);
  std::ofstream(file("report.txt")) << "an older, much longer report that must not survive\n";
  std::vector<std::string> to_file = diff;
  to_file.insert(to_file.end(), {"-o", file("report.txt").string()});
  const KivRun run = kiv(to_file, {.env = {}, .terminal = true});  // no colour in a file
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(read(file("report.txt")), expected);
  // Every report command takes it, in every format.
  EXPECT_EQ(kiv({"matrix", "--format", "csv", "--output", file("m.csv").string()}).status, 0);
  EXPECT_EQ(read(file("m.csv")), kiv({"matrix", "--format", "csv"}).out);
  EXPECT_EQ(kiv({"list", "--format", "json", "-o", file("l.json").string()}).status, 0);
  EXPECT_EQ(read(file("l.json")), kiv({"list", "--format", "json"}).out);
  // --exit-code's status is kept, and the report written.
  std::vector<std::string> exit_code = to_file;
  exit_code.push_back("--exit-code");
  EXPECT_EQ(kiv(exit_code).status, 1);
  EXPECT_EQ(read(file("report.txt")), expected);
}

TEST_F(CliOutputTarget, AFailedCommandOrAnUnwritableFileLeavesTheFileAsItWas) {
  import_bundled();
  std::ofstream(file("report.txt")) << "kept\n";
  const KivRun failed = kiv({"show", "kiv/1999-2000", "-o", file("report.txt").string()});
  EXPECT_EQ(failed.status, 2);
  EXPECT_EQ(read(file("report.txt")), "kept\n");
  const KivRun directory = kiv({"list", "-o", store().parent_path().string()});
  EXPECT_EQ(directory.status, 2);
  EXPECT_NE(directory.err.find(store().parent_path().string() +
                               ": cannot write the file: it is a directory; name a file"),
            std::string::npos)
      << directory.err;
  const KivRun missing_dir = kiv({"list", "-o", file("no/such/dir/list.txt").string()});
  EXPECT_EQ(missing_dir.status, 2);
  EXPECT_NE(missing_dir.err.find("list.txt: cannot write the file: No such file or directory"),
            std::string::npos)
      << missing_dir.err;
  // Nothing but the file it was asked for: no temporary file left beside it.
  std::size_t entries = 0;
  for ([[maybe_unused]] const auto& entry :
       std::filesystem::directory_iterator(store().parent_path()))
    ++entries;
  EXPECT_EQ(entries, 2U);  // the store and report.txt
}

TEST_F(CliOutputTarget, LongOutputOnATerminalGoesThroughThePager) {
  import_bundled();
  // 126 lines, more than the test terminal's 40.
  const std::vector<std::string> json{"show", "kiv/2016-2019", "--format", "json"};
  const KivRun paged = kiv(json, {.env = kMarkingPager, .terminal = true});
  EXPECT_EQ(paged.status, 0) << paged.err;
  EXPECT_EQ(paged.out.rfind("paged: {", 0), 0U) << paged.out.substr(0, 200);
  // PAGER, when KIV_PAGER is not set.
  const KivRun pager =
      kiv(json, {.env = {{"KIV_PAGER", ""}, {"PAGER", "sed 's/^/PAGER: /'"}}, .terminal = true});
  EXPECT_EQ(pager.out.find("PAGER: "), std::string::npos);  // KIV_PAGER="" turns paging off
  std::map<std::string, std::string> only_pager;
  only_pager["PAGER"] = "sed 's/^/PAGER: /'";
  RunOptions unset_kiv_pager{.env = only_pager, .terminal = true};
  unset_kiv_pager.unset = {"KIV_PAGER"};
  EXPECT_EQ(kiv(json, unset_kiv_pager).out.rfind("PAGER: {", 0), 0U);
  // Not with --no-pager, not for what fits the terminal, not into a pipe.
  std::vector<std::string> no_pager = json;
  no_pager.push_back("--no-pager");
  EXPECT_EQ(kiv(no_pager, {.env = kMarkingPager, .terminal = true}).out.find("paged: "),
            std::string::npos);
  const KivRun short_list = kiv({"list"}, {.env = kMarkingPager, .terminal = true});
  EXPECT_EQ(short_list.status, 0);
  EXPECT_NE(short_list.out.find("kiv/2022-2024"), std::string::npos);
  EXPECT_EQ(short_list.out.find("paged: "), std::string::npos) << short_list.out;
  EXPECT_EQ(kiv(json, {.env = kMarkingPager}).out.find("paged: "), std::string::npos);
  // Commands that write are never paged.
  const KivRun import = kiv({"import", bundled("kiv/2022-2024.json").string()},
                            {.env = kMarkingPager, .terminal = true});
  EXPECT_EQ(import.out.find("paged: "), std::string::npos) << import.out;
}

}  // namespace
}  // namespace kiv::test
