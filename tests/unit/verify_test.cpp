// Archive::verify finds what is wrong with a store and changes nothing; Archive::rebuild makes a
// new index from git.

#include <SQLiteCpp/Database.h>
#include <git2.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include "archive/sha256.hpp"
#include "index/migrations.hpp"
#include "kiv/archive.hpp"
#include "kiv/error.hpp"
#include "revision_record.hpp"
#include "support/editions.hpp"
#include "support/store_damage.hpp"
#include "support/store_snapshot.hpp"
#include "support/temp_dir.hpp"

namespace kiv {
namespace {

using test::prepared_bundled;

constexpr const char* kAuthor = "An Archivist <an@example.org>";

class VerifyTest : public ::testing::Test {
 protected:
  std::filesystem::path dir() const { return temp_.path() / "store"; }

  void import_bundled() {
    Archive::open_or_create(dir()).import(
        {prepared_bundled("kiv/2016-2019.json"), prepared_bundled("kiv/2022-2024.json")},
        {kAuthor, ""});
  }

  void import_correction() {
    Archive::open(dir()).import(
        {prepare_import(
            {"corrected.json",
             test::corrected_2022_2024("\"nl\": \"overlast\"", "\"nl\": \"openbare overlast\"")})},
        {kAuthor, ""});
  }

  // Verifies the store as it is, and checks that verifying changed no file.
  VerifyReport verify() {
    const auto before = test::snapshot(dir());
    VerifyReport report = Archive::open_as_is(dir()).verify();
    EXPECT_EQ(test::snapshot(dir()), before) << "verify changed the store";
    return report;
  }

