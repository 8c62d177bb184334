// Bad input: a clear message naming the file and place, exit status 2 (3 for a store that
// cannot be used), and the store exactly as it was.

#include <SQLiteCpp/Database.h>

#include "support/cli_fixture.hpp"
#include "support/editions.hpp"

namespace kiv::test {
namespace {

class CliErrors : public CliTest {
 protected:
  // Runs `args`, expects `status` and a stderr equal to `message`, and the store unchanged.
  void expect_refused(const std::vector<std::string>& args, int status,
                      const std::string& message) {
    const auto before = snapshot(store());
    const KivRun run = kiv(args);
    EXPECT_EQ(run.status, status) << run.out << run.err;
    EXPECT_EQ(run.err, message);
    EXPECT_EQ(run.out, "");
    EXPECT_EQ(snapshot(store()), before) << "the store changed";
  }
};

TEST_F(CliErrors, MalformedJsonNamesFileLineAndColumn) {
  import_bundled();
  const std::string bad =
      file("bad.json", "{\n  \"format\": \"kiv-edition/1\",\n  \"series\": kiv\n}\n");
  expect_refused({"import", bad}, 2, "kiv: error: " + bad + ":3:13: Invalid value.\n");
}

TEST_F(CliErrors, ASchemaViolationNamesTheJsonPath) {
  import_bundled();
  std::string json = read_file(bundled("kiv/2022-2024.json"));
  json.replace(json.find("\"rank\": 5,"), 10, "\"rank\": 5, \"colour\": \"red\",");
  const std::string bad = file("extra-field.json", json);
  expect_refused({"import", bad}, 2,
                 "kiv: error: " + bad + ": /priorities/4/colour: unknown field 'colour'\n");
}

TEST_F(CliErrors, InvalidUtf8IsRefusedWithItsPlace) {
  import_bundled();
  std::string json = read_file(bundled("kiv/2022-2024.json"));
  json.replace(json.find("leefmilieu\""), 10, "leefmilieu\xE9");
  const std::string bad = file("latin1.json", json);
  const KivRun run = kiv({"import", bad});
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find(bad + ":"), std::string::npos);
  EXPECT_NE(run.err.find(": invalid UTF-8 byte sequence"), std::string::npos) << run.err;
}

TEST_F(CliErrors, OneBadFileInABatchFailsAloneAndTheOthersAreRecorded) {
  import_bundled();
  const std::string good = file(
      "good.json", corrected_2022_2024("\"nl\": \"overlast\"", "\"nl\": \"openbare overlast\""));
  const std::string bad = file("bad.json", "[]");
  const KivRun run = kiv({"import", bad, good});
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.err, "kiv: error: " + bad + ": /: expected an object, found an array\n");
  EXPECT_NE(run.out.find("revised  kiv/2022-2024@2  from " + good), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("2 files: 1 revised, 1 failed\n"), std::string::npos) << run.out;
  EXPECT_NE(kiv({"show", "kiv/2022-2024"}).out.find("10. openbare overlast"), std::string::npos);
}

TEST_F(CliErrors, FailFastStopsAtTheFirstBadFileAndRecordsNothingAfterIt) {
  import_bundled();
  const std::string good = file(
      "good.json", corrected_2022_2024("\"nl\": \"overlast\"", "\"nl\": \"openbare overlast\""));
  const std::string bad = file("bad.json", "[]");
  const auto before = snapshot(store());
  const KivRun run = kiv({"import", bad, good, "--fail-fast"});
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.err, "kiv: error: " + bad + ": /: expected an object, found an array\n");
  EXPECT_EQ(run.out, "2 files: 1 failed, 1 not attempted (--fail-fast)\n");
  EXPECT_EQ(snapshot(store()), before) << "the store changed";
}

