// Taking an index's last revisions off (IndexDb::tail_of, remove_revisions_from), as a merging
// pull does before it indexes this store's commits recorded again.

#include <gtest/gtest.h>

#include "index/index_db.hpp"
#include "kiv/archive.hpp"
#include "kiv/search.hpp"
#include "support/editions.hpp"
#include "support/listing.hpp"
#include "support/temp_dir.hpp"

namespace kiv {
namespace {

constexpr const char* kAuthor = "An Archivist <an@example.org>";

class IndexTail : public ::testing::Test {
 protected:
  std::filesystem::path dir() const { return temp_.path() / "store"; }

  // The bundled editions, then a correction of kiv/2022-2024 (its revision 2).
  void make_store() {
    Archive store = Archive::open_or_create(dir());
    store.import({test::prepared_bundled("kiv/2016-2019.json"),
                  test::prepared_bundled("kiv/2022-2024.json")},
                 {kAuthor, ""});
    store.import({prepare_import({"c.json", test::corrected_2022_2024("\"nl\": \"leefmilieu\"",
                                                                      "\"nl\": \"milieuzorg\"")})},
                 {kAuthor, ""});
  }

  test::TempDir temp_;
};

TEST_F(IndexTail, TheLastRowsOfSomeCommitsAreATailAndEarlierOnesAreNot) {
  make_store();
  IndexDb db(dir() / "index.sqlite");
  const std::vector<RevisionInfo> revisions = db.revisions("kiv", "2022-2024");  // newest first
  ASSERT_EQ(revisions.size(), 2U);
  const std::optional<std::int64_t> first = db.tail_of({revisions[0].commit});
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(db.tail_of({revisions[1].commit}), std::nullopt);  // revision 2 follows it
  EXPECT_EQ(db.tail_of({}), *first + 1);                       // none: after the last row
}

TEST_F(IndexTail, RemovingTheLastRevisionListsAndSearchesTheOneBefore) {
  make_store();
  IndexDb db(dir() / "index.sqlite");
  const std::optional<std::int64_t> first =
      db.tail_of({db.revisions("kiv", "2022-2024").front().commit});
  ASSERT_TRUE(first.has_value());
  {
    IndexDb::Transaction transaction(db);
    db.remove_revisions_from(*first);
    transaction.commit();
  }
  const std::vector<EditionSummary> brief = db.list("", true);
  ASSERT_EQ(brief.size(), 2U);
  EXPECT_EQ(brief[1].latest.ref(), "kiv/2022-2024@1");
  EXPECT_EQ(test::brief_lines(brief), test::brief_lines(db.list("", false)));
  // The search table forgot the corrected texts with their rows.
  EXPECT_TRUE(db.search(SearchQuery{.text = "milieuzorg"}).empty());
  EXPECT_EQ(db.search(SearchQuery{.text = "leefmilieu"}).size(), 2U);
}

}  // namespace
}  // namespace kiv
