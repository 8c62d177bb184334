#include "language_merge.hpp"

#include <gtest/gtest.h>

#include "kiv/error.hpp"
#include "support/editions.hpp"

namespace kiv {
namespace {

using test::bundled_edition;

// The bundled 2022-2024 edition as a French page reads it: titles in fr only, no keys.
Edition french_page() {
  Edition edition = test::without_keys(bundled_edition("kiv/2022-2024.json"));
  const auto to_french = [](LangText& text) { text = {{"fr", "(fr) " + text.at("nl")}}; };
  to_french(edition.title);
  for (auto* items : {&edition.priorities, &edition.themes}) {
    for (Item& item : *items) to_french(item.title);
  }
  edition.adopted.clear();
  edition.provenance = {"https://example.org/ncsi-2022-2024", "2026-11-24", ""};
  return edition;
}

TEST(LanguageMerge, APageInAnotherLanguageJoinsTheSameItems) {
  const Edition dutch = bundled_edition("kiv/2022-2024.json");
  const Edition merged = merge_languages(dutch, french_page(), "ncsi.html");
  EXPECT_EQ(merged.languages(), (std::vector<std::string>{"fr", "nl"}));
  ASSERT_EQ(merged.priorities.size(), 10U);
  EXPECT_EQ(merged.priorities[4].key, dutch.priorities[4].key);
  EXPECT_EQ(merged.priorities[4].title.at("nl"), "cybercrime en cyber security");
  EXPECT_EQ(merged.priorities[4].title.at("fr"), "(fr) cybercrime en cyber security");
  EXPECT_EQ(merged.themes[2].title.at("fr"), "(fr) " + dutch.themes[2].title.at("nl"));
}

// The adoption date is the edition's: kept when the page has none. The provenance is the
// page's own: nothing of the recorded document's is lent to it.
TEST(LanguageMerge, TheAdoptionDateIsKeptAndTheProvenanceIsThePagesOwn) {
  Edition dutch = bundled_edition("kiv/2022-2024.json");
  dutch.provenance = {"https://example.org/kiv-2022-2024", "2026-11-01", "hand-corrected"};
  Edition page = french_page();
  page.provenance.retrieved.clear();
  const Edition merged = merge_languages(dutch, page, "ncsi.html");
  EXPECT_EQ(merged.adopted, "2022-03-31");
  EXPECT_EQ(merged.provenance.source_url, "https://example.org/ncsi-2022-2024");
  EXPECT_EQ(merged.provenance.retrieved, "");
  EXPECT_EQ(merged.provenance.note, "");
}

TEST(LanguageMerge, APageWithOtherItemsThanTheRecordedLanguagesIsRefused) {
  const Edition dutch = bundled_edition("kiv/2022-2024.json");
  Edition page = french_page();
  page.priorities.pop_back();
  try {
    merge_languages(dutch, page, "ncsi.html");
    FAIL() << "merged a page with 9 priorities into an edition with 10";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::input);
    EXPECT_NE(
        std::string(e.what()).find("ncsi.html: it has 9 priorities and the recorded edition 10"),
        std::string::npos)
        << e.what();
  }
}

TEST(LanguageMerge, ACorrectionInTheOnlyLanguageReplacesTheItems) {
  const Edition dutch = bundled_edition("kiv/2022-2024.json");
  Edition corrected = test::without_keys(dutch);
  corrected.priorities.pop_back();
  corrected.adopted.clear();
  const Edition merged = merge_languages(dutch, corrected, "kiv-2022-2024.nl.txt");
  EXPECT_EQ(merged.priorities.size(), 9U);
  EXPECT_EQ(merged.adopted, "2022-03-31");
  EXPECT_TRUE(merged.priorities[0].key.empty());  // keys are inherited afterwards, by matching
}

TEST(LanguageMerge, KeysOfThePageAlignItsItemsWhateverTheirOrder) {
  const Edition dutch = bundled_edition("kiv/2022-2024.json");
  Edition page = french_page();
  for (std::size_t i = 0; i < page.themes.size(); ++i) page.themes[i].key = dutch.themes[i].key;
  std::swap(page.themes[0].title, page.themes[1].title);
  std::swap(page.themes[0].key, page.themes[1].key);
  const Edition merged = merge_languages(dutch, page, "ncsi.html");
  EXPECT_EQ(merged.themes[0].title.at("fr"), "(fr) " + dutch.themes[0].title.at("nl"));
  page.themes[0].key = "no-such-key";
  EXPECT_THROW(merge_languages(dutch, page, "ncsi.html"), Error);
}

TEST(LanguageMerge, SubtopicsJoinByPositionAndMustAgreeInNumber) {
  Edition dutch = bundled_edition("kiv/2022-2024.json");
  dutch.priorities[0].subtopics = {{{"nl", "radicalisering"}}, {{"nl", "terrorisme"}}};
  Edition page = french_page();
  page.priorities[0].subtopics = {{{"fr", "radicalisation"}}, {{"fr", "terrorisme"}}};
  const Edition merged = merge_languages(dutch, page, "ncsi.html");
  EXPECT_EQ(merged.priorities[0].subtopics[0].at("fr"), "radicalisation");
  EXPECT_EQ(merged.priorities[0].subtopics[0].at("nl"), "radicalisering");
  page.priorities[0].subtopics.pop_back();
  EXPECT_THROW(merge_languages(dutch, page, "ncsi.html"), Error);
}

}  // namespace
}  // namespace kiv
