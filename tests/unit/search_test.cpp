// kiv::search over the bundled editions and a made-up one with descriptions, subtopics and two
// languages (tests/data/search/kiv-2025-2027.json); the index's search rows under migration,
// rebuild and verify.

#include "kiv/search.hpp"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include "index/migrations.hpp"
#include "kiv/edition_format.hpp"
#include "kiv/error.hpp"
#include "support/editions.hpp"
#include "support/listing.hpp"
#include "support/old_index.hpp"
#include "support/store_damage.hpp"
#include "support/temp_dir.hpp"

namespace kiv {
namespace {

using test::prepared_bundled;

constexpr const char* kAuthor = "An Archivist <an@example.org>";

PreparedImport prepared_test_edition() {
  const auto path = test::test_data("search/kiv-2025-2027.json");
  return prepare_import({path.string(), test::read_file(path)});
}

class SearchTest : public ::testing::Test {
 protected:
  std::filesystem::path dir() const { return temp_.path() / "store"; }

  // The bundled editions and the test edition kiv/2025-2027.
  void import_all() {
    Archive::open_or_create(dir()).import(
        {prepared_bundled("kiv/2016-2019.json"), prepared_bundled("kiv/2022-2024.json"),
         prepared_test_edition()},
        {kAuthor, ""});
  }

  void import_correction() {
    Archive::open(dir()).import(
        {prepare_import({"corrected.json", test::corrected_overlast_2022_2024()})}, {kAuthor, ""});
  }

  std::vector<SearchHit> find(SearchQuery query) const {
    return search(Archive::open(dir()).index(), query);
  }
  std::vector<SearchHit> find(const std::string& text) const {
    return find(SearchQuery{.text = text});
  }

  test::TempDir temp_;
};

// Each hit as "REF SECTION RANK LANG", e.g. "kiv/2022-2024@1 priorities 5 nl".
std::vector<std::string> places(const std::vector<SearchHit>& hits) {
  std::vector<std::string> out;
  for (const SearchHit& hit : hits) {
    out.push_back(hit.revision.ref() + " " + std::string(section_name(hit.section)) + " " +
                  std::to_string(hit.rank) + " " + hit.lang);
  }
  return out;
}

std::string stars(const MarkedText& text) { return marked(text, "**", "**"); }

// The message of the Error that searching throws, checking its kind; "no error" when none.
std::string search_error(const Archive& store, const SearchQuery& query, ErrorKind kind) {
  try {
    search(store.index(), query);
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), kind) << e.what();
    return e.what();
  }
  return "no error";
}

TEST(SearchQueryLanguage, WordsPhrasesPrefixesOperatorsAndColumnsBecomeFts5) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      // A word finds itself, and the words it begins: ("w" OR "w"*), joined by AND.
      {"cybercrime", R"(("cybercrime" OR "cybercrime"*))"},
      {"  cyber   security ", R"(("cyber" OR "cyber"*) AND ("security" OR "security"*))"},
      {"drugs*", R"("drugs"*)"},
      {"drugs**", R"("drugs"*)"},
      {R"("cyber security")", R"("cyber security")"},
      {R"("cyber sec"*)", R"("cyber sec"*)"},
      {"terrorisme OR extremisme",
       R"(("terrorisme" OR "terrorisme"*) OR ("extremisme" OR "extremisme"*))"},
      {"fraude NOT sociale", R"(("fraude" OR "fraude"*) NOT ("sociale" OR "sociale"*))"},
      {"a AND (b OR c)", R"(("a" OR "a"*) AND (("b" OR "b"*) OR ("c" OR "c"*)))"},
      {R"(drugs "cyber security")", R"(("drugs" OR "drugs"*) AND "cyber security")"},
      {"title:drugs", R"(title : ("drugs" OR "drugs"*))"},
      {"description:(a OR b)", R"(description : (("a" OR "a"*) OR ("b" OR "b"*)))"},
      {R"(subtopics:"a b")", R"(subtopics : "a b")"},
      // What FTS5 would read as syntax is searched as part of a word.
      {"cyber-security", R"(("cyber-security" OR "cyber-security"*))"},
      {"l'extrémisme", R"(("l'extrémisme" OR "l'extrémisme"*))"},
      {"and or not", R"(("and" OR "and"*) AND ("or" OR "or"*) AND ("not" OR "not"*))"},
      {"^drugs +b", R"(("^drugs" OR "^drugs"*) AND ("+b" OR "+b"*))"},
      {"NEAR", R"(("NEAR" OR "NEAR"*))"},
      {"lang:nl", R"(("lang:nl" OR "lang:nl"*))"},
      // Left for FTS5 to refuse.
      {R"("unbalanced)", R"("unbalanced)"},
      {"AND", "AND"},
      {"", ""},
  };
  for (const auto& [text, fts5] : cases) EXPECT_EQ(to_fts5_query(text), fts5) << text;
}

