#include <gtest/gtest.h>

#include "support/documents.hpp"
#include "support/editions.hpp"
#include "support/temp_dir.hpp"

namespace kiv {
namespace {

using test::titles;

DocumentReading read_markdown(const std::string& bytes) {
  return test::read_as(DocumentFormat::markdown, bytes, "KIV_22-24_NL.md");
}

TEST(DocumentMarkdown, ReadsTheTwentySixteenFactSheet) {
  const std::string path = test::bundled("kiv/2016-2019.nl.md").string();
  const DocumentReading reading =
      test::read_as(DocumentFormat::markdown, test::read_file(path), path);
  const Edition expected = test::bundled_edition("kiv/2016-2019.json");
  EXPECT_EQ(reading.edition.id(), "kiv/2016-2019");
  EXPECT_EQ(reading.lang.value, "nl");
  EXPECT_EQ(reading.edition.adopted, "2016-06-07");
  EXPECT_EQ(reading.adopted.origin, "text, line 9");
  EXPECT_EQ(reading.edition.title, expected.title);
  EXPECT_EQ(titles(reading.edition.priorities, "nl"), titles(expected.priorities, "nl"));
  EXPECT_EQ(titles(reading.edition.themes, "nl"), titles(expected.themes, "nl"));
}

TEST(DocumentMarkdown, HeadingsIntroduceSectionsAndMarkupIsDropped) {
  const DocumentReading reading = read_markdown(
      "# Kadernota\n\n## Beleidsprioriteiten\n\n1. **sociale** en [fiscale](https://example.org) "
      "fraude\n"
      "2. `leefmilieu`\n\n## Uitdagingen\n\n* de buitgerichte\n  aanpak\n");
  EXPECT_EQ(titles(reading.edition.priorities, "nl"),
            (std::vector<std::string>{"sociale en fiscale fraude", "leefmilieu"}));
  EXPECT_EQ(titles(reading.edition.themes, "nl"),
            (std::vector<std::string>{"de buitgerichte aanpak"}));
}

TEST(DocumentMarkdown, NestedListsAreSubtopics) {
  const DocumentReading reading = read_markdown(
      "## Prioriteiten\n\n1. geweldcriminaliteit\n   - intrafamiliaal geweld\n   - seksueel "
      "geweld\n2. overlast\n");
  ASSERT_EQ(reading.edition.priorities.size(), 2U);
  ASSERT_EQ(reading.edition.priorities[0].subtopics.size(), 2U);
  EXPECT_EQ(text_in(reading.edition.priorities[0].subtopics[0], "nl"), "intrafamiliaal geweld");
}

TEST(DocumentMarkdown, NumbersAreCheckedAsWritten) {
  EXPECT_EQ(test::reading_error(DocumentFormat::markdown, "## Prioriteiten\n\n1. a\n2. b\n4. c\n",
                                "KIV_22-24_NL.md"),
            "KIV_22-24_NL.md:5: expected item 3, found 4");
}

TEST(DocumentMarkdown, DashedNumbersAreTheItemsTheyNumber) {
  const DocumentReading reading = read_markdown("## Prioriteiten\n\n- 1. drugs\n- 2. fraude\n");
  EXPECT_EQ(titles(reading.edition.priorities, "nl"),
            (std::vector<std::string>{"drugs", "fraude"}));
}

TEST(DocumentMarkdown, ListsInBlockQuotesCount) {
  const DocumentReading reading =
      read_markdown("> De prioriteiten zijn:\n>\n> 1) drugs\n> 2) fraude\n");
  EXPECT_EQ(titles(reading.edition.priorities, "nl"),
            (std::vector<std::string>{"drugs", "fraude"}));
}

// A full note in Markdown or HTML: the priorities are the sections of their chapter, with
// their explanations between them; a list inside a section is not the section's list.
TEST(DocumentMarkdown, TheSectionsOfAChapterAreItsItemsInMarkdownAndHtml) {
  const std::string markdown =
      "# Kadernota Integrale Veiligheid 2022-2024\n\n## 2. Beleidsprioriteiten\n\nDe kadernota "
      "bepaalt deze clusters.\n\n### 2.1. Radicalisering\n\nTekst.\n\n- een doel\n- een ander "
      "doel\n\n### 2.2. Drugs\n\nTekst.\n\n## 3. Uitdagingen\n\n### 3.1. De buitgerichte "
      "aanpak\n\nTekst.\n\n## 4. Opvolging\n\n### 4.1. Evaluatie\n";
  const std::string html =
      "<html><body><h1>Kadernota Integrale Veiligheid 2022-2024</h1><h2>2. "
      "Beleidsprioriteiten</h2><p>De kadernota bepaalt deze clusters.</p><h3>2.1. "
      "Radicalisering</h3><p>Tekst.</p><ul><li>een doel</li></ul><h3>2.2. Drugs</h3><h2>3. "
      "Uitdagingen</h2><h3>3.1. De buitgerichte aanpak</h3><h2>4. Opvolging</h2><h3>4.1. "
      "Evaluatie</h3></body></html>";
  for (const auto& [format, text] :
       {std::pair{DocumentFormat::markdown, markdown}, std::pair{DocumentFormat::html, html}}) {
    const DocumentReading reading = test::read_as(format, text, "kadernota.nl.txt");
    EXPECT_EQ(test::titles(reading.edition.priorities, "nl"),
              (std::vector<std::string>{"Radicalisering", "Drugs"}))
        << document_format_name(format);
    EXPECT_EQ(test::titles(reading.edition.themes, "nl"),
              std::vector<std::string>{"De buitgerichte aanpak"})
        << document_format_name(format);
  }
  // Sections out of order are an error at their heading.
  std::string skipped = markdown;
  skipped.replace(skipped.find("2.2."), 4, "2.3.");
  EXPECT_EQ(test::reading_error(DocumentFormat::markdown, skipped, "kadernota.nl.md"),
            "kadernota.nl.md:14: expected section 2 of the chapter, found 3");
}

}  // namespace
}  // namespace kiv
