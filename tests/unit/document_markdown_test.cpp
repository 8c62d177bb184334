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

}  // namespace
}  // namespace kiv