TEST_F(SearchTest, FindsTheTitlesOfTheBundledEditions) {
  import_all();
  const auto hits = find("cybercrime");
  ASSERT_EQ(places(hits), (std::vector<std::string>{"kiv/2025-2027@1 priorities 2 nl",
                                                    "kiv/2022-2024@1 priorities 5 nl",
                                                    "kiv/2016-2019@1 priorities 5 nl"}));
  EXPECT_EQ(hits[1].key, "cybercrime");
  EXPECT_EQ(hits[1].title, "cybercrime en cyber security");
  EXPECT_EQ(stars(hits[1].marked_title), "**cybercrime** en cyber security");
  EXPECT_EQ(hits[1].snippet_source, SnippetSource::title);
  EXPECT_EQ(stars(hits[1].snippet), "**cybercrime** en cyber security");
  EXPECT_EQ(hits[1].revision.series, "kiv");
  EXPECT_EQ(hits[1].revision.edition, "2022-2024");
  EXPECT_FALSE(hits[1].revision.commit.empty());
  EXPECT_GT(hits[1].score, 0.0);
}

// Inflections: a word finds the words of its Snowball stem that it does not begin, in every
// language kiv stems, and only in the one asked for when a language is.
TEST_F(SearchTest, AWordFindsTheOtherFormsOfItsStem) {
  import_all();
  // nl: radicaliseringen -> radicaliser, the stem of radicalisering.
  EXPECT_EQ(places(find("radicaliseringen")),
            (std::vector<std::string>{"kiv/2022-2024@1 priorities 1 nl",
                                      "kiv/2016-2019@1 priorities 1 nl"}));
  EXPECT_EQ(stars(find("radicaliseringen")[0].marked_title),
            "**radicalisering**, gewelddadig extremisme en terrorisme");
  EXPECT_EQ(places(find(SearchQuery{.text = "radicaliseringen", .lang = "nl"})).size(), 2U);
  // Not a stem of French: asked in French, the Dutch form is no relative.
  EXPECT_TRUE(find(SearchQuery{.text = "radicaliseringen", .lang = "fr"}).empty());
  // A phrase is its words, a prefix its start: neither is stemmed.
  EXPECT_TRUE(find("\"radicaliseringen\"").empty());
  EXPECT_TRUE(find("radicaliseringen*").empty());
}

// One stemmer per query: two would pair words of two languages that only look alike.
TEST_F(SearchTest, WordsAreStemmedInTheLanguageAskedForElseTheStoresDefault) {
  Edition french = test::edition_without_dutch("2025-2027", {2025, 2027});
  french.priorities[0].title = {{"fr", "la politique criminelle"}, {"de", "Kriminalpolitik"}};
  Archive::open_or_create(dir()).import({prepared_bundled("kiv/2022-2024.json"),
                                         prepare_import({"fr.json", to_canonical_json(french)})},
                                        {kAuthor, ""});
  // Dutch, the store's default: politie (police) -> politie, politique -> politiqu.
  EXPECT_TRUE(find("politie").empty());
  // French, asked for: both -> polit.
  EXPECT_EQ(places(find(SearchQuery{.text = "politie", .lang = "fr"})),
            std::vector<std::string>{"kiv/2025-2027@1 priorities 1 fr"});
}

