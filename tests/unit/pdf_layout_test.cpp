// The layout rules that turn a PDF's words into blocks (document/pdf_layout.hpp), each on pages
// written by hand: one word per box, as poppler gives them.

#include "document/pdf_layout.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace kiv::document {
namespace {

constexpr double kPageHeight = 842;
constexpr double kBody = 10;
constexpr double kLineHeight = 13;
constexpr double kLinePitch = 15;  // within a paragraph: a gap of 2 points
constexpr double kParagraphPitch = 24;

// Writes a page line by line: each line's words as boxes, left to right.
class PageWriter {
 public:
  PageWriter& line(double left, const std::string& text, double size = kBody, bool bold = false) {
    top_ = next_top_;
    std::istringstream words(text);
    double x = left;
    for (std::string word; words >> word;) {
      const double width = 0.5 * size * static_cast<double>(word.size());
      page_.words.push_back({word, x, top_, x + width, top_ + size * 1.3, size, bold, true});
      x += width + 0.3 * size;
    }
    if (!page_.words.empty()) page_.words.back().space_after = false;
    next_top_ = top_ + kLinePitch * size / kBody;
    return *this;
  }
  // The next line after a paragraph's gap.
  PageWriter& gap(double points = kParagraphPitch - kLinePitch) {
    next_top_ += points;
    return *this;
  }
  PageWriter& at(double top) {
    next_top_ = top;
    return *this;
  }
  PdfPage page() const { return page_; }

