#include "index/migrations.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include "embedded.hpp"
#include "kiv/archive.hpp"
#include "kiv/edition_format.hpp"
#include "kiv/error.hpp"
#include "kiv/links.hpp"
#include "support/editions.hpp"
#include "support/lineage_editions.hpp"
#include "support/listing.hpp"
#include "support/old_index.hpp"
#include "support/store_snapshot.hpp"
#include "support/temp_dir.hpp"

namespace kiv {
namespace {

// Takes back migration 6's columns but the numbers of items.
#define kDropRevisionContents                                                                    \
  "ALTER TABLE revisions DROP COLUMN period_from; ALTER TABLE revisions DROP COLUMN period_to; " \
  "ALTER TABLE revisions DROP COLUMN adopted; ALTER TABLE revisions DROP COLUMN source_url; "    \
  "ALTER TABLE revisions DROP COLUMN retrieved; ALTER TABLE revisions DROP COLUMN note; "

class MigrationsTest : public ::testing::Test {
 protected:
  std::filesystem::path dir() const { return temp_.path() / "store"; }
  std::filesystem::path index() const { return dir() / "index.sqlite"; }

  void make_store() {
    Archive store = Archive::open_or_create(dir());
    store.import({test::prepared_bundled("kiv/2016-2019.json"),
                  test::prepared_bundled("kiv/2022-2024.json")},
                 {"A <a@example.org>", ""});
  }

