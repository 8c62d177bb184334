#include <gtest/gtest.h>

#include "archive/git.hpp"
#include "kiv/archive.hpp"
#include "kiv/edition_format.hpp"
#include "kiv/error.hpp"
#include "support/editions.hpp"
#include "support/listing.hpp"
#include "support/store_snapshot.hpp"
#include "support/temp_dir.hpp"

namespace kiv {
namespace {

using test::prepared_bundled;

constexpr const char* kAuthor = "An Archivist <an@example.org>";

class StoreTest : public ::testing::Test {
 protected:
  std::filesystem::path dir() const { return temp_.path() / "store"; }

  // The bundled editions and a correction of 2022-2024, with the index put back to before the
  // correction: git is one commit ahead of it.
  void put_git_one_commit_ahead_of_the_index() {
    store_with_bundled_editions();
    const auto index = dir() / "index.sqlite";
    const std::string index_with_two_editions = test::read_file(index);
    {
      Archive store = Archive::open(dir());
      store.import({prepare_import({"c.json", test::corrected_2022_2024("\"nl\": \"leefmilieu\"",
                                                                        "\"nl\": \"milieu\"")})},
                   {kAuthor, ""});
    }
    test::write_file(index, index_with_two_editions);
  }

  Archive store_with_bundled_editions() {
    Archive store = Archive::open_or_create(dir());
    store.import({prepared_bundled("kiv/2016-2019.json"), prepared_bundled("kiv/2022-2024.json")},
                 {kAuthor, ""});
    return store;
  }