TEST_F(CliErrors, AFailedImportIntoNoStoreCreatesNone) {
  const KivRun run = kiv({"import", file("empty.json", "")});
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find("The document is empty."), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(store()));
  const KivRun author =
      kiv({"import", bundled("kiv/2022-2024.json").string(), "--author", "nobody"});
  EXPECT_EQ(author.status, 2);
  EXPECT_EQ(author.err, "kiv: error: --author 'nobody': expected \"Name <email>\"\n");
  EXPECT_FALSE(std::filesystem::exists(store()));
}

TEST_F(CliErrors, AMissingFileIsNamed) {
  import_bundled();
  const std::string missing = (temp_.path() / "missing.json").string();
  expect_refused({"import", missing}, 2,
                 "kiv: error: " + missing + ": cannot read the file: No such file or directory\n");
}

TEST_F(CliErrors, AnUnknownEditionNamesTheEditionsThatExist) {
  import_bundled();
  expect_refused({"show", "kiv/2030-2033"}, 2,
                 "kiv: error: no edition kiv/2030-2033 in the store; editions: kiv/2016-2019, "
                 "kiv/2022-2024\n");
  expect_refused({"show", "kiv/2022-2024@4"}, 2,
                 "kiv: error: kiv/2022-2024 has no revision 4; its revisions are 1 to 1\n");
}

TEST_F(CliErrors, AMalformedRefSaysWhatIsExpected) {
  import_bundled();
  expect_refused({"export", "kiv/../../etc"}, 2,
                 "kiv: error: invalid reference 'kiv/../../etc': the edition is not a valid id "
                 "([a-z0-9][a-z0-9-]*, at most 64 characters) (expected SERIES/EDITION[@REVISION], "
                 "e.g. kiv/2022-2024 or kiv/2022-2024@2)\n");
}

TEST_F(CliErrors, ALanguageTheEditionLacksIsRefused) {
  import_bundled();
  expect_refused({"show", "kiv/2022-2024", "--lang", "fr"}, 2,
                 "kiv: error: kiv/2022-2024 has no text in 'fr'; its languages: nl\n");
}

TEST_F(CliErrors, ReadingAStoreThatDoesNotExistSaysHowToMakeOne) {
  const KivRun run = kiv({"list"});
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.err, "kiv: error: no kiv store at " + store().string() +
                         " (create one with 'kiv init' or 'kiv import FILE')\n");
  EXPECT_FALSE(std::filesystem::exists(store()));
}

TEST_F(CliErrors, BadUsageExitsWithTwo) {
  import_bundled();
  const KivRun unknown_option = kiv({"list", "--colour"});
  EXPECT_EQ(unknown_option.status, 2);
  EXPECT_NE(unknown_option.err.find("kiv: error: "), std::string::npos);
  EXPECT_NE(unknown_option.err.find("--colour"), std::string::npos);
  EXPECT_EQ(kiv({"list", "--format", "xml"}).status, 2);
  EXPECT_EQ(kiv({}).status, 2);
  EXPECT_EQ(kiv({"frobnicate"}).status, 2);
}

TEST_F(CliErrors, AStoreOfANewerSchemaIsRefusedWithStatusThreeAndLeftAlone) {
  import_bundled();
  {
    SQLite::Database db((store() / "index.sqlite").string(), SQLite::OPEN_READWRITE);
    db.exec(
        "INSERT INTO schema_migrations VALUES (999, '0999_future.sql', '2030-01-01T00:00:00Z')");
  }
  const auto before = snapshot(store());
  for (const char* command : {"list", "import"}) {
    std::vector<std::string> args = {command};
    if (std::string(command) == "import") args.push_back(bundled("kiv/2022-2024.json").string());
    const KivRun run = kiv(args);
    EXPECT_EQ(run.status, 3) << command;
    EXPECT_NE(run.err.find("newer than this kiv knows"), std::string::npos) << run.err;
  }
  EXPECT_EQ(snapshot(store()), before);
}

}  // namespace
}  // namespace kiv::test