  test::TempDir temp_;
};

TEST_F(MigrationsTest, AppliesEveryMigrationInOrderAndRecordsThem) {
  SQLite::Database db((temp_.path() / "new.sqlite").string(),
                      SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  EXPECT_EQ(schema_version(db), 0);
  migrate(db, "new.sqlite");
  EXPECT_EQ(schema_version(db), latest_schema_version());
  EXPECT_GE(latest_schema_version(), 2);
  EXPECT_EQ(db.execAndGet("SELECT COUNT(*) FROM schema_migrations").getInt(),
            static_cast<int>(embedded::migrations.size()));
  EXPECT_EQ(db.execAndGet("SELECT name FROM schema_migrations WHERE version = 1").getString(),
            "0001_initial.sql");
}

TEST_F(MigrationsTest, AStoreMadeWithTheFirstSchemaIsMigratedOnOpenAndKeepsItsData) {
  make_store();
  {
    // Take the index back to what the first schema made: without migration 2 and its index.
    SQLite::Database db(index().string(), SQLite::OPEN_READWRITE);
    db.exec(KIV_UNDO_MIGRATION_SEVEN
            "DROP INDEX items_by_key; ALTER TABLE items DROP COLUMN subtopics; DROP TABLE links; "
            "DROP TABLE item_search; ALTER TABLE revisions DROP COLUMN priorities; "
            "ALTER TABLE revisions DROP COLUMN themes; " kDropRevisionContents
            "DELETE FROM schema_migrations WHERE version > 1");
    ASSERT_EQ(schema_version(db), 1);
  }
  const Archive store = Archive::open(dir());
  EXPECT_EQ(store.index().list().size(), 2U);
  SQLite::Database db(index().string());
  EXPECT_EQ(schema_version(db), latest_schema_version());
  EXPECT_EQ(
      db.execAndGet("SELECT COUNT(*) FROM sqlite_master WHERE name = 'items_by_key'").getInt(), 1);
  EXPECT_EQ(db.execAndGet("SELECT COUNT(*) FROM items i JOIN item_keys k ON k.id = i.key_id"
                          " WHERE k.key = 'cybercrime'")
                .getInt(),
            2);
}

TEST_F(MigrationsTest, MigrationThreeIndexesTheSubtopicsOfAStoreMadeBeforeIt) {
  make_store();
  {
    Edition next = test::bundled_edition("kiv/2022-2024.json");
    next.edition = "2025-2027";
    next.period = Period{2025, 2027};
    next.priorities[0].subtopics = {LangText{{"nl", "radicalisering"}},
                                    LangText{{"nl", "polarisering"}}};
    Archive store = Archive::open(dir());
    store.import({prepare_import({"2025-2027.json", to_canonical_json(next)})},
                 {"A <a@example.org>", ""});
  }
  {
    // Take the index back to schema 2: items without their subtopics.
    SQLite::Database db(index().string(), SQLite::OPEN_READWRITE);
    db.exec(KIV_UNDO_MIGRATION_SEVEN
            "ALTER TABLE items DROP COLUMN subtopics; DROP TABLE links; DROP TABLE item_search; "
            "ALTER TABLE revisions DROP COLUMN priorities; ALTER TABLE revisions DROP COLUMN "
            "themes; " kDropRevisionContents "DELETE FROM schema_migrations WHERE version > 2");
    ASSERT_EQ(schema_version(db), 2);
  }
  const Archive store = Archive::open(dir());
  EXPECT_EQ(store.index().list().size(), 3U);
  SQLite::Database db(index().string());
  EXPECT_EQ(schema_version(db), latest_schema_version());
  // Each revision indexed once, its items with their subtopics.
  EXPECT_EQ(db.execAndGet("SELECT COUNT(*) FROM revisions").getInt(), 3);
  EXPECT_EQ(db.execAndGet("SELECT subtopics FROM items WHERE subtopics <> '[]'").getString(),
            R"(["radicalisering","polarisering"])");
  EXPECT_EQ(db.execAndGet("SELECT COUNT(*) FROM items WHERE subtopics NOT LIKE '[%]'").getInt(), 0);
}

TEST_F(MigrationsTest, MigrationSixReindexesAStoreMadeBeforeItWithWholeRevisions) {
  make_store();
  {
    // Take the index back to schema 5: revisions without their numbers of items.
    SQLite::Database db(index().string(), SQLite::OPEN_READWRITE);
    db.exec(KIV_UNDO_MIGRATION_SEVEN
            "ALTER TABLE revisions DROP COLUMN priorities; ALTER TABLE revisions DROP COLUMN "
            "themes; " kDropRevisionContents "DELETE FROM schema_migrations WHERE version > 5");
    ASSERT_EQ(schema_version(db), 5);
  }
  const Archive store = Archive::open(dir());
  const std::vector<EditionSummary> editions = store.index().list();
  ASSERT_EQ(editions.size(), 2U);
  for (const EditionSummary& edition : editions) {
    EXPECT_EQ(edition.priorities, 10) << edition.edition;
    EXPECT_EQ(edition.themes, 5) << edition.edition;
    EXPECT_EQ(store.index().load(edition.latest).adopted, store.load(edition.latest).adopted);
  }
  EXPECT_TRUE(store.verify().ok());
}

TEST_F(MigrationsTest, MigrationSevenIndexesTheItemsTextsOnceAndSearchStillFindsThem) {
  make_store();
  {
    SQLite::Database db(index().string(), SQLite::OPEN_READWRITE);
    db.exec(KIV_UNDO_MIGRATION_SEVEN);
    ASSERT_EQ(schema_version(db), 6);
  }
  const Archive store = Archive::open(dir());
  EXPECT_EQ(store.index().list().size(), 2U);
  SQLite::Database db(index().string());
  EXPECT_EQ(schema_version(db), latest_schema_version());
  // No copy of the texts beside the items: the search table's content is the items table.
  EXPECT_FALSE(db.tableExists("item_search_content"));
  EXPECT_EQ(db.execAndGet("SELECT COUNT(*) FROM item_search").getInt(),
            db.execAndGet("SELECT COUNT(*) FROM items").getInt());
  EXPECT_EQ(db.execAndGet("SELECT COUNT(*) FROM item_search WHERE item_search MATCH 'cybercrime'")
                .getInt(),
            2);
  // Each row's id says where it is (search_rowid): its columns decode it the same way.
  EXPECT_EQ(db.execAndGet("SELECT COUNT(*) FROM items WHERE id <> ((revision_id << 32) | "
                          "(((unicode(lang) - 97) * 26 + unicode(substr(lang, 2)) - 97) << 22) | "
                          "((section = 'themes') << 21) | rank)")
                .getInt(),
            0);
  EXPECT_EQ(
      db.execAndGet("SELECT COUNT(*) FROM items WHERE lang = 'nl' AND section = 'themes'").getInt(),
      10);
  EXPECT_TRUE(store.verify().ok());
}

TEST_F(MigrationsTest, MigrationEightWritesEachKeyOnceAndKeepsTheIndexedData) {
  make_store();
  const auto editions = [&] {
    const Archive archive = Archive::open(dir());  // catching up after migration 9
    const Index& index = archive.index();
    std::vector<std::string> json;
    for (const EditionSummary& edition : index.list())
      json.push_back(to_canonical_json(index.load(edition.latest)));
    return json;
  };
  const std::vector<std::string> before = editions();
  ASSERT_EQ(before.size(), 2U);
  int rows = 0;
  {
    SQLite::Database db(index().string(), SQLite::OPEN_READWRITE);
    db.exec(KIV_UNDO_MIGRATION_EIGHT);
    ASSERT_EQ(schema_version(db), 7);
    rows = db.execAndGet("SELECT COUNT(*) FROM items").getInt();
    // The migration alone, without the catch-up from git that opening a store would add.
    migrate(db, index(), 8);  // migration 9 empties the index for a catch-up from git
    EXPECT_EQ(schema_version(db), 8);
    EXPECT_EQ(db.execAndGet("SELECT COUNT(*) FROM items").getInt(), rows);
    EXPECT_EQ(db.execAndGet("SELECT COUNT(*) FROM item_keys").getInt(),
              db.execAndGet("SELECT COUNT(DISTINCT key_id) FROM items").getInt());
    EXPECT_EQ(db.execAndGet("SELECT COUNT(*) FROM items WHERE subtopics = '[]'").getInt(), 0);
  }
  EXPECT_EQ(editions(), before);
  EXPECT_TRUE(Archive::open_as_is(dir()).verify().ok());
}

// Migration nine adds each revision's document; the index is made again from git, which has
// them for revisions recorded since.
TEST_F(MigrationsTest, MigrationNineIndexesEachRevisionsDocumentFromGit) {
  make_store();
  {
    SQLite::Database db(index().string(), SQLite::OPEN_READWRITE);
    db.exec(KIV_UNDO_MIGRATION_NINE);
    ASSERT_EQ(schema_version(db), 8);
  }
  const Archive store = Archive::open(dir());
  const std::vector<EditionSummary> editions = store.index().list();
  ASSERT_EQ(editions.size(), 2U);
  EXPECT_EQ(editions[0].latest.media_type, "application/json");
  EXPECT_EQ(editions[0].latest.document_languages, std::vector<std::string>{"nl"});
  EXPECT_GT(editions[0].latest.source_size, 0);
  EXPECT_TRUE(store.verify().ok());
}

// Migration ten adds the in-force columns; what was indexed stays, and the index still agrees
// with git (verify compares them column by column).
TEST_F(MigrationsTest, MigrationTenAddsWhenEditionsAreInForceAndKeepsTheIndexedData) {
  make_store();
  {
    SQLite::Database db(index().string(), SQLite::OPEN_READWRITE);
    db.exec(KIV_UNDO_MIGRATION_TEN);
    ASSERT_EQ(schema_version(db), 9);
  }
  const Archive store = Archive::open(dir());
  const std::vector<EditionSummary> editions = store.index().list();
  ASSERT_EQ(editions.size(), 2U);
  EXPECT_TRUE(editions[0].in_force.empty());
  EXPECT_EQ(editions[0].latest.media_type, "application/json");
  EXPECT_TRUE(store.verify().ok());
}

// Migration thirteen keeps what a listing shows on each edition's row, filled from the rows
// the index has: the brief listing is the one an index made with the migration gives, and
// verify (which compares the edition rows with an index built from git) finds nothing.
TEST_F(MigrationsTest, MigrationThirteenFillsTheListingOfEveryEditionFromTheIndexedRows) {
  make_store();
  {
    Archive store = Archive::open(dir());
    Edition later = test::edition_without_dutch("2025-2027", {2025, 2027});
    later.in_force = {"2025-01-01", "2027-12-31", "2028-06-30", ""};
    store.import({prepare_import({"later.json", to_canonical_json(later)})},
                 {"A <a@example.org>", ""});
  }
  const std::vector<std::string> before =
      test::brief_lines(Archive::open(dir()).index().list(Index::Listing::brief));
  ASSERT_EQ(before.size(), 3U);
  {
    SQLite::Database db(index().string(), SQLite::OPEN_READWRITE);
    db.exec(KIV_UNDO_MIGRATION_THIRTEEN);
    ASSERT_EQ(schema_version(db), 12);
  }
  const Archive store = Archive::open(dir());
  EXPECT_EQ(test::brief_lines(store.index().list(Index::Listing::brief)), before);
  EXPECT_TRUE(store.verify().ok());
}

// The versions recorded in `db`, in order.
std::vector<int> recorded_versions(SQLite::Database& db) {
  std::vector<int> versions;
  SQLite::Statement query(db, "SELECT version FROM schema_migrations ORDER BY version");
  while (query.executeStep()) versions.push_back(query.getColumn(0).getInt());
  return versions;
}

TEST_F(MigrationsTest, VersionsComeFromTheFileNamesAndMayHaveGaps) {
  const std::vector<EmbeddedFile> gapped = {{"0001_a.sql", "CREATE TABLE a (x);"},
                                            {"0003_c.sql", "CREATE TABLE c (x);"}};
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
  migrate(db, "gap.sqlite", gapped, 3);
  EXPECT_EQ(schema_version(db), 3);
  EXPECT_EQ(recorded_versions(db), (std::vector<int>{1, 3}));
  EXPECT_TRUE(db.tableExists("a"));
  EXPECT_TRUE(db.tableExists("c"));
}

TEST_F(MigrationsTest, AMigrationThatFillsAGapIsAppliedWhenItComes) {
  // A store migrated by a program with 0001 and 0003, opened by one that also has 0002.
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
  migrate(db, "gap.sqlite",
          {{"0001_a.sql", "CREATE TABLE a (x);"}, {"0003_c.sql", "CREATE TABLE c (x);"}}, 3);
  const std::vector<EmbeddedFile> filled = {{"0001_a.sql", "CREATE TABLE a (x);"},
                                            {"0002_b.sql", "CREATE TABLE b (x);"},
                                            {"0003_c.sql", "CREATE TABLE c (x);"}};
  migrate(db, "gap.sqlite", filled, 3);
  EXPECT_EQ(recorded_versions(db), (std::vector<int>{1, 2, 3}));
  EXPECT_TRUE(db.tableExists("b"));
  // Nothing is applied twice (CREATE TABLE would fail).
  migrate(db, "gap.sqlite", filled, 3);
  EXPECT_EQ(recorded_versions(db), (std::vector<int>{1, 2, 3}));
}

TEST_F(MigrationsTest, EveryCompiledInMigrationIsRecordedUnderItsFileNumber) {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
  migrate(db, "new.sqlite");
  std::vector<int> expected;
  for (const EmbeddedFile& migration : embedded::migrations) {
    expected.push_back(std::stoi(std::string(migration.name.substr(0, 4))));
  }
  EXPECT_EQ(recorded_versions(db), expected);
  EXPECT_EQ(schema_version(db), latest_schema_version());
  EXPECT_TRUE(db.tableExists("links"));
}

TEST_F(MigrationsTest, MigrationFiveIndexesTheLinksOfAStoreMadeBeforeIt) {
  {
    Archive store = Archive::open_or_create(dir());
    store.import({prepare_import({"old.json", test::lineage_old_json()}),
                  prepare_import({"new.json", test::lineage_new_json()})},
                 {"A <a@example.org>", ""});
    link(store, {"t", "2010-2012", "fietsdiefstal", "2013-2015", "tweewielers", LinkKind::renamed});
  }
  {
    // Take the index back to before migration 5: no links table, and that version unrecorded.
    SQLite::Database db(index().string(), SQLite::OPEN_READWRITE);
    db.exec("DROP TABLE links; DELETE FROM schema_migrations WHERE version = 5");
  }
  const Archive store = Archive::open(dir());
  ASSERT_EQ(curated_links(store.index(), "t").size(), 1U);
  EXPECT_EQ(curated_links(store.index(), "t")[0].to_key, "tweewielers");
  SQLite::Database db(index().string());
  EXPECT_EQ(db.execAndGet("SELECT COUNT(*) FROM revisions").getInt(), 2);
}

TEST_F(MigrationsTest, AStoreWithANewerSchemaIsRefusedAndLeftUntouched) {
  make_store();
  {
    SQLite::Database db(index().string(), SQLite::OPEN_READWRITE);
    db.exec(
        "INSERT INTO schema_migrations VALUES (999, '0999_future.sql', '2030-01-01T00:00:00Z')");
  }
  const auto before = test::snapshot(dir());
  try {
    Archive::open(dir());
    FAIL() << "opened a store of a newer schema";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::store);
    EXPECT_NE(std::string(e.what()).find("schema version 999, newer than this kiv knows"),
              std::string::npos);
  }
  EXPECT_EQ(test::snapshot(dir()), before);
}

}  // namespace
}  // namespace kiv