  test::TempDir temp_;
};

TEST_F(StoreTest, OpeningAMissingStoreIsNotFoundAndCreatesNothing) {
  try {
    Archive::open(dir());
    FAIL() << "opened a missing store";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::not_found);
    EXPECT_NE(std::string(e.what()).find(dir().string()), std::string::npos);
  }
  EXPECT_FALSE(std::filesystem::exists(dir()));
}

TEST_F(StoreTest, ImportRecordsRevisionOneWithProvenance) {
  Archive store = Archive::open_or_create(dir());
  const auto results = store.import({prepared_bundled("kiv/2022-2024.json")}, {kAuthor, "First"});
  ASSERT_EQ(results.size(), 1U);
  ASSERT_EQ(outcome_of(results[0]), ImportOutcome::created);
  const RevisionInfo& revision = std::get<ImportCreated>(results[0]).revision;
  EXPECT_EQ(revision.ref(), "kiv/2022-2024@1");
  EXPECT_EQ(revision.imported_by, kAuthor);
  EXPECT_EQ(revision.message, "First");
  EXPECT_EQ(revision.source_name, "2022-2024.json");
  EXPECT_EQ(revision.source_sha256.size(), 64U);
  EXPECT_EQ(revision.commit.size(), 40U);
  EXPECT_EQ(store.index().resolve(parse_ref("kiv/2022-2024")).commit, revision.commit);
  EXPECT_EQ(store.index().log(std::nullopt).front().imported_at, revision.imported_at);
}

TEST_F(StoreTest, StoresTheCanonicalJsonAndTheOriginalBytes) {
  Archive store = Archive::open_or_create(dir());
  const std::string original = test::read_file(test::bundled("kiv/2016-2019.json"));
  // The same content, formatted differently: canonical JSON is the same, the source differs.
  std::string compact;
  for (const char c : original) {
    if (c != '\n') compact += c;
  }
  store.import({prepare_import({"compact.json", compact})}, {kAuthor, ""});
  const RevisionInfo revision = store.index().resolve(parse_ref("kiv/2016-2019"));
  EXPECT_EQ(store.source(revision), compact);
  EXPECT_EQ(store.canonical_json(revision), to_canonical_json(parse_edition(original, "x")));
  EXPECT_EQ(store.load(revision).priorities[4].title.at("nl"), "cybercrime en cybersecurity");
}

TEST_F(StoreTest, ReimportingIdenticalContentRecordsNothing) {
  Archive store = store_with_bundled_editions();
  const auto before = test::snapshot(dir());
  const auto results = store.import({prepared_bundled("kiv/2022-2024.json")}, {kAuthor, ""});
  ASSERT_EQ(outcome_of(results[0]), ImportOutcome::unchanged);
  EXPECT_EQ(std::get<ImportUnchanged>(results[0]).latest.ref(), "kiv/2022-2024@1");
  EXPECT_EQ(test::snapshot(dir()), before);
}

TEST_F(StoreTest, ChangedContentBecomesTheNextRevisionAndKeepsTheOldOne) {
  Archive store = store_with_bundled_editions();
  const std::string corrected =
      test::corrected_2022_2024("\"nl\": \"overlast\"", "\"nl\": \"openbare overlast\"");
  const auto results =
      store.import({prepare_import({"corrected.json", corrected})}, {kAuthor, "Fix priority 10"});
  ASSERT_EQ(outcome_of(results[0]), ImportOutcome::revised);
  EXPECT_EQ(std::get<ImportRevised>(results[0]).revision.ref(), "kiv/2022-2024@2");

  const Edition first = store.load(store.index().resolve(parse_ref("kiv/2022-2024@1")));
  const Edition latest = store.load(store.index().resolve(parse_ref("kiv/2022-2024")));
  EXPECT_EQ(first.priorities[9].title.at("nl"), "overlast");
  EXPECT_EQ(latest.priorities[9].title.at("nl"), "openbare overlast");
  EXPECT_EQ(store.source(store.index().resolve(parse_ref("kiv/2022-2024@2"))), corrected);

  const auto log = store.index().log(parse_ref("kiv/2022-2024"));
  ASSERT_EQ(log.size(), 2U);
  EXPECT_EQ(log[0].revision, 2);
  EXPECT_EQ(log[0].message, "Fix priority 10");
  EXPECT_EQ(log[1].revision, 1);
  EXPECT_EQ(store.index().list()[1].latest.revision, 2);
}

TEST_F(StoreTest, OneBatchMayHoldSeveralRevisionsOfOneEdition) {
  Archive store = Archive::open_or_create(dir());
  const auto results = store.import(
      {prepared_bundled("kiv/2022-2024.json"),
       prepare_import(
           {"b.json", test::corrected_2022_2024("\"nl\": \"leefmilieu\"", "\"nl\": \"milieu\"")}),
       // Another change (the first file again would undo the second: refused, see
       // StoreImportTest.AnEarlierRevisionAsItWasIsRefusedInABatchToo).
       prepare_import({"c.json", test::corrected_2022_2024("\"nl\": \"overlast\"",
                                                           "\"nl\": \"openbare overlast\"")})},
      {kAuthor, ""});
  EXPECT_EQ(std::get<ImportCreated>(results[0]).revision.revision, 1);
  EXPECT_EQ(std::get<ImportRevised>(results[1]).revision.revision, 2);
  ASSERT_EQ(outcome_of(results[2]), ImportOutcome::revised);
  EXPECT_EQ(std::get<ImportRevised>(results[2]).revision.revision, 3);
  EXPECT_EQ(store.index().log(parse_ref("kiv/2022-2024")).size(), 3U);
}

TEST_F(StoreTest, ListsEditionsByPeriodWithCountsAndLanguages) {
  const Archive store = store_with_bundled_editions();
  const auto editions = store.index().list();
  ASSERT_EQ(editions.size(), 2U);
  EXPECT_EQ(editions[0].edition, "2016-2019");
  EXPECT_EQ(editions[1].edition, "2022-2024");
  EXPECT_EQ(editions[1].priorities, 10);
  EXPECT_EQ(editions[1].themes, 5);
  EXPECT_EQ(editions[1].languages, std::vector<std::string>{"nl"});
  EXPECT_EQ(editions[1].adopted, "2022-03-31");
  ASSERT_TRUE(editions[1].period.has_value());
  EXPECT_EQ(editions[1].period->from, 2022);
}

// A brief listing is the full one but for the latest revisions' commit, import and source.
TEST_F(StoreTest, ABriefListingSaysWhatTheFullOneSaysButTheRevisionsDetails) {
  Archive store = store_with_bundled_editions();
  store.import({prepare_import({"c.json", test::corrected_2022_2024("\"nl\": \"leefmilieu\"",
                                                                    "\"nl\": \"milieu\"")})},
               {kAuthor, ""});
  // An edition without Dutch (its default language is its first) and with every in-force day.
  Edition later = test::edition_without_dutch("2025-2027", {2025, 2027});
  later.in_force = {"2025-01-01", "2027-12-31", "2028-06-30", "2028-2030"};
  store.import({prepare_import({"later.json", to_canonical_json(later)})}, {kAuthor, ""});
  const auto full = store.index().list();
  const auto brief = store.index().list(Index::Listing::brief);
  ASSERT_EQ(brief.size(), 3U);
  EXPECT_EQ(test::brief_lines(brief), test::brief_lines(full));
  for (std::size_t k = 0; k < full.size(); ++k) {
    SCOPED_TRACE(full[k].edition);
    EXPECT_EQ(brief[k].title.size(), 1U);  // the default language's only
    EXPECT_FALSE(full[k].latest.commit.empty());
    EXPECT_TRUE(brief[k].latest.commit.empty());
    EXPECT_TRUE(brief[k].latest.imported_at.empty());
  }
  EXPECT_EQ(brief[1].latest.revision, 2);
  EXPECT_EQ(brief[2].title.begin()->first, "de");
  EXPECT_EQ(brief[2].in_force.superseded_by, "2028-2030");
}

// Ids that do not sort as their periods, and an edition without a period (listed last).
TEST_F(StoreTest, ListsByPeriodWhereTheIdsSortOtherwise) {
  Archive store = Archive::open_or_create(dir());
  const auto edition = [](const std::string& id, std::optional<Period> period) {
    Edition next = test::bundled_edition("kiv/2022-2024.json");
    next.edition = id;
    next.period = period;
    return prepare_import({id + ".json", to_canonical_json(next)});
  };
  store.import({edition("a-undated", std::nullopt), edition("b-late", Period{2030, 2033}),
                edition("c-early", Period{2010, 2013}), edition("d-mid", Period{2020, 2023})},
               {kAuthor, ""});
  std::vector<std::string> ids;
  for (const EditionSummary& summary : store.index().list()) ids.push_back(summary.edition);
  EXPECT_EQ(ids, (std::vector<std::string>{"c-early", "d-mid", "b-late", "a-undated"}));
}

TEST_F(StoreTest, ResolvesAnEditionWithoutItsSeriesWhenThereIsOneSeries) {
  const Archive store = store_with_bundled_editions();
  EXPECT_EQ(store.index().resolve(parse_ref("2016-2019")).series, "kiv");
}

TEST_F(StoreTest, AnUnknownEditionNamesTheEditionsThatExist) {
  const Archive store = store_with_bundled_editions();
  try {
    store.index().resolve(parse_ref("kiv/2030-2033"));
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::not_found);
    EXPECT_STREQ(e.what(),
                 "no edition kiv/2030-2033 in the store; editions: kiv/2016-2019, kiv/2022-2024");
  }
  try {
    store.index().resolve(parse_ref("kiv/2022-2024@3"));
    FAIL();
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "kiv/2022-2024 has no revision 3; its revisions are 1 to 1");
  }
}

