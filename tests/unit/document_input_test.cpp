// Bad and unusual input: what read_document refuses and how, format detection, size.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <random>

#include "kiv/edition_format.hpp"
#include "support/documents.hpp"
#include "support/temp_dir.hpp"
#include "support/utf16.hpp"

namespace kiv {
namespace {

using test::reading_error;

constexpr DocumentFormat kText = DocumentFormat::text;

TEST(DocumentInput, AnEmptyFileIsAnError) {
  EXPECT_EQ(
      reading_error(kText, "", "a.txt"),
      "a.txt: the file is empty (expected a framework note as text, Markdown, HTML, PDF or DOCX)");
  EXPECT_EQ(
      reading_error(DocumentFormat::html, "\xEF\xBB\xBF \r\n", "a.html"),
      "a.html: the file is empty (expected a framework note as text, Markdown, HTML, PDF or DOCX)");
}

TEST(DocumentInput, ABinaryFileIsAnError) {
  const std::string expected =
      "a.txt: this is a binary file (expected a framework note as text, Markdown, HTML, PDF or "
      "DOCX)";
  EXPECT_EQ(reading_error(kText, std::string("KIV\0\x01", 5), "a.txt"), expected);
  EXPECT_EQ(reading_error(kText, "\x01\x02\x03\x04 KIV", "a.txt"), expected);
}

TEST(DocumentInput, InvalidUtf8IsAnErrorAtItsLine) {
  EXPECT_EQ(reading_error(DocumentFormat::markdown, "KIV 2022-2024\n\nPrioriteiten\xFF\n", "a.md"),
            "a.md:3:13: invalid UTF-8 (expected a text in UTF-8)");
}

// A small note as text, and the same in UTF-16 (little or big endian, with its byte-order mark)
// or with other line ends.
constexpr const char* kNotePath = "kiv-2022-2024.nl.txt";
constexpr const char* kSmallNote =
    "Kadernota Integrale Veiligheid 2022-2024\n\nBeleidsprioriteiten\n\n1. terrorisme\n"
    "2. leefmilieu\n3. overlast\n";

TEST(DocumentInput, Utf16WithAByteOrderMarkIsReadAsItsText) {
  const std::string expected =
      to_canonical_json(test::read_as(kText, kSmallNote, kNotePath).edition);
  for (const bool little_endian : {true, false}) {
    const std::string bytes = test::utf16(kSmallNote, little_endian);
    EXPECT_EQ(detect_document_format("note", bytes), kText);
    EXPECT_EQ(to_canonical_json(test::read_as(kText, bytes, kNotePath).edition), expected)
        << little_endian;
  }
  // Accents and HTML survive the decoding, and HTML is still recognised as HTML.
  const std::string page =
      "<html><body><h2>Beleidsprioriteiten</h2><ol><li>geïntegreerd drugsbeleid</li>"
      "<li>overlast</li></ol></body></html>";
  const std::string bytes = test::utf16(page, true);
  EXPECT_EQ(detect_document_format("note", bytes), DocumentFormat::html);
  EXPECT_EQ(
      test::titles(
          test::read_as(DocumentFormat::html, bytes, "kiv-2022-2024.nl.html").edition.priorities,
          "nl"),
      (std::vector<std::string>{"geïntegreerd drugsbeleid", "overlast"}));
}

TEST(DocumentInput, MalformedUtf16IsAnErrorAtItsByte) {
  // An odd last byte; a low surrogate with no high one before it (bytes 4-5).
  EXPECT_EQ(reading_error(kText,
                          std::string("\xFF\xFE"
                                      "K\0I",
                                      5),
                          "a.txt"),
            "a.txt: byte 4: an incomplete character at the end (expected UTF-16LE, as its "
            "byte-order mark says)");
  EXPECT_EQ(reading_error(kText,
                          std::string("\xFF\xFE"
                                      "K\0\x00\xDC"
                                      "I\0",
                                      8),
                          "a.txt"),
            "a.txt: byte 4: a malformed character (expected UTF-16LE, as its byte-order mark "
            "says)");
}

TEST(DocumentInput, LinesEndedByACarriageReturnAloneOrWithALineFeedAreLines) {
  const std::string expected =
      to_canonical_json(test::read_as(kText, kSmallNote, kNotePath).edition);
  std::string cr = kSmallNote, crlf;
  std::replace(cr.begin(), cr.end(), '\n', '\r');
  for (const char c : std::string(kSmallNote))
    crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  EXPECT_EQ(to_canonical_json(test::read_as(kText, cr, kNotePath).edition), expected);
  EXPECT_EQ(to_canonical_json(test::read_as(kText, crlf, kNotePath).edition), expected);
  EXPECT_EQ(
      test::read_as(DocumentFormat::markdown, cr, "kiv-2022-2024.nl.md").edition.priorities.size(),
      3U);
}

TEST(DocumentInput, JsonIsNotReadAsADocument) {
  EXPECT_NE(reading_error(DocumentFormat::json, "{\"format\": \"kiv-edition/1\"}", "a.json")
                .find("parse_edition"),
            std::string::npos);
}

TEST(DocumentInput, DetectsTheFormatFromTheContentFirst) {
  EXPECT_EQ(detect_document_format("a.txt", "\xEF\xBB\xBF {\n  \"format\": \"kiv-edition/1\"}"),
            DocumentFormat::json);
  EXPECT_EQ(detect_document_format("a.txt", "<!DOCTYPE html><p>x</p>"), DocumentFormat::html);
  EXPECT_EQ(detect_document_format("a.md", "\n<HTML><body>"), DocumentFormat::html);
  EXPECT_EQ(detect_document_format("a", "Prioriteiten:\n<ol><li>drugs</li></ol>"),
            DocumentFormat::html);
  EXPECT_EQ(detect_document_format("a.json", "not json"), DocumentFormat::json);
  EXPECT_EQ(detect_document_format("a.MD", "# x"), DocumentFormat::markdown);
  EXPECT_EQ(detect_document_format("a.markdown", "# x"), DocumentFormat::markdown);
  EXPECT_EQ(detect_document_format("a.htm", "x"), DocumentFormat::html);
  EXPECT_EQ(detect_document_format("a.html", "x"), DocumentFormat::html);
  EXPECT_EQ(detect_document_format("a.txt", "{ no format here }"), DocumentFormat::text);
  EXPECT_EQ(detect_document_format("a.doc", "x"), DocumentFormat::text);
}

TEST(DocumentInput, FormatNamesRoundTrip) {
  for (const DocumentFormat format :
       {DocumentFormat::json, DocumentFormat::text, DocumentFormat::markdown, DocumentFormat::html,
        DocumentFormat::pdf, DocumentFormat::docx}) {
    EXPECT_EQ(parse_document_format(document_format_name(format)), format);
  }
  EXPECT_EQ(parse_document_format("txt"), DocumentFormat::text);
  EXPECT_EQ(parse_document_format("markdown"), DocumentFormat::markdown);
  EXPECT_EQ(parse_document_format("odt"), std::nullopt);
}

TEST(DocumentInput, DeepNestingIsRefusedNotACrash) {
  std::string quotes(100000, '>');
  EXPECT_NE(reading_error(DocumentFormat::markdown,
                          "KIV 2022-2024\n\n" + quotes + " Prioriteiten:\n", "a.nl.md")
                .find("nested more than"),
            std::string::npos);
}

// How long it takes is a figure for the README, never a test's (the machine may be busy).
TEST(DocumentInput, AHundredThousandItemsAreReadInEveryFormat) {
  for (const DocumentFormat format :
       {DocumentFormat::text, DocumentFormat::markdown, DocumentFormat::html}) {
    const bool html = format == DocumentFormat::html;
    std::string bytes = html ? "<h1>KIV 2022-2024</h1><h2>Prioriteiten</h2><ol>\n"
                             : "KIV 2022-2024\n\nPrioriteiten\n\n";
    for (int k = 1; k <= 100000; ++k) {
      bytes += html ? "<li>prioriteit " + std::to_string(k) + "</li>\n"
                    : std::to_string(k) + ". prioriteit " + std::to_string(k) + "\n";
    }
    const DocumentReading reading = test::read_as(format, bytes, "kiv_nl");
    ASSERT_EQ(reading.edition.priorities.size(), 100000U) << document_format_name(format);
    EXPECT_EQ(text_in(reading.edition.priorities.back().title, "nl"), "prioriteit 100000");
  }
}

// Flips, inserts and deletes bytes of the pages, a few at a time: every reading must return a
// valid edition or throw kiv::Error, nothing else (and never crash: the sanitizer build runs it).
TEST(DocumentInput, MutatedPagesReadOrFailCleanly) {
  std::vector<std::filesystem::path> pages = {test::bundled("kiv/2022-2024.nl.txt"),
                                              test::bundled("kiv/2016-2019.nl.md")};
  for (const auto& entry : std::filesystem::directory_iterator(test::test_data("pages"))) {
    if (entry.path().filename() != "README.md") pages.push_back(entry.path());
  }
  std::sort(pages.begin(), pages.end());
  std::mt19937 random(20220331);
  constexpr int kMutationsPerPage = 250;
  int read = 0;
  for (const auto& page : pages) {
    const std::string original = test::read_file(page);
    for (int round = 0; round < kMutationsPerPage; ++round) {
      std::string bytes = original;
      const int edits = 1 + static_cast<int>(random() % 8);
      for (int edit = 0; edit < edits && !bytes.empty(); ++edit) {
        const std::size_t at = random() % bytes.size();
        const auto byte = static_cast<char>(random() % 256);
        switch (random() % 3) {
          case 0:
            bytes[at] = byte;
            break;
          case 1:
            bytes.insert(bytes.begin() + static_cast<std::ptrdiff_t>(at), byte);
            break;
          default:
            bytes.erase(at, 1 + random() % 16);
        }
      }
      const std::string path = page.filename().string();
      try {
        const DocumentReading reading =
            read_document(bytes, path, detect_document_format(path, bytes), {});
        EXPECT_FALSE(reading.edition.priorities.empty() && reading.edition.themes.empty());
        ++read;
      } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::input) << error.what();
      }
    }
  }
  EXPECT_GT(read, 0);  // most small mutations leave a readable note
}

}  // namespace
}  // namespace kiv