  test::TempDir temp_;
};

// Every problem as "WHERE: WHAT", for readable failures.
std::vector<std::string> lines(const VerifyReport& report) {
  std::vector<std::string> out;
  for (const VerifyProblem& problem : report.problems)
    out.push_back(problem.where + ": " + problem.what);
  return out;
}

// Whether `report` has a problem at `where` whose text holds `part`.
::testing::AssertionResult has_problem(const VerifyReport& report, const std::string& where,
                                       const std::string& part) {
  for (const VerifyProblem& problem : report.problems) {
    if (problem.where == where && problem.what.find(part) != std::string::npos) {
      return ::testing::AssertionSuccess();
    }
  }
  return ::testing::AssertionFailure() << "no problem at " << where << " saying '" << part
                                       << "' among " << ::testing::PrintToString(lines(report));
}

// A revision.json of the series kiv recording the bundled file `source` as its source.
std::string revision_record(const std::string& edition, int revision, const std::string& source) {
  return "{\"format\": \"kiv-revision/1\", \"series\": \"kiv\", \"edition\": \"" + edition +
         "\", \"revision\": " + std::to_string(revision) + ", \"source_name\": \"" + source +
         "\", \"source_sha256\": \"" + sha256_hex(test::read_file(test::bundled(source))) + "\"}";
}

TEST_F(VerifyTest, AFreshStoreWithTheBundledEditionsHasNoProblems) {
  import_bundled();
  const VerifyReport report = verify();
  EXPECT_TRUE(report.ok()) << ::testing::PrintToString(lines(report));
  EXPECT_EQ(report.revisions, 2);
  // Per edition a commit, a root tree, a series tree, an edition tree and three blobs; the
  // first commit's series tree differs from the second's.
  EXPECT_EQ(report.objects, 12);
}

TEST_F(VerifyTest, EveryRevisionOfTheHistoryIsChecked) {
  import_bundled();
  import_correction();
  const VerifyReport report = verify();
  EXPECT_TRUE(report.ok()) << ::testing::PrintToString(lines(report));
  EXPECT_EQ(report.revisions, 3);
}

TEST_F(VerifyTest, AnEmptyStoreHasNoProblems) {
  Archive::open_or_create(dir());
  const VerifyReport report = verify();
  EXPECT_TRUE(report.ok()) << ::testing::PrintToString(lines(report));
  EXPECT_EQ(report.objects, 0);
  EXPECT_EQ(report.revisions, 0);
}

// revision.json's document must describe the source it sits beside.
TEST_F(VerifyTest, ADocumentRecordWhoseSizeIsNotTheSourcesIsReported) {
  import_bundled();
  const std::string json = test::read_file(test::bundled("kiv/2022-2024.json"));
  RevisionInfo revision;
  revision.series = "kiv";
  revision.edition = "2022-2024";
  revision.revision = 1;
  revision.source_name = "2022-2024.json";
  revision.source_sha256 = sha256_hex(json);
  revision.document_languages = {"nl"};
  revision.media_type = "application/json";
  revision.source_size = static_cast<std::int64_t>(json.size()) + 1;
  revision.kiv_version = "0.1.0";
  test::commit_over_main(dir(), "kiv/2022-2024/revision.json", revision_record_json(revision));
  EXPECT_TRUE(has_problem(verify(), "kiv/2022-2024@2",
                          "has " + std::to_string(json.size()) + " bytes, revision.json records " +
                              std::to_string(json.size() + 1)));
}

TEST_F(VerifyTest, ASourceReplacedInGitFailsItsSha256) {
  import_bundled();
  const std::string recorded = sha256_hex(test::read_file(test::bundled("kiv/2022-2024.json")));
  test::commit_over_main(dir(), "kiv/2022-2024/source", "other bytes");
  const VerifyReport report = verify();
  EXPECT_FALSE(report.ok());
  EXPECT_TRUE(has_problem(
      report, "kiv/2022-2024@2",
      "has SHA-256 " + sha256_hex("other bytes") + ", revision.json records " + recorded));
  // The commit kept revision.json, which still says revision 1.
  EXPECT_TRUE(
      has_problem(report, "kiv/2022-2024@2", "records revision 1, but the commit is change 2"));
  EXPECT_TRUE(has_problem(report, "index", "the index reflects commit "));
  EXPECT_EQ(report.revisions, 3);
}

TEST_F(VerifyTest, AnEditionJsonThatDoesNotParseIsReported) {
  import_bundled();
  test::commit_over_main(dir(), "kiv/2016-2019/edition.json", "{\"format\":");
  EXPECT_TRUE(has_problem(verify(), "kiv/2016-2019@2", "kiv/2016-2019/edition.json"));
}

TEST_F(VerifyTest, AnEditionJsonOfAnotherEditionIsReported) {
  import_bundled();
  test::commit_over_main(dir(), "kiv/2016-2019/edition.json",
                         Archive::open(dir()).canonical_json(
                             Archive::open(dir()).index().resolve(parse_ref("kiv/2022-2024"))));
  EXPECT_TRUE(has_problem(verify(), "kiv/2016-2019@2", "is the edition kiv/2022-2024"));
}

TEST_F(VerifyTest, AnObjectMissingFromGitIsReportedForTheFileOfItsRevision) {
  import_bundled();
  test::commit_over_main(dir(), "kiv/2016-2019/source", "bytes soon lost");
  std::filesystem::remove(test::write_loose_object(dir(), "bytes soon lost"));
  EXPECT_TRUE(
      has_problem(verify(), "kiv/2016-2019@2", ": kiv/2016-2019/source: cannot read blob "));
}

TEST_F(VerifyTest, ARevisionJsonOfAnotherEditionIsReported) {
  import_bundled();
  test::commit_over_main(dir(), "kiv/2016-2019/revision.json",
                         revision_record("2022-2024", 2, "kiv/2022-2024.json"));
  EXPECT_TRUE(has_problem(verify(), "kiv/2016-2019@2", " names kiv/2022-2024"));
}

TEST_F(VerifyTest, ASourceRemovedFromARevisionIsReported) {
  import_bundled();
  test::commit_over_main(dir(), "kiv/2016-2019/source", std::nullopt);
  EXPECT_TRUE(has_problem(verify(), "kiv/2016-2019@2", "the source is missing from commit "));
}

TEST_F(VerifyTest, ARevisionGitCannotGiveWholeIsNotAlsoReportedAsMissingFromGit) {
  import_bundled();
  // A sound revision 2 that only renumbers revision.json, which the index then catches up with.
  const std::string renumbered = revision_record("2016-2019", 2, "kiv/2016-2019.json");
  test::commit_over_main(dir(), "kiv/2016-2019/revision.json", renumbered);
  Archive::open(dir());
  ASSERT_TRUE(verify().ok());
  std::filesystem::remove(test::write_loose_object(dir(), renumbered));
  const VerifyReport report = verify();
  EXPECT_EQ(report.problems.size(), 1U) << ::testing::PrintToString(lines(report));
  EXPECT_TRUE(has_problem(report, "kiv/2016-2019@2", "revision.json: cannot read blob "));
}

TEST_F(VerifyTest, AGarbledLooseObjectIsAGitProblem) {
  import_bundled();
  const auto object = test::write_loose_object(dir(), "a loose blob of some length, to garble");
  test::flip_bytes(object, 4, 8);
  const VerifyReport report = verify();
  EXPECT_TRUE(has_problem(report, "git", "cannot be read"));
  EXPECT_EQ(report.objects, 13);
}

TEST_F(VerifyTest, ALooseObjectWithAnotherObjectsContentDoesNotHashToItsId) {
  import_bundled();
  const auto object = test::write_loose_object(dir(), "one blob");
  const auto other = test::write_loose_object(dir(), "another blob");
  std::filesystem::permissions(object, std::filesystem::perms::owner_write,
                               std::filesystem::perm_options::add);
  test::write_file(object, test::read_file(other));
  const std::string id = object.parent_path().filename().string() + object.filename().string();
  // Found even when something in the process had turned libgit2's check off.
  git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
  EXPECT_TRUE(
      has_problem(verify(), "git", "object " + id + " cannot be read: object hash mismatch"));
}

TEST_F(VerifyTest, ACorruptPackIsAGitProblem) {
  import_bundled();
  const auto pack = test::pack_file(dir());
  test::flip_bytes(pack, std::filesystem::file_size(pack) / 2, 64);
  const VerifyReport report = verify();
  EXPECT_FALSE(report.ok());
  EXPECT_TRUE(has_problem(report, "git", "object "));
}

TEST_F(VerifyTest, AnIndexRowWithAnotherTitleIsReportedWithBothTitles) {
  import_bundled();
  test::execute_on_index(dir(),
                         "UPDATE items SET title = 'x' WHERE section = 'priorities' AND rank = 5"
                         " AND lang = 'nl' AND revision_id = (SELECT id FROM revisions"
                         " WHERE edition = '2022-2024')");
  const VerifyReport report = verify();
  EXPECT_EQ(lines(report), std::vector<std::string>{
                               "kiv/2022-2024@1: the index has title 'x' for priority 5 (nl), git "
                               "has 'cybercrime en cyber security'"});
}

// The search table would not show it: it keeps the terms of the texts it was given.
TEST_F(VerifyTest, AnIndexRowWithOtherSubtopicsIsReported) {
  import_bundled();
  test::execute_on_index(dir(),
                         "UPDATE items SET subtopics = '[\"x\"]' WHERE section = 'themes'"
                         " AND rank = 2 AND lang = 'nl' AND revision_id = (SELECT id FROM"
                         " revisions WHERE edition = '2016-2019')");
  EXPECT_EQ(lines(verify()), std::vector<std::string>{
                                 "kiv/2016-2019@1: the index has subtopics '[\"x\"]' for theme 2 "
                                 "(nl), git has none"});
}

TEST_F(VerifyTest, ADeletedIndexRowIsReported) {
  import_bundled();
  test::execute_on_index(dir(),
                         "DELETE FROM items WHERE section = 'themes' AND rank = 3 AND revision_id ="
                         " (SELECT id FROM revisions WHERE edition = '2016-2019')");
  EXPECT_EQ(lines(verify()),
            std::vector<std::string>{"kiv/2016-2019@1: the index lacks theme 3 (nl)"});
}

TEST_F(VerifyTest, ADifferenceInTheRevisionsTableNamesTheColumn) {
  import_bundled();
  test::execute_on_index(dir(),
                         "UPDATE revisions SET source_sha256 = 'abc' WHERE edition = '2016-2019'");
  EXPECT_TRUE(has_problem(verify(), "kiv/2016-2019@1",
                          "the index has source SHA-256 'abc' for the revision"));
}

TEST_F(VerifyTest, AWrongNumberOfItemsOfARevisionIsReported) {
  import_bundled();
  test::execute_on_index(dir(), "UPDATE revisions SET themes = 4 WHERE edition = '2022-2024'");
  EXPECT_TRUE(has_problem(verify(), "kiv/2022-2024@1",
                          "the index has number of themes '4' for the revision"));
}

// What the listing reads off each edition's row (migrations/0013_listing.sql) is compared too.
TEST_F(VerifyTest, AListingThatSaysOtherwiseThanTheRevisionIsReported) {
  import_bundled();
  test::execute_on_index(dir(),
                         "UPDATE editions SET title = 'Kadernota' WHERE edition = '2016-2019';"
                         " UPDATE editions SET languages = 'de,nl' WHERE edition = '2022-2024'");
  const auto problems = verify();
  EXPECT_TRUE(has_problem(problems, "kiv/2016-2019", "the index has listed title 'Kadernota'"));
  EXPECT_TRUE(has_problem(problems, "kiv/2022-2024", "the index has listed languages 'de,nl'"));
}

TEST_F(VerifyTest, ARevisionOnlyTheIndexHasIsReportedOnce) {
  import_bundled();
  test::execute_on_index(
      dir(),
      "INSERT INTO revisions (series, edition, revision, commit_id, imported_at, imported_by,"
      " message, source_name, source_sha256) SELECT series, edition, 7, commit_id, imported_at,"
      " imported_by, message, source_name, source_sha256 FROM revisions WHERE edition = "
      "'2022-2024';"
      "INSERT INTO items (id, key_id, title, description, subtopics) SELECT"
      " (SELECT id FROM revisions WHERE revision = 7) << 32 | (id & 4294967295), key_id, title,"
      " description, subtopics FROM items WHERE revision_id ="
      " (SELECT id FROM revisions WHERE edition = '2022-2024' AND revision = 1)");
  EXPECT_EQ(lines(verify()),
            std::vector<std::string>{"kiv/2022-2024@7: the index has the revision, git does not"});
}

TEST_F(VerifyTest, AnIndexThatLagsBehindGitIsReportedNotCaughtUp) {
  import_bundled();
  const std::string index_before = test::read_file(dir() / "index.sqlite");
  import_correction();
  test::write_file(dir() / "index.sqlite", index_before);
  const VerifyReport report = verify();
  EXPECT_TRUE(has_problem(report, "index", "the index reflects commit "));
  EXPECT_TRUE(has_problem(report, "kiv/2022-2024@2", "the index lacks the revision"));
  EXPECT_TRUE(
      has_problem(report, "kiv/2022-2024", "latest revision '1' for the edition, git has '2'"));
  EXPECT_TRUE(
      has_problem(report, "kiv/2022-2024", "listed revision '1' for the edition, git has '2'"));
  // Not one line per title and item of the missing revision.
  EXPECT_EQ(report.problems.size(), 4U) << ::testing::PrintToString(lines(report));
}

TEST_F(VerifyTest, AMissingIndexIsReportedAndNotCreated) {
  import_bundled();
  std::filesystem::remove(dir() / "index.sqlite");
  EXPECT_EQ(lines(verify()), std::vector<std::string>{"index: index.sqlite is missing"});
  EXPECT_FALSE(std::filesystem::exists(dir() / "index.sqlite"));
}

TEST_F(VerifyTest, AGarbageIndexIsReported) {
  import_bundled();
  test::write_file(dir() / "index.sqlite", std::string(4096, '\x5a'));
  EXPECT_TRUE(has_problem(verify(), "index", "cannot read index.sqlite: file is not a database"));
}

TEST_F(VerifyTest, AnIndexOfAnotherSchemaIsReported) {
  import_bundled();
  test::execute_on_index(dir(), "DELETE FROM schema_migrations WHERE version > 1");
  EXPECT_TRUE(has_problem(
      verify(), "index",
      "the index has schema version 1, this kiv's is " + std::to_string(latest_schema_version())));
}

class RebuildTest : public VerifyTest {};

void expect_same_revisions(const std::vector<RevisionInfo>& a, const std::vector<RevisionInfo>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].ref(), b[i].ref());
    EXPECT_EQ(a[i].commit, b[i].commit);
    EXPECT_EQ(a[i].imported_at, b[i].imported_at);
    EXPECT_EQ(a[i].imported_by, b[i].imported_by);
    EXPECT_EQ(a[i].message, b[i].message);
    EXPECT_EQ(a[i].source_name, b[i].source_name);
    EXPECT_EQ(a[i].source_sha256, b[i].source_sha256);
  }
}