TEST_F(StoreTest, AMalformedAuthorIsRefusedBeforeWriting) {
  Archive store = store_with_bundled_editions();
  const auto before = test::snapshot(dir());
  const auto corrected = prepare_import(
      {"c.json", test::corrected_2022_2024("\"nl\": \"leefmilieu\"", "\"nl\": \"milieu\"")});
  EXPECT_THROW(store.import({corrected}, {"no email here", ""}), Error);
  EXPECT_EQ(test::snapshot(dir()), before);
  EXPECT_FALSE(is_valid_author("Name <>"));
  EXPECT_TRUE(is_valid_author(kAuthor));
}

TEST_F(StoreTest, AnImportThatCannotMoveTheBranchLeavesTheStoreAsItWas) {
  Archive store = store_with_bundled_editions();
  const auto before = test::snapshot(dir());
  // A program other than kiv holds the branch (here, a directory where git puts its lock file,
  // which kiv does not take for a dead writer's): the ref cannot be updated, not even by root.
  const auto ref_lock = dir() / "git" / "refs" / "heads" / "main.lock";
  std::filesystem::create_directory(ref_lock);
  test::write_file(ref_lock / "held", "");
  const auto corrected = prepare_import(
      {"c.json", test::corrected_2022_2024("\"nl\": \"leefmilieu\"", "\"nl\": \"milieu\"")});
  try {
    store.import({corrected}, {kAuthor, ""});
    ADD_FAILURE() << "the import succeeded although the branch was locked";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::store);
    EXPECT_NE(std::string(e.what()).find("cannot move the branch main"), std::string::npos);
  }
  std::filesystem::remove_all(ref_lock);
  EXPECT_EQ(test::snapshot(dir()), before);
  EXPECT_EQ(Archive::open(dir()).index().resolve(parse_ref("kiv/2022-2024")).revision, 1);
}