TEST_F(SearchTest, EnglishFormsThatDoNotBeginAlikeShareTheirStem) {
  Edition edition = test::bundled_edition("kiv/2022-2024.json");
  edition.edition = "2031-2033";
  edition.period = Period{2031, 2033};
  edition.title = {{"en", "Framework note 2031-2033"}};
  for (std::vector<Item>* items : {&edition.priorities, &edition.themes}) {
    for (Item& item : *items) {
      item.title = {{"en", "theme " + std::to_string(item.rank)}};
      item.description.clear();
      item.subtopics.clear();
    }
  }
  edition.priorities[0].title = {{"en", "policies that are dying"}};
  edition.priorities[1].title = {{"en", "political parties"}};
  Archive::open_or_create(dir()).import({prepare_import({"en.json", to_canonical_json(edition)})},
                                        {kAuthor, ""});
  // Porter2: policy and policies -> polici; but political -> polit, another stem.
  EXPECT_EQ(places(find("policy")), std::vector<std::string>{"kiv/2031-2033@1 priorities 1 en"});
  EXPECT_EQ(stars(find("policy")[0].marked_title), "**policies** that are dying");
  EXPECT_EQ(places(find(SearchQuery{.text = "policy", .lang = "en"})).size(), 1U);
  // Four letters or fewer find what they begin only: dies (-> die) is not found by its stem.
  EXPECT_TRUE(find("dies").empty());
}

TEST_F(SearchTest, DiacriticsAndCaseAreIgnoredBothWays) {
  import_all();
  // The bundled titles write "geïntegreerd"; the test edition's description "geintegreerde",
  // which the word begins, found after the titles that have the word itself. The longer word
  // finds the shorter by their stem (nl: geintegreerd), in titles first, which count for more
  // than a description, where it is itself.
  for (const char* query : {"geintegreerd", "geïntegreerd", "GEÏNTEGREERD", "géintégreerd",
                            "geïntegreerde", "geintegreerde"}) {
    const auto hits = find(query);
    ASSERT_EQ(places(hits), (std::vector<std::string>{"kiv/2022-2024@1 priorities 3 nl",
                                                      "kiv/2016-2019@1 priorities 3 nl",
                                                      "kiv/2025-2027@1 priorities 1 nl"}))
        << query;
    EXPECT_EQ(stars(hits[0].marked_title),
              "geactualiseerd integraal en **geïntegreerd** drugsbeleid");
    EXPECT_EQ(stars(hits[2].snippet),
              "Een **geintegreerde** aanpak, geschreven zonder trema, van productie en handel.");
  }
  EXPECT_EQ(places(find("intégrée")), std::vector<std::string>{"kiv/2025-2027@1 priorities 1 fr"});
}

TEST_F(SearchTest, APrefixFindsEveryWordThatBeginsSo) {
  import_all();
  EXPECT_EQ(places(find("drugs*")), (std::vector<std::string>{"kiv/2025-2027@1 priorities 1 nl",
                                                              "kiv/2022-2024@1 priorities 3 nl",
                                                              "kiv/2016-2019@1 priorities 3 nl"}));
  EXPECT_EQ(stars(find("drugsb*")[0].marked_title),
            "geactualiseerd integraal en geïntegreerd **drugsbeleid**");
  // Without the star, a word finds the words it begins too (as the site's search does), and
  // the items that have the word itself come first.
  EXPECT_EQ(places(find("drugsb")), (std::vector<std::string>{"kiv/2022-2024@1 priorities 3 nl",
                                                              "kiv/2016-2019@1 priorities 3 nl"}));
  EXPECT_EQ(places(find("drugsbeleidx")), std::vector<std::string>{});
  EXPECT_EQ(places(find(R"("cyber sec"*)")),
            std::vector<std::string>{"kiv/2022-2024@1 priorities 5 nl"});
}