 private:
  PdfPage page_{kPageHeight, {}};
  double top_ = 0;
  double next_top_ = 100;
};

std::string describe(const Blocks& blocks) {
  std::string out;
  const auto entries = [&](const auto& self, const std::vector<ListItem>& items,
                           const std::string& indent) -> void {
    for (const ListItem& item : items) {
      out += indent + (item.number ? std::to_string(*item.number) + ". " : "- ") + item.text +
             " @" + std::to_string(item.page) + ":" + std::to_string(item.line) + "\n";
      self(self, item.children, indent + "  ");
    }
  };
  for (const Block& block : blocks) {
    switch (block.kind) {
      case Block::Kind::heading:
        out += "H" + std::to_string(block.level) + " " + block.text + "\n";
        break;
      case Block::Kind::paragraph:
        out += "P " + block.text + "\n";
        break;
      case Block::Kind::list:
        out += "L\n";
        entries(entries, block.items, "  ");
        break;
    }
  }
  return out;
}

TEST(PdfLayout, RunningHeadersFootersAndPageNumbersGo) {
  std::vector<PdfPage> pages;
  for (int page = 1; page <= 3; ++page) {
    PageWriter writer;
    writer.at(30).line(70, "Kadernota Integrale Veiligheid 2022-2024", 8);
    writer.at(120).line(70, "Tekst van pagina " + std::to_string(page) + " over veiligheid.");
    writer.at(800).line(250, "Pagina " + std::to_string(page) + " van 3", 8);
    pages.push_back(writer.page());
  }
  EXPECT_EQ(describe(pdf_layout_blocks(pages)),
            "P Tekst van pagina 1 over veiligheid.\n"
            "P Tekst van pagina 2 over veiligheid.\n"
            "P Tekst van pagina 3 over veiligheid.\n");
}

TEST(PdfLayout, AHeaderOnFewerThanHalfThePagesAndTextOutsideTheMarginsStay) {
  std::vector<PdfPage> pages;
  for (int page = 1; page <= 5; ++page) {
    PageWriter writer;
    if (page <= 2) writer.at(30).line(70, "Ontwerp", 8);
    writer.at(300).line(70, "Kadernota Integrale Veiligheid 2022-2024", 8);
    pages.push_back(writer.page());
  }
  const std::string blocks = describe(pdf_layout_blocks(pages));
  EXPECT_NE(blocks.find("P Ontwerp\n"), std::string::npos) << blocks;
  EXPECT_EQ(std::count(blocks.begin(), blocks.end(), '\n'), 7) << blocks;
}

TEST(PdfLayout, APageNumberAloneInTheFooterGoesOnAOnePageNote) {
  for (const std::string number : {"3", "- 3 -", "Page 3 sur 12", "Seite 3 von 12", "3/12"}) {
    PageWriter writer;
    writer.at(120).line(70, "Beleidsprioriteiten");
    writer.at(800).line(290, number, 8);
    EXPECT_EQ(describe(pdf_layout_blocks({writer.page()})), "P Beleidsprioriteiten\n") << number;
  }
  // In the text, a number is text.
  PageWriter writer;
  writer.at(120).line(70, "3");
  EXPECT_EQ(describe(pdf_layout_blocks({writer.page()})), "P 3\n");
}

TEST(PdfLayout, HeadingsAreLargerOrBoldLinesRankedByTheirStyle) {
  PageWriter writer;
  writer.line(70, "Kadernota Integrale Veiligheid", 20, true);
  writer.line(70, "2022-2024", 20, true).gap();
  writer.line(70, "1. Beleidsprioriteiten", 15, true).gap();
  writer.line(70, "Tekst van de kadernota over de prioriteiten.").gap();
  writer.line(70, "1.1. Radicalisering", 12, true).gap();
  writer.line(70, "Meer tekst.").gap();
  writer.line(70, "Opmerking", kBody, true).gap();
  writer.line(70, "De tekst.");
  EXPECT_EQ(describe(pdf_layout_blocks({writer.page()})),
            "H1 Kadernota Integrale Veiligheid\n2022-2024\n"
            "H2 1. Beleidsprioriteiten\n"
            "P Tekst van de kadernota over de prioriteiten.\n"
            "H3 1.1. Radicalisering\n"
            "P Meer tekst.\n"
            "H4 Opmerking\n"
            "P De tekst.\n");
}

TEST(PdfLayout, ABoldLineEndingInAColonOrLongIsNoHeading) {
  PageWriter writer;
  writer.line(70, "Een alinea in de gewone letter, die het meeste van de tekst draagt.").gap();
  writer.line(70, "De doelstellingen zijn:", kBody, true).gap();
  writer.line(70,
              "een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien "
              "vijftien zestien",
              kBody, true);
  const std::string blocks = describe(pdf_layout_blocks({writer.page()}));
  EXPECT_EQ(blocks.find("H"), std::string::npos) << blocks;
}

// What the two pages of wrapped entries below read as, whatever their line spacing.
constexpr const char* kWrappedEntries =
    "H1 Beleidsprioriteiten\n"
    "L\n"
    "  1. radicalisering, gewelddadig extremisme en terrorisme @1:2\n"
    "  2. geweldcriminaliteit, aantasting van de persoonlijke integriteit en\n"
    "discriminatie: intrafamiliaal geweld @1:3\n"
    "  10. overlast @1:5\n"
    "P Daarnaast legt ze vijf transversale thema's vast.\n";

TEST(PdfLayout, WrappedEntriesWithHangingIndentsContinueAndTheParagraphAfterStartsAnew) {
  PageWriter writer;
  writer.line(70, "Beleidsprioriteiten", 12, true).gap();
  writer.line(82, "1. radicalisering, gewelddadig extremisme en terrorisme").gap(9);
  writer.line(82, "2. geweldcriminaliteit, aantasting van de persoonlijke integriteit en");
  writer.line(99, "discriminatie: intrafamiliaal geweld").gap(9);
  writer.line(82, "10. overlast").gap(9);
  writer.line(70, "Daarnaast legt ze vijf transversale thema's vast.");
  EXPECT_EQ(describe(pdf_layout_blocks({writer.page()})), kWrappedEntries);
}

// Set with 1.5 line spacing (the lines of an entry 21 points apart, entries 42): the wrapped
// line is still the entry's, by the document's line pitch, and the paragraph after is not.
TEST(PdfLayout, WithWideLineSpacingAWrappedEntryStillContinues) {
  PageWriter writer;
  writer.line(70, "Beleidsprioriteiten", 12, true).gap(27);
  writer.line(82, "1. radicalisering, gewelddadig extremisme en terrorisme").gap(27);
  writer.line(82, "2. geweldcriminaliteit, aantasting van de persoonlijke integriteit en").gap(6);
  writer.line(99, "discriminatie: intrafamiliaal geweld").gap(27);
  writer.line(82, "10. overlast").gap(27);
  writer.line(70, "Daarnaast legt ze vijf transversale thema's vast.");
  EXPECT_EQ(describe(pdf_layout_blocks({writer.page()})), kWrappedEntries);
}

TEST(PdfLayout, ALineCloseAfterAnEntryButLeftOfItsMarkIsAParagraph) {
  PageWriter writer;
  writer.line(82, "1. leefmilieu");
  writer.line(70, "Daarnaast legt ze vijf transversale thema's vast.");
  EXPECT_EQ(describe(pdf_layout_blocks({writer.page()})),
            "L\n  1. leefmilieu @1:1\nP Daarnaast legt ze vijf transversale thema's vast.\n");
}

TEST(PdfLayout, AMarkAloneOnItsLineTakesTheNextLineAsItsText) {
  PageWriter writer;
  writer.line(82, "1.").gap(4);
  writer.line(99, "leefmilieu").gap(9);
  writer.line(82, "2.").gap(4);
  writer.line(99, "overlast");
  EXPECT_EQ(describe(pdf_layout_blocks({writer.page()})),
            "L\n  1. leefmilieu @1:1\n  2. overlast @1:3\n");
}

TEST(PdfLayout, AYearAloneOnItsLineEndsTheSentenceBefore) {
  PageWriter writer;
  writer.line(70, "Gevalideerd door de ministers op 31 maart");
  writer.line(70, "2022.");
  EXPECT_EQ(describe(pdf_layout_blocks({writer.page()})),
            "P Gevalideerd door de ministers op 31 maart\n2022.\n");
}

TEST(PdfLayout, AnEntryContinuesOverAPageBreakWhereItsTextStarts) {
  PageWriter first;
  first.at(760).line(82, "6. geweldcriminaliteit, aantasting van de persoonlijke integriteit en");
  PageWriter second;
  second.at(100).line(95, "discriminatie").gap(9);  // where "6." is followed by its text
  second.line(82, "7. leefmilieu").gap(9);
  second.line(70, "Tekst na de lijst zonder punt");
  PageWriter third;
  third.at(100).line(70, "loopt door.");
  EXPECT_EQ(describe(pdf_layout_blocks({first.page(), second.page(), third.page()})),
            "L\n"
            "  6. geweldcriminaliteit, aantasting van de persoonlijke integriteit en\n"
            "discriminatie @1:1\n"
            "  7. leefmilieu @2:2\n"
            "P Tekst na de lijst zonder punt\nloopt door.\n");
}

TEST(PdfLayout, AParagraphEndingASentenceEndsAtAPageBreak) {
  PageWriter first;
  first.at(700).line(70, "Een zin.");
  PageWriter second;
  second.at(100).line(70, "Een andere zin.");
  EXPECT_EQ(describe(pdf_layout_blocks({first.page(), second.page()})),
            "P Een zin.\nP Een andere zin.\n");
}

TEST(PdfLayout, ALineEndingInAHyphenJoinsTheNextWithoutABreak) {
  PageWriter writer;
  writer.line(82, "1. de bestuurlijke handhaving en informatie-");
  writer.line(99, "uitwisseling");
  writer.line(82, "- en meer");
  EXPECT_EQ(describe(pdf_layout_blocks({writer.page()})),
            "L\n  1. de bestuurlijke handhaving en informatie-uitwisseling @1:1\n"
            "  - en meer @1:3\n");
}

TEST(PdfLayout, ASoftHyphenAtALineEndGoes) {
  PageWriter writer;
  writer.line(70, "de crimina\u00AD");
  writer.line(70, "liteit");
  EXPECT_EQ(describe(pdf_layout_blocks({writer.page()})), "P de criminaliteit\n");
}

TEST(PdfLayout, ContentsLinesWithDotLeadersGo) {
  PageWriter writer;
  writer.line(70, "Inhoudstafel", 12, true).gap();
  writer.line(70, "1. Inleiding..............................2");
  writer.line(70, "2. Beleidsprioriteiten . . . . . . . . . 5");
  writer.line(70, "3. Uitdagingen \u2026\u2026 8").gap();
  writer.line(70, "Dit kost 2.000 euro.");
  EXPECT_EQ(describe(pdf_layout_blocks({writer.page()})),
            "H1 Inhoudstafel\nP Dit kost 2.000 euro.\n");
}

TEST(PdfLayout, EntriesWhoseMarksSitFurtherRightNestUnderTheEntryBefore) {
  PageWriter writer;
  writer.line(82, "1. drugs").gap(9);
  writer.line(100, "- cannabis").gap(9);
  writer.line(100, "- cocaïne").gap(9);
  writer.line(82, "2. overlast");
  EXPECT_EQ(describe(pdf_layout_blocks({writer.page()})),
            "L\n  1. drugs @1:1\n    - cannabis @1:2\n    - cocaïne @1:3\n  2. overlast @1:4\n");
}

TEST(PdfLayout, WordsWithoutASpaceBetweenThemJoinAndAGapIsASpace) {
  PdfPage page{kPageHeight, {}};
  page.words.push_back({"cyber", 70, 100, 95, 113, kBody, false, false});
  page.words.push_back({"crime", 95.2, 100, 120, 113, kBody, false, false});
  page.words.push_back({"en", 130, 100, 140, 113, kBody, false, false});
  EXPECT_EQ(describe(pdf_layout_blocks({page})), "P cybercrime en\n");
}

TEST(PdfLayout, ANumberMarkGluedToItsTextIsSetApart) {
  PageWriter writer;
  writer.line(82, "9. verkeersveiligheid").gap(9);
  writer.line(82, "10.overlast").gap(9);
  writer.line(70, "Dit kost 2.000 euro of 3.5 procent.");
  EXPECT_EQ(describe(pdf_layout_blocks({writer.page()})),
            "L\n  9. verkeersveiligheid @1:1\n  10. overlast @1:2\n"
            "P Dit kost 2.000 euro of 3.5 procent.\n");
}

TEST(PdfLayout, NoWordsNoBlocks) {
  EXPECT_TRUE(pdf_layout_blocks({}).empty());
  EXPECT_TRUE(pdf_layout_blocks({PdfPage{kPageHeight, {}}}).empty());
}

}  // namespace
}  // namespace kiv::document