TEST_F(StoreTest, WhatAWriterThatDiedLeftIsRemovedByTheNextWrite) {
  Archive store = store_with_bundled_editions();
  const std::filesystem::path git = dir() / "git";
  // A writer killed while moving the branch, while it (or libgit2, before kiv wrote its own
  // packs) wrote a pack, and after it wrote the pack of commits the branch never reached; a
  // rebuild killed midway.
  test::write_file(git / "refs" / "heads" / "main.lock", "");
  test::write_file(git / "objects" / "pack" / "pack_git2_a1b2c3", "PACK");
  test::write_file(git / "objects" / "pack" / "tmp_kiv_d4e5f6", "PACK");
  const std::string orphan = "pack-" + std::string(40, 'e');
  test::write_file(git / "objects" / "pack" / (orphan + ".pack"), "PACK");
  test::write_file(git / "objects" / "pack" / (orphan + ".idx"), "idx");
  test::write_file(git / "kiv-publishing", std::string(40, 'f') + " " + orphan + "\n");
  test::write_file(dir() / "index.sqlite.new", "partial");
  EXPECT_EQ(
      store.verify().leftovers,
      (std::vector<std::string>{
          "git/kiv-publishing", "git/objects/pack/" + orphan + ".idx",
          "git/objects/pack/" + orphan + ".pack", "git/objects/pack/pack_git2_a1b2c3",
          "git/objects/pack/tmp_kiv_d4e5f6", "git/refs/heads/main.lock", "index.sqlite.new"}));
  const auto corrected = prepare_import(
      {"c.json", test::corrected_2022_2024("\"nl\": \"leefmilieu\"", "\"nl\": \"milieu\"")});
  const auto results = store.import({corrected}, {kAuthor, ""});
  EXPECT_EQ(outcome_of(results.at(0)), ImportOutcome::revised);
  EXPECT_EQ(store.verify().leftovers, std::vector<std::string>{});
  for (const char* gone : {"refs/heads/main.lock", "kiv-publishing",
                           "objects/pack/pack_git2_a1b2c3", "objects/pack/tmp_kiv_d4e5f6"})
    EXPECT_FALSE(std::filesystem::exists(git / gone)) << gone;
  EXPECT_FALSE(std::filesystem::exists(git / "objects" / "pack" / (orphan + ".pack")));
  EXPECT_FALSE(std::filesystem::exists(dir() / "index.sqlite.new"));
  EXPECT_TRUE(store.verify().ok());
}

TEST_F(StoreTest, APackWhoseCommitsTheBranchReachedIsKept) {
  Archive store = store_with_bundled_editions();
  const std::filesystem::path git = dir() / "git";
  // The writer died after the branch moved, before it removed its note.
  std::string pack;
  for (const auto& entry : std::filesystem::directory_iterator(git / "objects" / "pack")) {
    if (entry.path().extension() == ".pack") pack = entry.path().stem().string();
  }
  ASSERT_FALSE(pack.empty());
  const std::string head = test::read_file(git / "refs" / "heads" / "main").substr(0, 40);
  test::write_file(git / "kiv-publishing", head + " " + pack + "\n");
  EXPECT_EQ(store.verify().leftovers, std::vector<std::string>{"git/kiv-publishing"});
  const auto corrected = prepare_import(
      {"c.json", test::corrected_2022_2024("\"nl\": \"leefmilieu\"", "\"nl\": \"milieu\"")});
  store.import({corrected}, {kAuthor, ""});
  EXPECT_TRUE(std::filesystem::exists(git / "objects" / "pack" / (pack + ".pack")));
  EXPECT_TRUE(store.verify().ok());
}

TEST_F(StoreTest, TheIndexCatchesUpWithGitOnOpen) {
  put_git_one_commit_ahead_of_the_index();
  const Archive store = Archive::open(dir());
  EXPECT_EQ(store.index().resolve(parse_ref("kiv/2022-2024")).revision, 2);
  EXPECT_EQ(store.index().log(std::nullopt).size(), 3U);
}