TEST_F(SearchTest, APhraseFindsItsWordsInOrderAndSideBySide) {
  import_all();
  const auto phrase = find(R"("cyber security")");
  ASSERT_EQ(places(phrase), std::vector<std::string>{"kiv/2022-2024@1 priorities 5 nl"});
  EXPECT_EQ(stars(phrase[0].marked_title), "cybercrime en **cyber security**");
  EXPECT_EQ(places(find(R"("security cyber")")), std::vector<std::string>{});
  EXPECT_EQ(places(find(R"("cybercrime security")")), std::vector<std::string>{});
  // Words without quotes must all be found, anywhere in the item.
  EXPECT_EQ(places(find("security cybercrime")),
            std::vector<std::string>{"kiv/2022-2024@1 priorities 5 nl"});
  // Punctuation in a word makes a phrase of its parts.
  EXPECT_EQ(places(find("cyber-security")),
            std::vector<std::string>{"kiv/2022-2024@1 priorities 5 nl"});
  EXPECT_EQ(places(find("l'extrémisme")),
            std::vector<std::string>{"kiv/2025-2027@1 priorities 4 fr"});
}

TEST_F(SearchTest, TitleHitsOutrankDescriptionHitsAndEqualHitsGoNewestFirst) {
  import_all();
  EXPECT_EQ(places(find("fraude")), (std::vector<std::string>{
                                        "kiv/2025-2027@1 priorities 3 fr",  // titles
                                        "kiv/2025-2027@1 priorities 3 nl",
                                        "kiv/2022-2024@1 priorities 4 nl",
                                        "kiv/2016-2019@1 priorities 4 nl",
                                        "kiv/2025-2027@1 priorities 2 fr",  // descriptions
                                        "kiv/2025-2027@1 priorities 2 nl",
                                    }));
  // A long title against a short description: the title still wins.
  Edition edition = test::bundled_edition("kiv/2022-2024.json");
  edition.edition = "2028-2030";
  edition.period = Period{2028, 2030};
  edition.priorities[0].description = {{"nl", "naaldwerk"}};
  edition.priorities[1].title = {
      {"nl", "een heel lange titel over het naaldwerk van de openbare orde"}};
  Archive::open(dir()).import({prepare_import({"2028-2030.json", to_canonical_json(edition)})},
                              {kAuthor, ""});
  const auto hits = find("naaldwerk");
  EXPECT_EQ(places(hits), (std::vector<std::string>{"kiv/2028-2030@1 priorities 2 nl",
                                                    "kiv/2028-2030@1 priorities 1 nl"}));
  ASSERT_EQ(hits.size(), 2U);
  EXPECT_GT(hits[0].score, hits[1].score);
}

TEST_F(SearchTest, AlternativesWeighTheRarerWordMore) {
  import_all();
  // "terrorisme" is in two titles, "cybersecurity" in one, the oldest: in an OR, the rarer
  // counts for more (with equal weights the newest revision would come first).
  EXPECT_EQ(places(find("terrorisme OR cybersecurity")),
            (std::vector<std::string>{"kiv/2016-2019@1 priorities 5 nl",
                                      "kiv/2022-2024@1 priorities 1 nl",
                                      "kiv/2016-2019@1 priorities 1 nl"}));
}

