// kiv verify and kiv rebuild on temporary stores.

#include <rapidjson/document.h>

#include <regex>

#include "support/cli_fixture.hpp"
#include "support/editions.hpp"
#include "support/store_damage.hpp"

namespace kiv::test {
namespace {

class CliVerify : public CliTest {
 protected:
  void import_correction() const {
    const std::string corrected =
        file("corrected.json",
             corrected_2022_2024("\"nl\": \"overlast\"", "\"nl\": \"openbare overlast\""));
    ASSERT_EQ(kiv({"import", corrected, "-m", "Correct priority 10"}).status, 0);
  }

  // `kiv verify ARGS...`, checking that it changed no file of the store.
  KivRun verify(std::vector<std::string> args = {}) const {
    const auto before = snapshot(store());
    args.insert(args.begin(), "verify");
    KivRun run = kiv(args);
    EXPECT_EQ(snapshot(store()), before) << "verify changed the store";
    return run;
  }
};

TEST_F(CliVerify, AFreshStorePassesWithASummary) {
  import_bundled();
  const KivRun run = verify();
  EXPECT_EQ(run.status, 0) << run.out << run.err;
  EXPECT_EQ(run.out, "verified 12 objects and 2 revisions: no problems\n");
  EXPECT_EQ(run.err, "");
}

TEST_F(CliVerify, AStoreWithARevisionPasses) {
  import_bundled();
  import_correction();
  const KivRun run = verify();
  EXPECT_EQ(run.status, 0) << run.out << run.err;
  EXPECT_TRUE(std::regex_match(
      run.out, std::regex("verified [0-9]+ objects and 3 revisions: no problems\n")))
      << run.out;
}

TEST_F(CliVerify, ASourceReplacedInGitIsReportedWithStatusThree) {
  import_bundled();
  commit_over_main(store(), "kiv/2022-2024/source", "other bytes");
  const KivRun run = verify();
  EXPECT_EQ(run.status, 3);
  EXPECT_TRUE(std::regex_search(
      run.out,
      std::regex("\nkiv/2022-2024@2: the source in commit [0-9a-f]{40} has SHA-256 [0-9a-f]{64}, "
                 "revision.json records [0-9a-f]{64}\n")))
      << run.out;
  EXPECT_TRUE(std::regex_search(
      run.out, std::regex("\nverified [0-9]+ objects and 3 revisions: [0-9]+ problems found\n$")))
      << run.out;
}

TEST_F(CliVerify, ACorruptPackIsAGitProblemNotACrash) {
  import_bundled();
  const auto pack = pack_file(store());
  flip_bytes(pack, std::filesystem::file_size(pack) / 2, 64);
  const KivRun run = verify();
  EXPECT_EQ(run.status, 3) << run.out << run.err;
  EXPECT_NE(run.out.find("git: object "), std::string::npos) << run.out;
}

TEST_F(CliVerify, AnAlteredIndexRowIsReportedAsJson) {
  import_bundled();
  execute_on_index(store(),
                   "UPDATE items SET title = 'x' WHERE section = 'priorities' AND rank = 5"
                   " AND revision_id = (SELECT id FROM revisions WHERE edition = '2022-2024')");
  const KivRun run = verify({"--format", "json"});
  EXPECT_EQ(run.status, 3);
  rapidjson::Document json;
  json.Parse(run.out.c_str());
  ASSERT_TRUE(json.IsObject()) << run.out;
  EXPECT_FALSE(json["ok"].GetBool());
  EXPECT_EQ(json["objects"].GetInt(), 12);
  EXPECT_EQ(json["revisions"].GetInt(), 2);
  ASSERT_EQ(json["problems"].Size(), 1U) << run.out;
  EXPECT_STREQ(json["problems"][0]["where"].GetString(), "kiv/2022-2024@1");
  EXPECT_STREQ(
      json["problems"][0]["what"].GetString(),
      "the index has title 'x' for priority 5 (nl), git has 'cybercrime en cyber security'");
}

TEST_F(CliVerify, ADeletedIndexRowIsReported) {
  import_bundled();
  execute_on_index(store(),
                   "DELETE FROM edition_titles WHERE revision_id ="
                   " (SELECT id FROM revisions WHERE edition = '2016-2019')");
  const KivRun run = verify();
  EXPECT_EQ(run.status, 3);
  EXPECT_EQ(run.out,
            "kiv/2016-2019@1: the index lacks the title (nl)\n"
            "verified 12 objects and 2 revisions: 1 problem found\n");
}

TEST_F(CliVerify, AnIndexThatLagsIsReportedAndLeftToLag) {
  import_bundled();
  const std::string index_before = read_file(store() / "index.sqlite");
  import_correction();
  write_file(store() / "index.sqlite", index_before);
  const KivRun run = verify();
  EXPECT_EQ(run.status, 3);
  EXPECT_NE(run.out.find("index: the index reflects commit "), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("kiv/2022-2024@2: the index lacks the revision\n"), std::string::npos)
      << run.out;
}

TEST_F(CliVerify, ANonStoreIsNotFound) {
  const KivRun run = kiv({"verify"});
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find("no kiv store at "), std::string::npos) << run.err;
  EXPECT_FALSE(std::filesystem::exists(store()));
}

enum class IndexFate { kept, deleted, garbage };

class CliRebuild : public CliVerify, public ::testing::WithParamInterface<IndexFate> {
 protected:
  // What the reading commands print, text and JSON.
  std::vector<KivRun> readings() const {
    std::vector<KivRun> runs;
    for (const std::vector<std::string>& args :
         std::vector<std::vector<std::string>>{{"list"},
                                               {"show", "kiv/2022-2024"},
                                               {"show", "kiv/2022-2024@1"},
                                               {"log"},
                                               {"diff", "kiv/2016-2019", "kiv/2022-2024"}}) {
      for (const char* format : {"text", "json"}) {
        std::vector<std::string> with_format = args;
        with_format.insert(with_format.end(), {"--format", format});
        runs.push_back(kiv(with_format));
      }
    }
    return runs;
  }
};

TEST_P(CliRebuild, ListShowLogAndDiffPrintTheSameAfterwards) {
  import_bundled();
  import_correction();
  const std::vector<KivRun> before = readings();
  if (GetParam() != IndexFate::kept) std::filesystem::remove(store() / "index.sqlite");
  if (GetParam() == IndexFate::garbage)
    write_file(store() / "index.sqlite", std::string(8192, '\x17'));

  const KivRun run = kiv({"rebuild"});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, "Rebuilt the index of " + store().string() + ": 2 editions, 3 revisions\n");
  EXPECT_FALSE(std::filesystem::exists(store() / "index.sqlite.new"));

  const std::vector<KivRun> after = readings();
  ASSERT_EQ(after.size(), before.size());
  for (std::size_t i = 0; i < before.size(); ++i) {
    EXPECT_EQ(after[i].status, 0) << after[i].err;
    EXPECT_EQ(after[i].out, before[i].out) << "reading " << i;
  }
  EXPECT_EQ(verify().status, 0);
}

INSTANTIATE_TEST_SUITE_P(Index, CliRebuild,
                         ::testing::Values(IndexFate::kept, IndexFate::deleted, IndexFate::garbage),
                         [](const ::testing::TestParamInfo<IndexFate>& fate) {
                           switch (fate.param) {
                             case IndexFate::kept:
                               return "Kept";
                             case IndexFate::deleted:
                               return "Deleted";
                             default:
                               return "Garbage";
                           }
                         });

}  // namespace
}  // namespace kiv::test