TEST_F(StoreTest, TheIndexCatchesUpWhenTheBranchIsInPackedRefs) {
  put_git_one_commit_ahead_of_the_index();
  // As `git pack-refs --all` leaves it: the branch only in packed-refs.
  const auto loose = dir() / "git" / "refs" / "heads" / "main";
  const std::string head = test::read_file(loose).substr(0, 40);
  test::write_file(dir() / "git" / "packed-refs",
                   "# pack-refs with: peeled fully-peeled sorted \n" + head + " refs/heads/main\n");
  std::filesystem::remove(loose);
  ASSERT_EQ(git::read_main_ref(dir() / "git"), head);
  const Archive store = Archive::open(dir());
  EXPECT_EQ(store.index().resolve(parse_ref("kiv/2022-2024")).revision, 2);
  EXPECT_EQ(store.index().log(std::nullopt).size(), 3U);
}

TEST_F(StoreTest, AStoreWithACurrentIndexIsListedWithoutReadingGit) {
  const auto listed = store_with_bundled_editions().index().list();
  // Hide git's objects: what is answered from the index still is, and reading an edition fails.
  const auto objects = dir() / "git" / "objects";
  std::filesystem::rename(objects, dir() / "git" / "objects.hidden");
  const Archive store = Archive::open(dir());
  EXPECT_EQ(store.index().list().size(), listed.size());
  EXPECT_EQ(store.index().log(std::nullopt).size(), 2U);
  EXPECT_THROW(store.load(store.index().resolve(parse_ref("kiv/2022-2024"))), Error);
  std::filesystem::rename(dir() / "git" / "objects.hidden", objects);
  EXPECT_EQ(store.load(store.index().resolve(parse_ref("kiv/2022-2024"))).edition, "2022-2024");
}

// Every field of the edition, compared with load's.
void expect_same_edition(const Edition& from_index, const Edition& from_git) {
  EXPECT_EQ(from_index.series, from_git.series);
  EXPECT_EQ(from_index.edition, from_git.edition);
  EXPECT_EQ(from_index.title, from_git.title);
  EXPECT_EQ(from_index.period.has_value(), from_git.period.has_value());
  if (from_index.period && from_git.period) {
    EXPECT_EQ(from_index.period->from, from_git.period->from);
    EXPECT_EQ(from_index.period->to, from_git.period->to);
  }
  EXPECT_EQ(from_index.adopted, from_git.adopted);
  EXPECT_EQ(from_index.provenance.source_url, from_git.provenance.source_url);
  EXPECT_EQ(from_index.provenance.retrieved, from_git.provenance.retrieved);
  EXPECT_EQ(from_index.provenance.note, from_git.provenance.note);
  for (const Section section : kSections) {
    const std::vector<Item>& got = from_index.items(section);
    const std::vector<Item>& want = from_git.items(section);
    ASSERT_EQ(got.size(), want.size()) << section_name(section);
    for (std::size_t i = 0; i < want.size(); ++i) {
      SCOPED_TRACE(std::string(section_name(section)) + " " + std::to_string(want[i].rank));
      EXPECT_EQ(got[i].rank, want[i].rank);
      EXPECT_EQ(got[i].key, want[i].key);
      EXPECT_EQ(got[i].title, want[i].title);
      EXPECT_EQ(got[i].description, want[i].description);
      EXPECT_EQ(got[i].subtopics, want[i].subtopics);
    }
  }
}