TEST_F(SearchTest, TheSnippetShowsTheHitsInTheDescriptionOrTheSubtopics) {
  import_all();
  const auto described = find(SearchQuery{.text = "fraude", .lang = "nl"});
  ASSERT_EQ(described.size(), 4U);
  EXPECT_EQ(described.back().snippet_source, SnippetSource::description);
  EXPECT_EQ(stars(described.back().marked_title), "cybercrime");
  EXPECT_EQ(stars(described.back().snippet), "Online **fraude** tegen burgers.");

  const auto subtopic = find("opvang");
  ASSERT_EQ(places(subtopic), std::vector<std::string>{"kiv/2025-2027@1 themes 1 nl"});
  EXPECT_EQ(subtopic[0].snippet_source, SnippetSource::subtopics);
  EXPECT_EQ(stars(subtopic[0].snippet), "**opvang** van slachtoffers");
  EXPECT_EQ(subtopic[0].key, "slachtoffers");

  // Subtopics are joined with "; "; hits side by side are one.
  const auto joined = find(SearchQuery{.text = "gewelddadig extremisme", .lang = "nl"});
  EXPECT_EQ(stars(joined.back().snippet),
            "intrafamiliaal geweld; seksueel geweld; **gewelddadig extremisme**");

  // A long description is cut around its hits.
  Edition edition = test::bundled_edition("kiv/2022-2024.json");
  edition.edition = "2028-2030";
  edition.period = Period{2028, 2030};
  std::string words;
  for (int i = 0; i < 40; ++i) words += "woord" + std::to_string(i) + " ";
  edition.priorities[0].description = {{"nl", words + "naald " + words}};
  Archive::open(dir()).import({prepare_import({"2028-2030.json", to_canonical_json(edition)})},
                              {kAuthor, ""});
  const std::string cut = stars(find("naald")[0].snippet);
  EXPECT_NE(cut.find("**naald**"), std::string::npos) << cut;
  EXPECT_EQ(cut.rfind("…", 0), 0U) << cut;
  EXPECT_LT(cut.size(), 200U) << cut;
}

TEST_F(SearchTest, ColumnFiltersAndNot) {
  import_all();
  EXPECT_EQ(places(find("description:fraude")),
            (std::vector<std::string>{"kiv/2025-2027@1 priorities 2 fr",
                                      "kiv/2025-2027@1 priorities 2 nl"}));
  EXPECT_EQ(places(find("title:extremisme")),
            (std::vector<std::string>{"kiv/2022-2024@1 priorities 1 nl",
                                      "kiv/2016-2019@1 priorities 1 nl"}));
  EXPECT_EQ(places(find("subtopics:extremisme")),
            (std::vector<std::string>{"kiv/2025-2027@1 priorities 4 fr",
                                      "kiv/2025-2027@1 priorities 4 nl"}));
  EXPECT_EQ(places(find(SearchQuery{.text = "fraude NOT sociale", .lang = "nl"})),
            std::vector<std::string>{"kiv/2025-2027@1 priorities 2 nl"});
}

TEST_F(SearchTest, OnlyTheLatestRevisionsUnlessAllRevisionsAreAsked) {
  import_all();
  import_correction();
  EXPECT_EQ(places(find("overlast")),
            (std::vector<std::string>{"kiv/2022-2024@2 priorities 10 nl",
                                      "kiv/2016-2019@1 priorities 10 nl"}));
  SearchQuery all{.text = "overlast"};
  all.all_revisions = true;
  EXPECT_EQ(places(find(all)), (std::vector<std::string>{"kiv/2022-2024@2 priorities 10 nl",
                                                         "kiv/2022-2024@1 priorities 10 nl",
                                                         "kiv/2016-2019@1 priorities 10 nl"}));
  EXPECT_EQ(places(find("openbare")), std::vector<std::string>{"kiv/2022-2024@2 priorities 10 nl"});
  // The superseded revision's other items are not found twice.
  // (Quoted: the word itself, not the words it begins.)
  EXPECT_EQ(places(find(R"("cyber")")),
            std::vector<std::string>{"kiv/2022-2024@2 priorities 5 nl"});
  all.text = R"("cyber")";
  EXPECT_EQ(places(find(all)), (std::vector<std::string>{"kiv/2022-2024@2 priorities 5 nl",
                                                         "kiv/2022-2024@1 priorities 5 nl"}));
}