TEST_F(RebuildTest, TheNewIndexAnswersAsTheOldOneDid) {
  import_bundled();
  import_correction();
  const auto log_before = Archive::open(dir()).index().log(std::nullopt);
  const auto list_before = Archive::open(dir()).index().list();
  test::execute_on_index(dir(), "UPDATE items SET title = 'x'");
  Archive store = Archive::open_as_is(dir());
  store.rebuild();
  expect_same_revisions(store.index().log(std::nullopt), log_before);
  const auto list_after = store.index().list();
  ASSERT_EQ(list_after.size(), list_before.size());
  for (std::size_t i = 0; i < list_after.size(); ++i) {
    EXPECT_EQ(list_after[i].title, list_before[i].title);
    EXPECT_EQ(list_after[i].priorities, list_before[i].priorities);
    EXPECT_EQ(list_after[i].latest.ref(), list_before[i].latest.ref());
  }
  EXPECT_TRUE(verify().ok());
  EXPECT_FALSE(std::filesystem::exists(dir() / "index.sqlite.new"));
}

TEST_F(RebuildTest, ReplacesAMissingOrGarbageIndex) {
  import_bundled();
  const auto log_before = Archive::open(dir()).index().log(std::nullopt);
  for (const bool garbage : {false, true}) {
    std::filesystem::remove(dir() / "index.sqlite");
    if (garbage) test::write_file(dir() / "index.sqlite", std::string(4096, '\x5a'));
    Archive::open_as_is(dir()).rebuild();
    EXPECT_TRUE(verify().ok()) << (garbage ? "garbage" : "missing");
    expect_same_revisions(Archive::open(dir()).index().log(std::nullopt), log_before);
  }
}

