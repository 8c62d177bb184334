// The note as it is published: PDF and DOCX files made by a word processor
// (tests/data/published, written by its generate.py through LibreOffice), read by poppler and
// libzip; and their refusals.

#include <gtest/gtest.h>

#include "archive/source_texts.hpp"
#include "document/blocks.hpp"
#include "support/documents.hpp"
#include "support/docx_writer.hpp"
#include "support/temp_dir.hpp"

namespace kiv {
namespace {

using test::titles;

std::string published(const std::string& name) {
  return test::read_file(test::test_data("published/" + name));
}

DocumentReading read_published(const std::string& name) {
  const std::string bytes = published(name);
  return read_document(bytes, name, detect_document_format(name, bytes), {});
}

// The web page's lists, which the two-page attachment repeats.
std::vector<std::string> page_titles(Section section) {
  const std::string path = test::bundled("kiv/2022-2024.nl.txt").string();
  const DocumentReading page = read_document(test::read_file(path), path, DocumentFormat::text, {});
  return titles(page.edition.items(section), "nl");
}

// The chapters of the full note: the same priorities, capitalised as section headings.
std::vector<std::string> capitalised(std::vector<std::string> titles) {
  for (std::string& title : titles) title[0] = static_cast<char>(std::toupper(title[0]));
  return titles;
}

TEST(PublishedDocuments, ThePdfAndDocxOfTheAttachmentReadAsTheWebPage) {
  for (const std::string name : {"KIV_22-24_NL.pdf", "KIV_22-24_NL.docx"}) {
    const DocumentReading reading = read_published(name);
    EXPECT_EQ(reading.format, name.ends_with(".pdf") ? DocumentFormat::pdf : DocumentFormat::docx);
    EXPECT_EQ(reading.edition.id(), "kiv/2022-2024") << name;
    EXPECT_EQ(reading.lang.value, "nl") << name;
    EXPECT_EQ(reading.adopted.value, "2022-03-31") << name;
    // A list over a page break, an entry wrapped with a hanging indent, the running header
    // ("Kadernota Integrale Veiligheid 2022-2024") and footers ("Pagina 1 van 2") left out.
    EXPECT_EQ(titles(reading.edition.priorities, "nl"), page_titles(Section::priorities)) << name;
    EXPECT_EQ(titles(reading.edition.themes, "nl"), page_titles(Section::themes)) << name;
    EXPECT_TRUE(reading.warnings.empty()) << name << ": " << reading.warnings.front();
  }
}

// The attachment converted by an archivist with pdftotext, plain (pages separated by form
// feeds, headers and footers in the text, "10.overlast" glued, a year at a line's start) and
// with -layout: the same lists.
TEST(PublishedDocuments, PdftotextOutputReadsAsTheWebPage) {
  for (const std::string name : {"KIV_22-24_NL.pdftotext.txt", "KIV_22-24_NL.layout.txt"}) {
    const DocumentReading reading = read_published(name);
    EXPECT_EQ(reading.edition.id(), "kiv/2022-2024") << name;
    EXPECT_EQ(reading.adopted.value, "2022-03-31") << name;
    EXPECT_EQ(titles(reading.edition.priorities, "nl"), page_titles(Section::priorities)) << name;
    EXPECT_EQ(titles(reading.edition.themes, "nl"), page_titles(Section::themes)) << name;
  }
}

TEST(PublishedDocuments, AFullNoteYieldsItsPrioritiesAndChallengesFromItsChapters) {
  for (const std::string name :
       {"kadernota-2022-2024-volledig.nl.pdf", "kadernota-2022-2024-volledig.nl.docx"}) {
    const DocumentReading reading = read_published(name);
    EXPECT_EQ(reading.edition.id(), "kiv/2022-2024") << name;
    EXPECT_EQ(reading.lang.value, "nl") << name;
    EXPECT_EQ(reading.adopted.value, "2022-01-28") << name;
    // Twelve pages: a contents page with dot leaders, numbered chapters whose sections are the
    // priorities (2.1. ...) and challenges (3.1. ...), each with paragraphs of explanation and,
    // under the first, a list of objectives of its own.
    EXPECT_EQ(titles(reading.edition.priorities, "nl"),
              capitalised(page_titles(Section::priorities)))
        << name;
    EXPECT_EQ(titles(reading.edition.themes, "nl"), capitalised(page_titles(Section::themes)))
        << name;
  }
}

// What the reader shows (and verify checks against) has no running header or footer and no
// contents lines; their chapter titles stay.
TEST(PublishedDocuments, TheTextShownLeavesOutContentsHeadersAndFooters) {
  for (const std::string name :
       {"kadernota-2022-2024-volledig.nl.pdf", "kadernota-2022-2024-volledig.nl.docx"}) {
    const auto text = document::binary_document_text(published(name), name);
    ASSERT_TRUE(text.has_value()) << name;
    EXPECT_EQ(text->find("Opvolging en evaluatie 11"), std::string::npos) << name;
    EXPECT_EQ(text->find("Opvolging en evaluatie..."), std::string::npos) << name;
    EXPECT_NE(text->find("4. Opvolging en evaluatie\n"), std::string::npos) << name;
    EXPECT_EQ(text->find("KIV 2022-2024\n"), std::string::npos) << name;
  }
  EXPECT_EQ(document::binary_document_text("Beleidsprioriteiten", "a.txt"), std::nullopt);
}

TEST(PublishedDocuments, AReadingPlacesWhatItFoundByPageOrParagraph) {
  EXPECT_EQ(read_published("kadernota-2022-2024-volledig.nl.pdf").adopted.origin,
            "text, page 2, line 14");
  EXPECT_EQ(read_published("kadernota-2022-2024-volledig.nl.docx").adopted.origin,
            "text, paragraph 11");
}

TEST(PublishedDocuments, FormatsAreKnownByTheirSignatureWhateverTheName) {
  EXPECT_EQ(detect_document_format("note", published("KIV_22-24_NL.pdf")), DocumentFormat::pdf);
  EXPECT_EQ(detect_document_format("note.txt", published("KIV_22-24_NL.docx")),
            DocumentFormat::docx);
  EXPECT_EQ(detect_document_format("a.pdf", "text"), DocumentFormat::pdf);
  EXPECT_EQ(detect_document_format("a.DOCX", "text"), DocumentFormat::docx);
  EXPECT_EQ(parse_document_format("pdf"), DocumentFormat::pdf);
  EXPECT_EQ(parse_document_format("docx"), DocumentFormat::docx);
}

TEST(PublishedDocuments, ADamagedPdfIsRefused) {
  std::string bytes = published("KIV_22-24_NL.pdf");
  bytes.resize(200);
  EXPECT_EQ(test::reading_error(DocumentFormat::pdf, bytes, "KIV_22-24_NL.pdf"),
            "KIV_22-24_NL.pdf: this PDF cannot be read: it is damaged (expected a framework note "
            "as a PDF with its text)");
}

TEST(PublishedDocuments, APdfWithoutTextIsRefusedAsAScan) {
  const std::string empty_page =
      "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
      "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
      "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n"
      "trailer <</Root 1 0 R>>\n%%EOF\n";
  const std::string error = test::reading_error(DocumentFormat::pdf, empty_page, "scan.pdf");
  EXPECT_TRUE(error.starts_with("scan.pdf: this PDF holds no text, only pictures of it")) << error;
}

TEST(PublishedDocuments, AProtectedPdfIsRefused) {
  const std::string error = test::reading_error(
      DocumentFormat::pdf, published("KIV_22-24_NL.protected.pdf"), "KIV_22-24_NL.pdf");
  EXPECT_EQ(error,
            "KIV_22-24_NL.pdf: this PDF is protected by a password (expected a PDF kiv can open: "
            "give kiv a copy without the password)");
}

TEST(PublishedDocuments, ADocxThatIsNoWordProcessingDocumentIsRefused) {
  EXPECT_EQ(test::reading_error(DocumentFormat::docx, "PK\x03\x04 not really", "nota.docx"),
            "nota.docx: this DOCX cannot be opened: Not a zip archive (expected a framework note "
            "as a DOCX document)");
  // A ZIP archive of another kind: a spreadsheet.
  std::string xlsx = published("KIV_22-24_NL.docx");
  for (auto at = xlsx.find("word/document.xml"); at != std::string::npos;
       at = xlsx.find("word/document.xml", at)) {
    xlsx.replace(at, 4, "xxxx");
  }
  EXPECT_EQ(test::reading_error(DocumentFormat::docx, xlsx, "nota.docx"),
            "nota.docx: this ZIP archive holds no word/document.xml (expected a framework note "
            "as a DOCX document)");
}

TEST(PublishedDocuments, VerifyFindsTheTextsOfAPdfOrDocxInItsShownText) {
  for (const std::string name : {"KIV_22-24_NL.pdf", "KIV_22-24_NL.docx"}) {
    Edition edition = read_published(name).edition;
    const std::string bytes = published(name);
    EXPECT_TRUE(texts_not_in_source(edition, nullptr, bytes).empty()) << name;
    edition.priorities[7].title["nl"] = "milieu";
    EXPECT_EQ(texts_not_in_source(edition, nullptr, bytes),
              std::vector<std::string>{"the title of priority 8 (nl), 'milieu'"})
        << name;
  }
}

// A DOCX the test writes itself: styles give headings, numbering gives list entries (a bullet
// level nested under a numbered one), a table's cells are read, deleted text (tracked changes)
// and field codes are not, contents paragraphs carry nothing, a typed "3." is an entry.
TEST(PublishedDocuments, ADocxIsReadByItsStylesNumberingAndTrackedChanges) {
  const std::string styles =
      std::string("<w:styles ") + test::kWordNamespaceDeclaration +
      "><w:style w:type=\"paragraph\" w:styleId=\"Kop2\"><w:name w:val=\"heading 2\"/>"
      "<w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Lijst\"><w:name w:val=\"List Number\"/>"
      "<w:basedOn w:val=\"Standaard\"/><w:pPr><w:numPr><w:numId w:val=\"7\"/></w:numPr></w:pPr>"
      "</w:style><w:style w:type=\"paragraph\" w:styleId=\"TOC1\"><w:name w:val=\"toc 1\"/>"
      "</w:style></w:styles>";
  const std::string numbering =
      std::string("<w:numbering ") + test::kWordNamespaceDeclaration +
      "><w:abstractNum w:abstractNumId=\"3\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
      "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl><w:lvl w:ilvl=\"1\">"
      "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"-\"/></w:lvl></w:abstractNum>"
      "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"3\"/></w:num></w:numbering>";
  const std::string entry = "<w:pStyle w:val=\"Lijst\"/>";
  const std::string body =
      test::docx_paragraph("Beleidsprioriteiten 3", "<w:pStyle w:val=\"TOC1\"/>") +
      test::docx_paragraph("Kadernota Integrale Veiligheid 2022-2024") +
      test::docx_paragraph("Beleidsprioriteiten", "<w:pStyle w:val=\"Kop2\"/>") + "<w:p><w:pPr>" +
      entry +
      "</w:pPr><w:r><w:t>radicalisering</w:t></w:r><w:del><w:r><w:delText> en "
      "haat</w:delText></w:r></w:del><w:ins><w:r><w:t xml:space=\"preserve\"> en "
      "terrorisme</w:t></w:r></w:ins></w:p>" +
      test::docx_paragraph("drugs", entry) +
      test::docx_paragraph("cannabis", entry +
                                           "<w:numPr><w:ilvl w:val=\"1\"/><w:numId "
                                           "w:val=\"7\"/></w:numPr>") +
      "<w:tbl><w:tr><w:tc>" + test::docx_paragraph("leefmilieu", entry) + "</w:tc></w:tr></w:tbl>" +
      "<w:p><w:pPr>" + entry +
      "</w:pPr><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE "
      "</w:instrText></w:r><w:r><w:t>overlast</w:t></w:r></w:p>" +
      test::docx_paragraph("Uitdagingen", "<w:pStyle w:val=\"Kop2\"/>") +
      test::docx_paragraph("1. de buitgerichte aanpak") +
      test::docx_paragraph("2. de internationale samenwerking") +
      test::docx_paragraph("Goedgekeurd op 4 februari 2022.");
  const std::string bytes = test::docx_bytes({{"word/document.xml", test::docx_document(body)},
                                              {"word/styles.xml", styles},
                                              {"word/numbering.xml", numbering}});
  const DocumentReading reading = read_document(bytes, "nota.nl.docx", DocumentFormat::docx, {});
  EXPECT_EQ(reading.edition.id(), "kiv/2022-2024");
  EXPECT_EQ(reading.adopted.value, "2022-02-04");
  EXPECT_EQ(reading.adopted.origin, "text, paragraph 12");
  EXPECT_EQ(titles(reading.edition.priorities, "nl"),
            (std::vector<std::string>{"radicalisering en terrorisme", "drugs", "leefmilieu",
                                      "overlast"}));
  ASSERT_EQ(reading.edition.priorities[1].subtopics.size(), 1U);
  EXPECT_EQ(reading.edition.priorities[1].subtopics[0].at("nl"), "cannabis");
  EXPECT_EQ(titles(reading.edition.themes, "nl"),
            (std::vector<std::string>{"de buitgerichte aanpak", "de internationale samenwerking"}));
  // Numbers come from the numbering: a list that skips one is an error at its paragraph.
  const std::string skipping = test::docx_bytes(
      {{"word/document.xml",
        test::docx_document(test::docx_paragraph("Uitdagingen", "<w:pStyle w:val=\"Kop2\"/>") +
                            test::docx_paragraph("1. de buitgerichte aanpak") +
                            test::docx_paragraph("3. de internationale samenwerking"))},
       {"word/styles.xml", styles}});
  EXPECT_EQ(test::reading_error(DocumentFormat::docx, skipping, "nota.nl.docx"),
            "nota.nl.docx: paragraph 3: expected item 2, found 3");
}

}  // namespace
}  // namespace kiv