TEST_F(SearchTest, FiltersByLanguage) {
  import_all();
  EXPECT_EQ(places(find(SearchQuery{.text = "fraude", .lang = "fr"})),
            (std::vector<std::string>{"kiv/2025-2027@1 priorities 3 fr",
                                      "kiv/2025-2027@1 priorities 2 fr"}));
  EXPECT_EQ(find(SearchQuery{.text = "fraude", .lang = "nl"}).size(), 4U);
  const Archive store = Archive::open(dir());
  EXPECT_EQ(search_error(store, {.text = "fraude", .lang = "de"}, ErrorKind::input),
            "no edition of the store has texts in 'de'; its languages: fr, nl");
  EXPECT_EQ(search_error(store, {.text = "fraude", .lang = "NL"}, ErrorKind::input),
            "'NL' is not a language code; expected two lowercase letters, such as nl or fr");
}

TEST_F(SearchTest, FiltersBySeries) {
  import_all();
  const Archive store = Archive::open(dir());
  EXPECT_EQ(search(store.index(), {.text = "fraude", .series = "kiv"}).size(), 6U);
  EXPECT_EQ(search_error(store, {.text = "fraude", .series = "ncsi"}, ErrorKind::not_found),
            "no series 'ncsi' in the store; its series: kiv");
  Edition other = test::bundled_edition("kiv/2022-2024.json");
  other.series = "ncsi";
  Archive::open(dir()).import({prepare_import({"ncsi.json", to_canonical_json(other)})},
                              {kAuthor, ""});
  EXPECT_EQ(places(find(SearchQuery{.text = R"("cyber")", .series = "ncsi"})),
            std::vector<std::string>{"ncsi/2022-2024@1 priorities 5 nl"});
  EXPECT_EQ(places(find(SearchQuery{.text = R"("cyber")", .series = "kiv"})),
            std::vector<std::string>{"kiv/2022-2024@1 priorities 5 nl"});
  EXPECT_EQ(find(R"("cyber")").size(), 2U);
  SearchQuery all{.text = R"("cyber")", .series = "ncsi"};
  all.all_revisions = true;
  EXPECT_EQ(places(find(all)), std::vector<std::string>{"ncsi/2022-2024@1 priorities 5 nl"});
}

TEST_F(SearchTest, TheLimitKeepsTheBestHits) {
  import_all();
  SearchQuery query{.text = "fraude"};
  query.limit = 2;
  EXPECT_EQ(places(find(query)), (std::vector<std::string>{"kiv/2025-2027@1 priorities 3 fr",
                                                           "kiv/2025-2027@1 priorities 3 nl"}));
  query.limit = 0;
  EXPECT_EQ(find(query).size(), 6U);
  // A prefix query reads its hits another way: the same hits, the same order.
  SearchQuery prefix{.text = "fraud*"};
  prefix.limit = 0;
  EXPECT_EQ(places(find(prefix)), places(find(query)));
}

TEST_F(SearchTest, NothingFoundIsNoHitsAndAnEmptyStoreHasNone) {
  Archive::open_or_create(dir());
  EXPECT_TRUE(find("fraude").empty());
  import_all();
  EXPECT_TRUE(find("drugz").empty());
  EXPECT_TRUE(find("-").empty());
}

TEST_F(SearchTest, AQueryThatIsNotValidFts5IsRefusedAsSuch) {
  import_all();
  const Archive store = Archive::open(dir());
  for (const char* query :
       {"AND", "\"unbalanced", "(drugs", "drugs OR", "NOT drugs", "title:", "()"}) {
    const std::string message = search_error(store, {.text = query}, ErrorKind::input);
    EXPECT_EQ(message.rfind("'" + std::string(query) + "' is not valid FTS5 query syntax (", 0), 0U)
        << message;
    EXPECT_NE(message.find("expected words"), std::string::npos) << message;
  }
  EXPECT_EQ(search_error(store, {.text = "   "}, ErrorKind::input),
            "the search query is empty; expected words to search for");
}

