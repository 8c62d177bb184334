// The synthetic pages of tests/data/pages (see its README): one per language and format.

#include <gtest/gtest.h>

#include "support/documents.hpp"
#include "support/temp_dir.hpp"

namespace kiv {
namespace {

struct Page {
  std::string file;
  DocumentFormat format;
  std::string lang;
  std::string adopted;
  std::string edition_origin;
  std::string lang_origin;
  std::string first_priority;
  std::string last_theme;
};

const std::vector<Page> kPages = {
    {"KIV_22-24_NL.txt", DocumentFormat::text, "nl", "2022-03-31", "file name", "file name",
     "radicalisering, gewelddadig extremisme en terrorisme",
     "de internationale samenwerking op bestuurlijk en strafrechtelijk vlak"},
    {"kadernota-nl.md", DocumentFormat::markdown, "nl", "2022-03-31", "text, line 1", "file name",
     "radicalisering, gewelddadig extremisme en terrorisme",
     "de internationale samenwerking op bestuurlijk en strafrechtelijk vlak"},
    {"kadernota-2022-2024.html", DocumentFormat::html, "nl", "2022-03-31", "file name", "text",
     "radicalisering, gewelddadig extremisme en terrorisme",
     "de internationale samenwerking op bestuurlijk en strafrechtelijk vlak"},
    {"NCSI_2022-2024.txt", DocumentFormat::text, "fr", "2022-03-31", "file name", "text",
     "radicalisme, extrémisme violent et terrorisme",
     "la coopération internationale sur le plan administratif et pénal"},
    {"note-cadre-fr.md", DocumentFormat::markdown, "fr", "2022-03-31", "text, line 1", "file name",
     "radicalisme, extrémisme violent et terrorisme",
     "la coopération internationale sur le plan administratif et pénal"},
    {"KIV_22-24_FR.html", DocumentFormat::html, "fr", "2022-03-31", "file name", "file name",
     "radicalisme, extrémisme violent et terrorisme",
     "la coopération internationale sur le plan administratif et pénal"},
    {"rahmennote-2022-2024.de.txt", DocumentFormat::text, "de", "2022-03-31", "file name",
     "file name", "Radikalisierung, gewalttätiger Extremismus und Terrorismus",
     "die internationale Zusammenarbeit auf administrativer und strafrechtlicher Ebene"},
    {"rahmennote_DE.md", DocumentFormat::markdown, "de", "2022-03-31", "text, line 1", "file name",
     "Radikalisierung, gewalttätiger Extremismus und Terrorismus",
     "die internationale Zusammenarbeit auf administrativer und strafrechtlicher Ebene"},
    {"sicherheit.html", DocumentFormat::html, "de", "2022-03-31", "text, line 3", "text",
     "Radikalisierung, gewalttätiger Extremismus und Terrorismus",
     "die internationale Zusammenarbeit auf administrativer und strafrechtlicher Ebene"},
    {"framework-note-2022-2024.en.txt", DocumentFormat::text, "en", "2022-03-31", "file name",
     "file name", "radicalisation, violent extremism and terrorism",
     "international cooperation at administrative and criminal level"},
    {"framework-note-en.md", DocumentFormat::markdown, "en", "2022-03-31", "text, line 1",
     "file name", "radicalisation, violent extremism and terrorism",
     "international cooperation at administrative and criminal level"},
    {"KIV_22-24_EN.html", DocumentFormat::html, "en", "2022-03-31", "file name", "file name",
     "radicalisation, violent extremism and terrorism",
     "international cooperation at administrative and criminal level"},
};

std::string page_path(const std::string& file) { return test::test_data("pages/" + file).string(); }

DocumentReading read_page(const std::string& file) {
  const std::string path = page_path(file);
  const std::string bytes = test::read_file(path);
  return read_document(bytes, path, detect_document_format(path, bytes), {});
}

TEST(DocumentPages, EveryPageReadsInItsLanguage) {
  for (const Page& page : kPages) {
    SCOPED_TRACE(page.file);
    const std::string bytes = test::read_file(page_path(page.file));
    EXPECT_EQ(detect_document_format(page.file, bytes), page.format);
    const DocumentReading reading = read_page(page.file);
    EXPECT_EQ(reading.format, page.format);
    EXPECT_EQ(reading.edition.id(), "kiv/2022-2024");
    EXPECT_EQ(reading.lang.value, page.lang);
    EXPECT_EQ(reading.edition.languages(), std::vector<std::string>{page.lang});
    EXPECT_EQ(reading.edition.adopted, page.adopted);
    EXPECT_EQ(reading.edition_id.origin, page.edition_origin);
    EXPECT_EQ(reading.lang.origin, page.lang_origin);
    ASSERT_EQ(reading.edition.priorities.size(), 10U);
    ASSERT_EQ(reading.edition.themes.size(), 5U);
    EXPECT_EQ(text_in(reading.edition.priorities.front().title, page.lang), page.first_priority);
    EXPECT_EQ(text_in(reading.edition.themes.back().title, page.lang), page.last_theme);
    EXPECT_TRUE(reading.warnings.empty()) << reading.warnings.front();
  }
}

TEST(DocumentPages, ContinuationLinesAndNestedItemsOfTheDutchText) {
  const DocumentReading reading = read_page("KIV_22-24_NL.txt");
  const Item& item = reading.edition.priorities[5];
  EXPECT_EQ(text_in(item.title, "nl"),
            "geweldcriminaliteit, aantasting van de persoonlijke integriteit en discriminatie: "
            "intrafamiliaal geweld, "
            "seksueel geweld en kindermisbruik");
  ASSERT_EQ(item.subtopics.size(), 3U);
  EXPECT_EQ(text_in(item.subtopics[2], "nl"), "kindermisbruik");
  EXPECT_EQ(reading.adopted.origin, "text, line 3");
}

TEST(DocumentPages, NestedItemsOfTheFrenchMarkdown) {
  const DocumentReading reading = read_page("note-cadre-fr.md");
  const Item& item = reading.edition.priorities[5];
  ASSERT_EQ(item.subtopics.size(), 3U);
  EXPECT_EQ(text_in(item.subtopics[2], "fr"), "abus d\u2019enfants");
}

TEST(DocumentPages, TypographicQuotesStayInTitles) {
  EXPECT_EQ(text_in(read_page("NCSI_2022-2024.txt").edition.themes[3].title, "fr"),
            "l\u2019approche \u00AB axée sur le butin \u00BB");
  EXPECT_EQ(text_in(read_page("rahmennote_DE.md").edition.themes[3].title, "de"),
            "der \u201Evermögensorientierte\u201C Ansatz");
  EXPECT_EQ(text_in(read_page("KIV_22-24_EN.html").edition.themes[3].title, "en"),
            "the \u201Cproceeds-oriented\u201D approach");
}

TEST(DocumentPages, ListPunctuationIsNotPartOfTitles) {
  const DocumentReading reading = read_page("framework-note-2022-2024.en.txt");
  EXPECT_EQ(text_in(reading.edition.themes[0].title, "en"),
            "administrative enforcement and information exchange: an essential part of the "
            "integral approach to "
            "organised crime");
  EXPECT_EQ(reading.edition.priorities[5].subtopics.size(), 3U);
}

TEST(DocumentPages, NoBreakSpacesBecomeSpaces) {
  EXPECT_EQ(text_in(read_page("framework-note-en.md").edition.priorities[3].title, "en"),
            "social and tax fraud");
  EXPECT_EQ(text_in(read_page("NCSI_2022-2024.txt").edition.priorities[7].title, "fr"),
            "environnement");
}

TEST(DocumentPages, TitlesAreInTheSeriesNameOfTheLanguage) {
  EXPECT_EQ(read_page("kadernota-2022-2024.html").edition.title.at("nl"),
            "Kadernota Integrale Veiligheid 2022-2024");
  EXPECT_EQ(read_page("KIV_22-24_FR.html").edition.title.at("fr"),
            "Note-cadre de Sécurité intégrale 2022-2024");
  EXPECT_EQ(read_page("sicherheit.html").edition.title.at("de"),
            "Rahmennote Integrale Sicherheit 2022-2024");
  EXPECT_EQ(read_page("KIV_22-24_EN.html").edition.title.at("en"),
            "Framework Note on Integral Security 2022-2024");
}

}  // namespace
}  // namespace kiv