TEST_F(StoreTest, AnEditionReadFromTheIndexIsWhatGitHolds) {
  Archive store = store_with_bundled_editions();
  std::vector<PreparedImport> demo;
  for (const char* edition : {"2001-2002", "2003-2004", "2005-2006", "2007-2008"}) {
    const auto path = test::test_data(std::string("series/demo/") + edition + ".json");
    demo.push_back(prepare_import({path.string(), test::read_file(path)}));
  }
  store.import(std::move(demo), {kAuthor, ""});
  store.import(
      {prepare_import({"c.json", test::corrected_2022_2024("\"nl\": \"overlast\"",
                                                           "\"nl\": \"openbare overlast\"")})},
      {kAuthor, ""});
  int compared = 0;
  bool saw_subtopics = false;
  bool saw_description = false;
  bool saw_provenance = false;
  for (const RevisionInfo& revision : store.index().log(std::nullopt)) {
    SCOPED_TRACE(revision.ref());
    const Edition from_git = store.load(revision);
    const Edition from_index = store.index().load(revision);
    expect_same_edition(from_index, from_git);
    // What kiv show --format json prints from the index is the revision's canonical JSON.
    EXPECT_EQ(to_canonical_json(from_index), store.canonical_json(revision));
    saw_provenance |= !from_git.provenance.source_url.empty() && !from_git.adopted.empty();
    for (const Section section : kSections) {
      for (const Item& item : from_git.items(section)) {
        saw_subtopics |= !item.subtopics.empty();
        saw_description |= !item.description.empty();
      }
    }
    ++compared;
  }
  EXPECT_EQ(compared, 7);
  EXPECT_TRUE(saw_subtopics);
  EXPECT_TRUE(saw_description);
  EXPECT_TRUE(saw_provenance);
  EXPECT_EQ(store.index()
                .load(store.index().resolve(parse_ref("kiv/2022-2024@1")))
                .priorities[9]
                .title.at("nl"),
            "overlast");
}

TEST_F(StoreTest, AnEditionIsReadFromTheIndexWithoutGit) {
  store_with_bundled_editions();
  std::filesystem::rename(dir() / "git" / "objects", dir() / "git" / "objects.hidden");
  const Archive store = Archive::open(dir());
  const Edition edition = store.index().load(store.index().resolve(parse_ref("kiv/2022-2024")));
  EXPECT_EQ(edition.priorities.size(), 10U);
  EXPECT_EQ(edition.themes.size(), 5U);
  EXPECT_EQ(edition.priorities[4].title.at("nl"), "cybercrime en cyber security");
  EXPECT_EQ(edition.languages(), std::vector<std::string>{"nl"});
}

TEST(ReadMainRef, ReadsALooseOrPackedBranchAndDeclinesEverythingElse) {
  const test::TempDir temp;
  const auto git = temp.path();
  const std::string id = "0123456789abcdef0123456789abcdef01234567";
  EXPECT_EQ(git::read_main_ref(git), std::nullopt);
  test::write_file(git / "packed-refs", id + " refs/heads/other\n^" + id + "\n");
  EXPECT_EQ(git::read_main_ref(git), std::nullopt);
  test::write_file(git / "packed-refs", id + " refs/heads/other\n" + id + " refs/heads/main\n");
  EXPECT_EQ(git::read_main_ref(git), id);
  std::filesystem::create_directories(git / "refs" / "heads");
  const std::string loose = "fedcba9876543210fedcba9876543210fedcba98";
  test::write_file(git / "refs" / "heads" / "main", loose + "\n");
  EXPECT_EQ(git::read_main_ref(git), loose);  // a loose ref wins over packed-refs
  test::write_file(git / "refs" / "heads" / "main", "ref: refs/heads/other\n");
  EXPECT_EQ(git::read_main_ref(git), std::nullopt);
  test::write_file(git / "refs" / "heads" / "main", "0123\n");
  EXPECT_EQ(git::read_main_ref(git), std::nullopt);
}

TEST_F(StoreTest, ALostIndexIsRebuiltFromGit) {
  const auto listed_before = store_with_bundled_editions().index().list();
  std::filesystem::remove(dir() / "index.sqlite");
  const Archive store = Archive::open(dir());
  const auto listed_after = store.index().list();
  ASSERT_EQ(listed_after.size(), listed_before.size());
  for (std::size_t i = 0; i < listed_after.size(); ++i) {
    EXPECT_EQ(listed_after[i].latest.commit, listed_before[i].latest.commit);
    EXPECT_EQ(listed_after[i].latest.imported_at, listed_before[i].latest.imported_at);
    EXPECT_EQ(listed_after[i].latest.imported_by, listed_before[i].latest.imported_by);
    EXPECT_EQ(listed_after[i].latest.source_sha256, listed_before[i].latest.source_sha256);
    EXPECT_EQ(listed_after[i].title, listed_before[i].title);
  }
}

TEST_F(StoreTest, OpeningACurrentStoreChangesNoFile) {
  store_with_bundled_editions();
  const auto before = test::snapshot(dir());
  { const Archive store = Archive::open(dir()); }
  EXPECT_EQ(test::snapshot(dir()), before);
}

}  // namespace
}  // namespace kiv