TEST_F(SearchTest, SearchFindsTheSameAfterRebuildAndAfterTheIndexIsDeleted) {
  import_all();
  import_correction();
  const auto before = places(find("fraude OR overlast OR extremisme"));
  ASSERT_EQ(before.size(), 12U);  // fraude 6, overlast 2, extremisme 4
  Archive::open_as_is(dir()).rebuild();
  EXPECT_EQ(places(find("fraude OR overlast OR extremisme")), before);
  std::filesystem::remove(dir() / "index.sqlite");
  EXPECT_EQ(places(find("fraude OR overlast OR extremisme")), before);
}

TEST_F(SearchTest, AnIndexOfAnotherHistoryIsReplacedWithItsSearchRows) {
  import_all();
  const auto before = places(find("fraude OR cybercrime"));
  // An index copied from another store, whose commits this one lacks: reindexed from scratch.
  const auto other = temp_.path() / "other";
  Archive::open_or_create(other).import({prepared_bundled("kiv/2022-2024.json")},
                                        {kAuthor, "Other"});
  std::filesystem::copy_file(other / "index.sqlite", dir() / "index.sqlite",
                             std::filesystem::copy_options::overwrite_existing);
  EXPECT_EQ(places(find("fraude OR cybercrime")), before);
  EXPECT_TRUE(Archive::open_as_is(dir()).verify().ok());
}

TEST_F(SearchTest, AStoreIndexedBeforeMigrationFourGetsItsSearchRowsWhenOpened) {
  import_all();
  {
    // Take the index back to schema 3: no search table.
    SQLite::Database db((dir() / "index.sqlite").string(), SQLite::OPEN_READWRITE);
    db.exec(
        KIV_UNDO_MIGRATION_SEVEN
        "DROP TABLE item_search; DROP TABLE links; ALTER TABLE revisions DROP COLUMN priorities; "
        "ALTER TABLE revisions DROP COLUMN themes; ALTER TABLE revisions DROP COLUMN period_from; "
        "ALTER TABLE revisions DROP COLUMN period_to; ALTER TABLE revisions DROP COLUMN adopted; "
        "ALTER TABLE revisions DROP COLUMN source_url; ALTER TABLE revisions DROP COLUMN "
        "retrieved; "
        "ALTER TABLE revisions DROP COLUMN note; DELETE FROM schema_migrations WHERE version > 3");
    ASSERT_EQ(schema_version(db), 3);
  }
  EXPECT_EQ(find("fraude").size(), 6U);
  SQLite::Database db((dir() / "index.sqlite").string());
  EXPECT_EQ(db.execAndGet("SELECT COUNT(*) FROM revisions").getInt(), 3);
  EXPECT_EQ(db.execAndGet("SELECT COUNT(*) FROM item_search").getInt(),
            db.execAndGet("SELECT COUNT(*) FROM items").getInt());
  EXPECT_TRUE(Archive::open_as_is(dir()).verify().ok());
}

TEST_F(SearchTest, TheSearchTableIsMergedIntoOneSegmentWhenABatchAddsAQuarterOfTheRevisions) {
  const auto segments = [&] {
    SQLite::Database db((dir() / "index.sqlite").string());
    return db.execAndGet("SELECT COUNT(DISTINCT segid) FROM item_search_idx").getInt();
  };
  const auto edition = [](int from) {
    Edition next = test::bundled_edition("kiv/2022-2024.json");
    next.edition = std::to_string(from) + "-" + std::to_string(from + 2);
    next.period = Period{from, from + 2};
    return prepare_import({next.edition + ".json", to_canonical_json(next)});
  };
  Archive::open_or_create(dir());
  // One revision at a time: each writes a segment; the fifth and sixth are not a quarter of
  // the revisions, so their segments stay beside the merged one.
  for (int from = 2030; from < 2060; from += 5)
    Archive::open(dir()).import({edition(from)}, {kAuthor, ""});
  EXPECT_EQ(segments(), 3);
  // Two of eight: merged.
  Archive::open(dir()).import({edition(2070), edition(2075)}, {kAuthor, ""});
  EXPECT_EQ(segments(), 1);
  // The pages of the segments merged away are given back: the file holds no free pages.
  {
    SQLite::Database db((dir() / "index.sqlite").string());
    EXPECT_EQ(db.execAndGet("PRAGMA auto_vacuum").getInt(), 2);  // incremental
    EXPECT_EQ(db.execAndGet("PRAGMA freelist_count").getInt(), 0);
  }
  EXPECT_EQ(find("cyber").size(), 8U);
  EXPECT_TRUE(Archive::open_as_is(dir()).verify().ok());
}

