// kiv runs the commands that read the index alone itself, without libgit2, and hands every
// other command line to kiv-full (cli/main.cpp). These tests run a copy of kiv with no kiv-full
// beside it, so that what it cannot run itself fails visibly instead of being handed off.

#include <filesystem>

#include "support/cli_fixture.hpp"
#include "support/editions.hpp"

namespace kiv::test {
namespace {

class CliHandOff : public CliTest {
 protected:
  void SetUp() override {
    import_bundled();
    std::filesystem::create_directories(temp_.path() / "alone");
    std::filesystem::copy_file(KIV_BINARY, lone_kiv());
  }

  std::filesystem::path lone_kiv() const { return temp_.path() / "alone" / "kiv"; }

  // kiv without kiv-full, against the test's store.
  KivRun alone(std::vector<std::string> args) const {
    RunOptions options;
    options.program = lone_kiv();
    return run_kiv_in(store(), std::move(args), options);
  }

  static void expect_cannot_hand_off(const KivRun& run) {
    EXPECT_EQ(run.status, 4);
    EXPECT_NE(run.err.find("cannot run kiv-full"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("libexec/kiv/kiv-full"), std::string::npos) << run.err;
    EXPECT_EQ(run.out, "");
  }
};

TEST_F(CliHandOff, KivAloneRunsTheCommandsThatReadTheIndex) {
  const KivRun diff = alone({"diff", "kiv/2016-2019", "kiv/2022-2024"});
  EXPECT_EQ(diff.status, 0) << diff.err;
  EXPECT_EQ(diff.out, kiv({"diff", "kiv/2016-2019", "kiv/2022-2024"}).out);
  EXPECT_NE(diff.out.find("cybercrime en [-cybersecurity-]{+cyber security+}"), std::string::npos);
  for (const std::vector<std::string>& args : {std::vector<std::string>{"list"},
                                               {"log"},
                                               {"search", "cybercrime"},
                                               {"timeline", "cybercrime"},
                                               {"matrix"},
                                               {"flow"},
                                               {"stats"},
                                               {"links"},
                                               {"show", "kiv/2022-2024"},
                                               {"show", "kiv/2016-2019", "--format", "json"}}) {
    const KivRun run = alone(args);
    EXPECT_EQ(run.status, 0) << args.front() << ": " << run.err;
    EXPECT_EQ(run.out, kiv(args).out) << args.front();
  }
}

// A store that has recorded nothing yet is current too: kiv answers it without kiv-full.
TEST_F(CliHandOff, KivAloneListsAnEmptyStore) {
  const std::filesystem::path empty = temp_.path() / "empty";
  ASSERT_EQ(run_kiv_in(empty, {"init"}).status, 0);
  RunOptions options;
  options.program = lone_kiv();
  const KivRun list = run_kiv_in(empty, {"list"}, options);
  EXPECT_EQ(list.status, 0) << list.err;
  EXPECT_EQ(list.out, "The store is empty. Import an edition with 'kiv import FILE'.\n");
  EXPECT_EQ(run_kiv_in(empty, {"log", "--format", "json"}, options).out, "[]\n");
}

TEST_F(CliHandOff, EverythingElseIsHandedToKivFull) {
  // Commands that read or write git, help and usage errors: kiv-full answers them.
  for (const std::vector<std::string>& args : {std::vector<std::string>{"export", "kiv/2022-2024"},
                                               {"import", bundled("kiv/2022-2024.json").string()},
                                               {"verify"},
                                               {"--help"},
                                               {"--version"},
                                               {"diff", "--help"},
                                               {"help", "diff"},
                                               {"no-such-command"},
                                               {"diff", "--no-such-option"}}) {
    SCOPED_TRACE(args.front());
    expect_cannot_hand_off(alone(args));
    EXPECT_NE(kiv(args).status, 4);
  }
  EXPECT_NE(kiv({"--help"}).out.find("import"), std::string::npos);
  EXPECT_EQ(kiv({"no-such-command"}).status, 2);
}

TEST_F(CliHandOff, AnIndexBehindGitIsCaughtUpByKivFull) {
  // Put git one commit ahead of the index: import a correction, then restore the index.
  const std::string index_before = read_file(store() / "index.sqlite");
  const KivRun corrected =
      kiv({"import", file("corrected.json", corrected_2022_2024("\"nl\": \"overlast\"",
                                                                "\"nl\": \"openbare overlast\""))});
  ASSERT_EQ(corrected.status, 0) << corrected.err;
  write_file(store() / "index.sqlite", index_before);

  expect_cannot_hand_off(alone({"diff", "kiv/2022-2024@1", "kiv/2022-2024@2"}));
  const KivRun run = kiv({"diff", "kiv/2022-2024@1", "kiv/2022-2024@2"});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("{+openbare +}overlast"), std::string::npos) << run.out;
  // kiv-full caught the index up: kiv alone now answers too.
  const KivRun after = alone({"diff", "kiv/2022-2024@1", "kiv/2022-2024@2"});
  EXPECT_EQ(after.status, 0) << after.err;
  EXPECT_EQ(after.out, run.out);
}

}  // namespace
}  // namespace kiv::test
