#include <gtest/gtest.h>

#include "support/documents.hpp"
#include "support/editions.hpp"
#include "support/temp_dir.hpp"

namespace kiv {
namespace {

using test::titles;

constexpr DocumentFormat kText = DocumentFormat::text;

DocumentReading read_as(DocumentFormat format, const std::string& bytes,
                        const std::string& path = "note.nl.txt") {
  return test::read_as(format, bytes, path);
}

// Metadata every synthetic text below shares, so that each test shows only what it is about.
const std::string kHeader =
    "Kadernota Integrale Veiligheid 2022-2024\nGoedgekeurd op 31 maart 2022.\n\n";

std::string error_of(const std::string& bytes) {
  return test::reading_error(kText, bytes, "note.nl.txt");
}

TEST(DocumentText, ReadsTheRealTwentyTwentyTwoPageUnchanged) {
  const std::string path = test::bundled("kiv/2022-2024.nl.txt").string();
  const DocumentReading reading = read_as(kText, test::read_file(path), path);
  const Edition expected = test::bundled_edition("kiv/2022-2024.json");
  EXPECT_EQ(reading.edition.series, "kiv");
  EXPECT_EQ(reading.edition.edition, "2022-2024");
  EXPECT_EQ(reading.lang.value, "nl");
  EXPECT_EQ(reading.edition.adopted, "2022-03-31");
  ASSERT_TRUE(reading.edition.period.has_value());
  EXPECT_EQ(reading.edition.period->from, 2022);
  EXPECT_EQ(reading.edition.period->to, 2024);
  EXPECT_EQ(reading.edition.title, expected.title);
  EXPECT_EQ(titles(reading.edition.priorities, "nl"), titles(expected.priorities, "nl"));
  EXPECT_EQ(titles(reading.edition.themes, "nl"), titles(expected.themes, "nl"));
  EXPECT_EQ(reading.edition.priorities.size(), 10U);
  EXPECT_EQ(reading.edition.themes.size(), 5U);
  EXPECT_EQ(reading.adopted.origin, "text, line 40");
  EXPECT_EQ(reading.lang.origin, "file name");
  EXPECT_TRUE(reading.warnings.empty()) << reading.warnings.front();
}

TEST(DocumentText, ItemsHaveNoKeysAndRankInDocumentOrder) {
  const DocumentReading reading = read_as(kText, kHeader + "Prioriteiten\n\n1. een\n2. twee\n");
  ASSERT_EQ(reading.edition.priorities.size(), 2U);
  EXPECT_EQ(reading.edition.priorities[1].rank, 2);
  EXPECT_TRUE(reading.edition.priorities[1].key.empty());
}

TEST(DocumentText, ColonSentencesIntroduceSections) {
  const DocumentReading reading = read_as(
      kText,
      kHeader +
          "De volgende fenomenen worden beschouwd als beleidsprioriteiten:\n1. drugs\n2. fraude\n\n"
          "Daarnaast heeft de regering vijf transversale thema's bepaald:\n- de buitgerichte "
          "aanpak\n");
  EXPECT_EQ(titles(reading.edition.priorities, "nl"),
            (std::vector<std::string>{"drugs", "fraude"}));
  EXPECT_EQ(titles(reading.edition.themes, "nl"),
            (std::vector<std::string>{"de buitgerichte aanpak"}));
}

TEST(DocumentText, AMentionWithoutColonIntroducesNothing) {
  const std::string text =
      kHeader +
      "Prioriteiten\n\n1. drugs\n\n"
      "Daarnaast legt ze vijf transversale thema's vast als belangrijke uitdagingen voor het "
      "veiligheidsbeleid.\n\n1. niet een thema\n";
  const DocumentReading reading = read_as(kText, text);
  EXPECT_TRUE(reading.edition.themes.empty());
  EXPECT_EQ(reading.warnings.front(), "no themes section found");
}

TEST(DocumentText, TypographicApostrophesNameSectionsToo) {
  const DocumentReading reading = read_as(
      kText,
      kHeader + "Prioriteiten\n\n1. drugs\n\nVijf transversale thema\u2019s:\n\n1. het internet\n");
  EXPECT_EQ(titles(reading.edition.themes, "nl"), (std::vector<std::string>{"het internet"}));
}

TEST(DocumentText, ContinuationLinesJoinTheirItem) {
  const DocumentReading reading = read_as(
      kText,
      kHeader + "Prioriteiten\n\n1. geweldcriminaliteit,\n   intrafamiliaal geweld\n2. overlast\n");
  EXPECT_EQ(titles(reading.edition.priorities, "nl"),
            (std::vector<std::string>{"geweldcriminaliteit, intrafamiliaal geweld", "overlast"}));
}

TEST(DocumentText, CollapsesSpacesAndStripsListPunctuation) {
  const DocumentReading reading =
      read_as(kText, kHeader +
                         "Prioriteiten\n\n-  sociale\u00A0en   fiscale\u202Ffraude;\n- "
                         "leefmilieu,\n- overlast.\n");
  EXPECT_EQ(titles(reading.edition.priorities, "nl"),
            (std::vector<std::string>{"sociale en fiscale fraude", "leefmilieu", "overlast"}));
}

TEST(DocumentText, ReadsCrlfAndAByteOrderMark) {
  const DocumentReading reading =
      read_as(kText,
              "\xEF\xBB\xBFKadernota Integrale Veiligheid 2022-2024\r\n\r\nPrioriteiten\r\n\r\n1) "
              "drugs\r\n2) fraude\r\n");
  EXPECT_EQ(titles(reading.edition.priorities, "nl"),
            (std::vector<std::string>{"drugs", "fraude"}));
}

TEST(DocumentText, KeepsTypographicQuotesInTitles) {
  const DocumentReading reading =
      read_as(kText, kHeader +
                         "Prioriteiten\n\n\u2022 de \u2018buitgerichte\u2019 aanpak\n\u2022 "
                         "\u201Cleefmilieu\u201D\n");
  EXPECT_EQ(
      titles(reading.edition.priorities, "nl"),
      (std::vector<std::string>{"de \u2018buitgerichte\u2019 aanpak", "\u201Cleefmilieu\u201D"}));
}

TEST(DocumentText, DashedNumbersAreNumbers) {
  EXPECT_EQ(error_of(kHeader + "Prioriteiten\n\n- 1. drugs\n- 3. fraude\n"),
            "note.nl.txt:7: expected item 2, found 3");
}

TEST(DocumentText, NumbersMustRunFromOneWithoutGapsOrRepeats) {
  EXPECT_EQ(error_of(kHeader + "Prioriteiten\n\n1. a\n2. b\n3. c\n5. d\n"),
            "note.nl.txt:9: expected item 4, found 5");
  EXPECT_EQ(error_of(kHeader + "Prioriteiten\n\n1. a\n1. b\n"),
            "note.nl.txt:7: expected item 2, found 1");
  EXPECT_EQ(error_of(kHeader + "Prioriteiten\n\n2. a\n"),
            "note.nl.txt:6: expected item 1, found 2");
}

TEST(DocumentText, IndentedBulletsAreSubtopics) {
  const DocumentReading reading =
      read_as(kText, kHeader +
                         "Prioriteiten\n\n1. geweldcriminaliteit\n   - intrafamiliaal geweld\n   - "
                         "seksueel\n     geweld\n2. overlast\n");
  ASSERT_EQ(reading.edition.priorities.size(), 2U);
  const auto& subtopics = reading.edition.priorities[0].subtopics;
  ASSERT_EQ(subtopics.size(), 2U);
  EXPECT_EQ(text_in(subtopics[1], "nl"), "seksueel geweld");
}

TEST(DocumentText, OnlyTheListAfterAnIntroductionCounts) {
  const DocumentReading reading =
      read_as(kText, kHeader +
                         "- series: kiv\n- taal: nl\n\nPrioriteiten\n\nDe lijst:\n\n1. "
                         "drugs\n\nBIJLAGE\n\n- bijlage 1\n");
  EXPECT_EQ(titles(reading.edition.priorities, "nl"), (std::vector<std::string>{"drugs"}));
}

TEST(DocumentText, ASecondListOfASectionIsIgnoredWithAWarning) {
  const DocumentReading reading =
      read_as(kText, kHeader + "Prioriteiten\n\n1. drugs\n\nPrioriteiten\n\n1. fraude\n");
  EXPECT_EQ(titles(reading.edition.priorities, "nl"), (std::vector<std::string>{"drugs"}));
  EXPECT_NE(std::find(reading.warnings.begin(), reading.warnings.end(),
                      "line 8: a second list of priorities was ignored"),
            reading.warnings.end());
}

TEST(DocumentText, AnItemWithoutTitleIsAnError) {
  EXPECT_EQ(error_of(kHeader + "Prioriteiten\n\n1. drugs\n2. ;\n"),
            "note.nl.txt:7: item 2 has no title");
}

TEST(DocumentText, NoSectionIsAnErrorThatSaysWhatWasExpected) {
  const std::string message = error_of(kHeader + "Een tekst zonder lijsten.\n");
  EXPECT_NE(message.find(
                "note.nl.txt: no section of priorities or themes found (expected a heading such as "
                "'Beleidsprioriteiten'"),
            std::string::npos)
      << message;
}

// A key may be given at an item's end, "{#KEY}", in any format; it is checked.
TEST(DocumentText, AnItemsKeyMayBeGivenAtItsEnd) {
  const DocumentReading reading = test::read_as(
      kText,
      "KIV 2022-2024\n\nPrioriteiten\n\n1. cybercrime en cyber security {#cybercrime}\n"
      "2. overlast\n",
      "note.nl.txt");
  EXPECT_EQ(reading.edition.priorities[0].key, "cybercrime");
  EXPECT_EQ(reading.edition.priorities[0].title.at("nl"), "cybercrime en cyber security");
  EXPECT_EQ(reading.edition.priorities[1].key, "");
  EXPECT_EQ(test::reading_error(kText, "Prioriteiten\n\n1. drugs {#Drugs Beleid}\n", "a.txt"),
            "a.txt:3: '{#Drugs Beleid}' gives no key (expected lowercase letters, digits and "
            "'-', e.g. {#cybercrime})");
  EXPECT_EQ(
      test::reading_error(kText, "Prioriteiten\n\n1. drugs {#d}\n2. cannabis {#d}\n", "a.txt"),
      "a.txt:4: the key 'd' is given to two items of the section");
}

// Headings kiv does not know, named for one document: as whole words, in a heading or in the
// last sentence of a paragraph ending in ':'; without them, the same text has no section.
TEST(DocumentText, HeadingsNamedForADocumentIntroduceItsSections) {
  const std::string text =
      "KIV 2022-2024\n\nDe zone heeft een plan. Voor de zone gelden deze strategische doelen:\n\n"
      "1. verkeersveiligheid\n2. inbraken\n\nDwarsliggende Doelen\n\n- nabijheid\n";
  DocumentOverrides overrides;
  overrides.priority_headings = {"Strategische Doelen"};
  overrides.theme_headings = {"dwarsliggende doelen"};
  const DocumentReading reading = test::read_as(kText, text, "zvp.nl.txt", overrides);
  EXPECT_EQ(test::titles(reading.edition.priorities, "nl"),
            (std::vector<std::string>{"verkeersveiligheid", "inbraken"}));
  EXPECT_EQ(test::titles(reading.edition.themes, "nl"), std::vector<std::string>{"nabijheid"});
  overrides.priority_headings = {"strategische plannen"};  // its words, in order, or none
  overrides.theme_headings = {"doelen dwarsliggende"};
  EXPECT_NE(test::reading_error(kText, text, "zvp.nl.txt", overrides)
                .find("no section of priorities or themes found"),
            std::string::npos);
}

// Text converted from a PDF without its layout (pdftotext): pages split by form feeds, with
// running headers and page numbers at their edges; a mark glued to its text; a paragraph
// right after a list; a year at the start of a line.
TEST(DocumentText, TextConvertedFromAPdfReadsAsItsPages) {
  const std::string text =
      "KIV 2022-2024\nBeleidsprioriteiten\n1. drugs\n2. fraude\nPagina 1 van 2\n\n"
      "\fKIV 2022-2024\n3. leefmilieu\n4.overlast\nGoedgekeurd op 31 maart\n2022.\n"
      "Pagina 2 van 2\n\f";
  const DocumentReading reading = test::read_as(kText, text, "kiv-2022-2024.nl.txt");
  EXPECT_EQ(test::titles(reading.edition.priorities, "nl"),
            (std::vector<std::string>{"drugs", "fraude", "leefmilieu", "overlast"}));
  EXPECT_EQ(reading.edition.adopted, "2022-03-31");
  EXPECT_EQ(reading.adopted.origin, "text, line 10");
  // Without form feeds the same lines are text: the header is read, "Pagina 1 van 2" too.
  std::string no_feeds = text;
  std::erase(no_feeds, '\f');
  EXPECT_NE(test::reading_error(kText, no_feeds, "kiv-2022-2024.nl.txt"), "no error");
}

// In typed text a wrapped item may go on with a capitalised word; only text converted from a
// PDF starts a paragraph there.
TEST(DocumentText, ATypedItemGoesOnWithACapitalisedWord) {
  const DocumentReading reading = test::read_as(
      kText, "KIV 2022-2024\n\nPrioriteiten\n\n1. de samenwerking met\nEuropol en Interpol\n",
      "note.nl.txt");
  EXPECT_EQ(test::titles(reading.edition.priorities, "nl"),
            std::vector<std::string>{"de samenwerking met Europol en Interpol"});
}

}  // namespace
}  // namespace kiv