// Verify compares the terms of the search table with those of an index made from git.
class SearchVerifyTest : public SearchTest {
 protected:
  VerifyReport verify() const { return Archive::open_as_is(dir()).verify(); }

  static std::vector<std::string> lines(const VerifyReport& report) {
    std::vector<std::string> out;
    for (const VerifyProblem& problem : report.problems)
      out.push_back(problem.where + ": " + problem.what);
    return out;
  }
};

TEST_F(SearchVerifyTest, NoProblemsAfterImportsAndAfterRebuild) {
  import_all();
  import_correction();
  EXPECT_EQ(lines(verify()), std::vector<std::string>{});
  Archive::open_as_is(dir()).rebuild();
  EXPECT_EQ(lines(verify()), std::vector<std::string>{});
}

// The search table indexes the items rows (it keeps no copy of the texts): a damaged search
// table is one whose terms are not those of the items' texts.
TEST_F(SearchVerifyTest, ARowMissingFromTheFullTextIndexIsReported) {
  import_all();
  test::execute_on_index(dir(),
                         "DELETE FROM item_search WHERE title = 'cybercrime en cyber security'");
  EXPECT_EQ(lines(verify()),
            std::vector<std::string>{
                "index: the search index does not match its texts: 4 terms differ ('cyber' is in "
                "0 rows, its texts have it in 1); run 'kiv rebuild'"});
  EXPECT_TRUE(find("security").empty());  // what the damaged index says
  Archive::open_as_is(dir()).rebuild();
  EXPECT_TRUE(verify().ok());
  EXPECT_EQ(find("security").size(), 1U);
}

TEST_F(SearchVerifyTest, TermsTheItemsDoNotHaveAreReported) {
  import_all();
  test::execute_on_index(dir(),
                         "INSERT INTO item_search (rowid, title) VALUES (999 << 32, 'ghost')");
  EXPECT_EQ(lines(verify()),
            std::vector<std::string>{"index: the search index does not match its texts: 1 terms "
                                     "differ ('ghost' is in 1 rows, its texts lack it); run 'kiv "
                                     "rebuild'"});
}

TEST_F(SearchVerifyTest, AFullTextIndexThatNoLongerMatchesItsTextsIsReported) {
  import_all();
  // The terms indexed for a row change while the item's text stays as it was (writing to the
  // search table does not write the items it indexes).
  test::execute_on_index(dir(),
                         "UPDATE item_search SET title = 'cybercrime en cyber veiligheid' "
                         "WHERE title = 'cybercrime en cyber security'");
  EXPECT_EQ(lines(verify()),
            std::vector<std::string>{
                "index: the search index does not match its texts: 2 terms differ "
                "('security' is in 0 rows, its texts have it in 1); run 'kiv rebuild'"});
  EXPECT_EQ(find(R"("veiligheid")").size(), 1U);  // what the damaged index says
  Archive::open_as_is(dir()).rebuild();
  EXPECT_TRUE(verify().ok());
  EXPECT_TRUE(find(R"("veiligheid")").empty());
}

}  // namespace
}  // namespace kiv