TEST_F(RebuildTest, TheWriteAheadLogOfTheOldIndexIsNotReadIntoTheNewOne) {
  import_bundled();
  import_correction();
  // A writer dies after committing, before its pages were copied from the write-ahead log into
  // the index: read beside the new index, they would overwrite its pages.
  const pid_t writer = ::fork();
  if (writer == 0) {
    SQLite::Database db((dir() / "index.sqlite").string(), SQLite::OPEN_READWRITE);
    db.exec("PRAGMA wal_autocheckpoint = 0");
    db.exec("UPDATE items SET title = title || ' (changed)'");
    ::_exit(0);
  }
  int status = 0;
  ASSERT_EQ(::waitpid(writer, &status, 0), writer);
  ASSERT_GT(std::filesystem::file_size(dir() / "index.sqlite-wal"), 32U);
  Archive::open_as_is(dir()).rebuild();
  EXPECT_FALSE(std::filesystem::exists(dir() / "index.sqlite-wal"));
  const VerifyReport report = verify();
  EXPECT_TRUE(report.ok()) << ::testing::PrintToString(lines(report));
}

TEST_F(RebuildTest, AHistoryThatCannotBeIndexedLeavesTheOldIndexAsItWas) {
  import_bundled();
  test::commit_over_main(dir(), "kiv/2016-2019/revision.json", "not a record");
  const auto before = test::snapshot(dir());
  try {
    Archive::open_as_is(dir()).rebuild();
    ADD_FAILURE() << "rebuilt from a history with a malformed revision.json";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::store);
    EXPECT_NE(std::string(e.what()).find("malformed revision record"), std::string::npos)
        << e.what();
  }
  EXPECT_EQ(test::snapshot(dir()), before);
}

TEST_F(RebuildTest, AnEmptyStoreGetsAnEmptyIndex) {
  Archive::open_or_create(dir());
  std::filesystem::remove(dir() / "index.sqlite");
  Archive store = Archive::open_as_is(dir());
  store.rebuild();
  EXPECT_TRUE(store.index().list().empty());
  EXPECT_TRUE(verify().ok());
}

}  // namespace
}  // namespace kiv
