// Archive::import of batches: each file on its own, fail-fast, dry runs, progress, languages.

#include <gtest/gtest.h>

#include <set>

#include "archive/sha256.hpp"
#include "kiv/archive.hpp"
#include "kiv/diff.hpp"
#include "kiv/edition_format.hpp"
#include "kiv/error.hpp"
#include "support/editions.hpp"
#include "support/store_snapshot.hpp"
#include "support/temp_dir.hpp"

namespace kiv {
namespace {

using test::bundled_edition;
using test::prepared_bundled;

constexpr const char* kAuthor = "An Archivist <an@example.org>";

// `edition` as if read from a document (a page in one language) named `path`.
PreparedImport document(const Edition& edition, const std::string& path) {
  PreparedImport file;
  file.path = path;
  file.bytes = "a page of " + edition.id() + "\n";
  file.edition = edition;
  file.canonical_json = to_canonical_json(edition);
  file.sha256 = sha256_hex(file.bytes);
  file.format = DocumentFormat::html;
  return file;
}

// The 2022-2024 edition as its French page gives it: fr titles, no keys.
Edition french_2022_2024(std::size_t priorities = 10) {
  Edition edition = test::without_keys(bundled_edition("kiv/2022-2024.json"));
  edition.title = {{"fr", "Note-cadre de Sécurité intégrale 2022-2024"}};
  for (auto* items : {&edition.priorities, &edition.themes}) {
    for (Item& item : *items) item.title = {{"fr", "fr: " + item.title.at("nl")}};
  }
  edition.priorities.resize(priorities);
  return edition;
}

class StoreImportTest : public ::testing::Test {
 protected:
  std::filesystem::path dir() const { return temp_.path() / "store"; }
  test::TempDir temp_;
};

TEST_F(StoreImportTest, AFileThatCannotBeRecordedFailsAloneAndTheOthersAreRecorded) {
  Archive store = Archive::open_or_create(dir());
  const auto results = store.import(
      {prepared_bundled("kiv/2022-2024.json"), document(french_2022_2024(9), "ncsi-9.html"),
       prepared_bundled("kiv/2016-2019.json")},
      {kAuthor, ""});
  ASSERT_EQ(results.size(), 3U);
  EXPECT_EQ(outcome_of(results[0]), ImportOutcome::created);
  ASSERT_EQ(outcome_of(results[1]), ImportOutcome::failed);
  const ImportFailed& failed = std::get<ImportFailed>(results[1]);
  EXPECT_NE(failed.error.find("ncsi-9.html: it has 9 priorities"), std::string::npos)
      << failed.error;
  EXPECT_EQ(failed.path, "ncsi-9.html");
  EXPECT_EQ(outcome_of(results[2]), ImportOutcome::created);
  EXPECT_EQ(store.index().list().size(), 2U);
  EXPECT_EQ(store.index().log(std::nullopt).size(), 2U);
  EXPECT_EQ(store.index().resolve(parse_ref("kiv/2022-2024")).revision, 1);
}

TEST_F(StoreImportTest, FailFastStopsAtTheFirstFailureAndKeepsWhatCameBefore) {
  Archive store = Archive::open_or_create(dir());
  ImportOptions options{kAuthor, ""};
  options.fail_fast = true;
  const auto results = store.import(
      {prepared_bundled("kiv/2022-2024.json"), document(french_2022_2024(9), "ncsi-9.html"),
       prepared_bundled("kiv/2016-2019.json")},
      options);
  ASSERT_EQ(results.size(), 2U);
  EXPECT_EQ(outcome_of(results[1]), ImportOutcome::failed);
  ASSERT_EQ(store.index().list().size(), 1U);
  EXPECT_EQ(store.index().list()[0].edition, "2022-2024");
}

TEST_F(StoreImportTest, APageInAnotherLanguageAddsItToTheSameItemsAsANewRevision) {
  Archive store = Archive::open_or_create(dir());
  store.import({prepared_bundled("kiv/2022-2024.json")}, {kAuthor, ""});
  const auto results = store.import({document(french_2022_2024(), "ncsi.html")}, {kAuthor, ""});
  ASSERT_EQ(outcome_of(results[0]), ImportOutcome::revised) << test::describe(results[0]);
  EXPECT_EQ(std::get<ImportRevised>(results[0]).revision.ref(), "kiv/2022-2024@2");
  const Edition recorded = store.load(store.index().resolve(parse_ref("kiv/2022-2024")));
  EXPECT_EQ(recorded.languages(), (std::vector<std::string>{"fr", "nl"}));
  EXPECT_EQ(recorded.priorities[4].key, bundled_edition("kiv/2022-2024.json").priorities[4].key);
  EXPECT_EQ(recorded.priorities[4].title.at("fr"), "fr: cybercrime en cyber security");
  EXPECT_EQ(recorded.priorities[4].title.at("nl"), "cybercrime en cyber security");
  EXPECT_EQ(recorded.adopted, "2022-03-31");
  EXPECT_EQ(store.index().list()[0].languages, (std::vector<std::string>{"fr", "nl"}));
  // The same page again changes nothing.
  EXPECT_EQ(store.import({document(french_2022_2024(), "ncsi.html")}, {kAuthor, ""})[0].index(),
            ImportResult(ImportUnchanged{}).index());
}

// Canonical JSON replaces the edition whole, so one that lacks a language the latest revision
// has is refused unless the import is told to drop it.
TEST_F(StoreImportTest, CanonicalJsonThatDropsALanguageIsRefusedUnlessAskedFor) {
  Archive store = Archive::open_or_create(dir());
  store.import({prepared_bundled("kiv/2022-2024.json")}, {kAuthor, ""});
  store.import({document(french_2022_2024(), "ncsi.html")}, {kAuthor, ""});
  const auto refused = store.import({prepared_bundled("kiv/2022-2024.json")}, {kAuthor, ""});
  ASSERT_EQ(refused.size(), 1U);
  EXPECT_EQ(outcome_of(refused[0]), ImportOutcome::failed);
  const auto languages = [&] {
    return store.load(store.index().resolve(parse_ref("kiv/2022-2024"))).languages();
  };
  EXPECT_EQ(languages(), (std::vector<std::string>{"fr", "nl"}));
  ImportOptions options{kAuthor, ""};
  options.replace = true;
  store.import({prepared_bundled("kiv/2022-2024.json")}, options);
  EXPECT_EQ(languages(), std::vector<std::string>{"nl"});
}

// Within one batch too: a file that is an earlier revision as it was fails, the rest records.
TEST_F(StoreImportTest, AnEarlierRevisionAsItWasIsRefusedInABatchToo) {
  Archive store = Archive::open_or_create(dir());
  const auto results = store.import(
      {prepared_bundled("kiv/2022-2024.json"),
       prepare_import(
           {"b.json", test::corrected_2022_2024("\"nl\": \"leefmilieu\"", "\"nl\": \"milieu\"")}),
       prepared_bundled("kiv/2022-2024.json")},
      {kAuthor, ""});
  ASSERT_EQ(results.size(), 3U);
  EXPECT_EQ(outcome_of(results[1]), ImportOutcome::revised);
  EXPECT_EQ(outcome_of(results[2]), ImportOutcome::failed);
  EXPECT_EQ(store.index().log(parse_ref("kiv/2022-2024")).size(), 2U);
  ImportOptions options{kAuthor, ""};
  options.replace = true;
  const auto replaced = store.import({prepared_bundled("kiv/2022-2024.json")}, options);
  EXPECT_EQ(outcome_of(replaced[0]), ImportOutcome::revised);
}

TEST_F(StoreImportTest, ADryRunWorksOutEveryResultAndWritesNothing) {
  Archive store = Archive::open_or_create(dir());
  store.import({prepared_bundled("kiv/2016-2019.json")}, {kAuthor, ""});
  const auto before = test::snapshot(dir());
  ImportOptions options{kAuthor, ""};
  options.dry_run = true;
  Edition unkeyed = test::without_keys(bundled_edition("kiv/2022-2024.json"));
  const auto results = store.import(
      {document(unkeyed, "kiv-2022-2024.nl.txt"), prepared_bundled("kiv/2016-2019.json")}, options);
  EXPECT_EQ(test::snapshot(dir()), before);
  ASSERT_EQ(results.size(), 2U);
  ASSERT_EQ(outcome_of(results[0]), ImportOutcome::created);
  const ImportCreated& created = std::get<ImportCreated>(results[0]);
  EXPECT_EQ(created.revision.ref(), "kiv/2022-2024@1");
  EXPECT_TRUE(created.revision.commit.empty());
  ASSERT_TRUE(created.preview.has_value());
  EXPECT_EQ(created.preview->previous.ref(), "kiv/2016-2019@1");
  ASSERT_TRUE(created.preview->diff.has_value());
  EXPECT_EQ(created.preview->lang, "nl");
  EXPECT_EQ(created.preview->diff->section(Section::priorities).count(ChangeKind::changed), 1);
  ASSERT_TRUE(created.edition.has_value()) << "a dry run shows what it would record";
  EXPECT_EQ(created.edition->priorities[4].key,
            bundled_edition("kiv/2016-2019.json").priorities[4].key);
  EXPECT_EQ(outcome_of(results[1]), ImportOutcome::unchanged);
  EXPECT_EQ(store.index().list().size(), 1U);
}

TEST_F(StoreImportTest, KeysAreInheritedFromAnEditionRecordedEarlierInTheSameBatch) {
  Archive store = Archive::open_or_create(dir());
  const auto results = store.import(
      {prepared_bundled("kiv/2016-2019.json"),
       document(test::without_keys(bundled_edition("kiv/2022-2024.json")), "kiv-2022-2024.nl.txt")},
      {kAuthor, ""});
  ASSERT_EQ(outcome_of(results[1]), ImportOutcome::created) << test::describe(results[1]);
  // The batch kept neither edition in memory: the second's keys came from the first as git
  // holds it.
  const ImportCreated& created = std::get<ImportCreated>(results[1]);
  EXPECT_FALSE(created.edition.has_value());
  const Edition recorded = store.index().load(created.revision);
  const Edition previous = bundled_edition("kiv/2016-2019.json");
  for (std::size_t i = 0; i < previous.priorities.size(); ++i) {
    EXPECT_EQ(recorded.priorities[i].key, previous.priorities[i].key);
  }
}

// A keyless edition in which one priority becomes two: on import the one part inherits the
// old key (inferred), the other gets a new one (minted). Those keys are kiv's evidence, not a
// person's: the diff still sees the split.
TEST_F(StoreImportTest, ASplitAfterImportIsStillASplitThoughOnePartInheritedTheKey) {
  Archive store = Archive::open_or_create(dir());
  const auto keyless = [](const std::string& id, int from, const std::vector<std::string>& titles) {
    Edition edition;
    edition.series = "t";
    edition.edition = id;
    edition.period = Period{from, from + 2};
    edition.title = {{"nl", "Kadernota " + id}};
    for (std::size_t i = 0; i < titles.size(); ++i)
      edition.priorities.push_back({static_cast<int>(i + 1), "", {{"nl", titles[i]}}, {}, {}});
    return prepare_import({id + ".json", to_canonical_json(edition)});
  };
  store.import(
      {keyless("2010-2012", 2010, {"terrorisme", "drugs en wapenhandel", "verkeersveiligheid"})},
      {kAuthor, ""});
  store.import(
      {keyless("2013-2015", 2013, {"terrorisme", "drugs", "wapenhandel", "verkeersveiligheid"})},
      {kAuthor, ""});
  const RevisionInfo old_revision = store.index().resolve(parse_ref("t/2010-2012"));
  const RevisionInfo new_revision = store.index().resolve(parse_ref("t/2013-2015"));
  const Edition recorded = store.load(new_revision);
  // What the import gave: the key of the item it paired with, and a new one.
  EXPECT_EQ(recorded.priorities[0].key_origin, KeyOrigin::inferred);
  const std::set<KeyOrigin> parts = {recorded.priorities[1].key_origin,
                                     recorded.priorities[2].key_origin};
  EXPECT_EQ(parts, (std::set<KeyOrigin>{KeyOrigin::inferred, KeyOrigin::minted}));
  EXPECT_NE(store.canonical_json(new_revision).find("\"key_origin\": \"minted\""),
            std::string::npos);
  EXPECT_EQ(store.index().load(new_revision).priorities[0].key_origin, KeyOrigin::inferred);
  const EditionDiff diff = diff_revisions(store.index(), old_revision, new_revision);
  EXPECT_EQ(diff.priorities.count(ChangeKind::split), 1);
  EXPECT_EQ(diff.priorities.count(ChangeKind::added), 0);
  EXPECT_EQ(diff.priorities.count(ChangeKind::unchanged), 2);
  // The pairs by key say that kiv gave the key.
  EXPECT_EQ(diff.priorities.changes.front().match, MatchKind::key);
  EXPECT_TRUE(diff.priorities.changes.front().key_inferred);
  EXPECT_FALSE(diff_editions(test::bundled_edition("kiv/2016-2019.json"),
                             test::bundled_edition("kiv/2022-2024.json"), "nl")
                   .priorities.changes.front()
                   .key_inferred);
  EXPECT_TRUE(store.verify().ok());
}

// Keys a person gave are facts: the same titles with given keys pair by key.
TEST_F(StoreImportTest, GivenKeysAreNeverOverruled) {
  Edition from;
  from.series = "t";
  from.edition = "a";
  from.title = {{"nl", "a"}};
  from.priorities = {{1, "drugs-wapens", {{"nl", "drugs en wapenhandel"}}, {}, {}}};
  Edition to = from;
  to.edition = "b";
  to.priorities = {{1, "drugs-wapens", {{"nl", "drugs"}}, {}, {}},
                   {2, "wapens", {{"nl", "wapenhandel"}}, {}, {}}};
  EXPECT_EQ(diff_editions(from, to, "nl").priorities.count(ChangeKind::split), 0);
  to.priorities[0].key_origin = KeyOrigin::inferred;
  EXPECT_EQ(diff_editions(from, to, "nl").priorities.count(ChangeKind::split), 1);
}

TEST_F(StoreImportTest, ProgressIsReportedAfterEachFile) {
  Archive store = Archive::open_or_create(dir());
  std::vector<std::size_t> reported;
  ImportOptions options{kAuthor, ""};
  options.progress = [&](std::size_t done) { reported.push_back(done); };
  store.import({prepared_bundled("kiv/2016-2019.json"), prepared_bundled("kiv/2022-2024.json")},
               options);
  EXPECT_EQ(reported, (std::vector<std::size_t>{1, 2}));
}

}  // namespace
}  // namespace kiv
