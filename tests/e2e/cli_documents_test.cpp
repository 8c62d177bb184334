// kiv import of notes as published (text, Markdown, HTML), end to end: the real 2022-2024 page,
// pages in four languages and three formats, a second language, corrections, bad documents.

#include <filesystem>

#include "support/cli_fixture.hpp"
#include "support/editions.hpp"

namespace kiv::test {
namespace {

class CliDocuments : public CliTest {
 protected:
  static std::string page(const std::string& name) { return test_data("pages/" + name).string(); }
  static std::string real_page() { return bundled("kiv/2022-2024.nl.txt").string(); }
};

TEST_F(CliDocuments, TheReal2022To2024PageImportsUnchanged) {
  const KivRun run = kiv({"import", real_page()});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, "created  kiv/2022-2024@1  from " + real_page() + "\n");
  const KivRun list = kiv({"list"});
  EXPECT_NE(
      list.out.find("kiv/2022-2024  2022-2024  2022-03-31    1  nl                 10       5"),
      std::string::npos)
      << list.out;
  const KivRun show = kiv({"show", "kiv/2022-2024"});
  EXPECT_NE(show.out.find("5. cybercrime en cyber security\n"), std::string::npos) << show.out;
  EXPECT_EQ(kiv({"export", "kiv/2022-2024", "--format", "source"}).out, read_file(real_page()));
}

TEST_F(CliDocuments, TheRealPagesGiveTheBundledEditionsAndTheirDiff) {
  ASSERT_EQ(kiv({"import", bundled("kiv/2016-2019.nl.md").string(), real_page()}).status, 0);
  const KivRun diff = kiv({"diff", "kiv/2016-2019", "kiv/2022-2024"});
  EXPECT_NE(diff.out.find("Priorities: 1 changed, 9 unchanged"), std::string::npos) << diff.out;
  EXPECT_NE(diff.out.find("cybercrime en [-cybersecurity-]{+cyber security+}"), std::string::npos);
  EXPECT_NE(diff.out.find("Themes: 5 unchanged"), std::string::npos);
}

TEST_F(CliDocuments, ADryRunOfAPageShowsWhereEachValueWasFound) {
  ASSERT_EQ(kiv({"import", bundled("kiv/2016-2019.json").string()}).status, 0);
  const auto before = snapshot(store());
  const KivRun run = kiv({"import", "--dry-run", real_page()});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(snapshot(store()), before);
  EXPECT_NE(run.out.find("  format    text\n"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("  series    kiv  (text, line 1)\n"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("  edition   2022-2024  (file name)\n"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("  language  nl  (file name)\n"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("  adopted   2022-03-31  (text, line "), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("cybercrime en [-cybersecurity-]{+cyber security+}"), std::string::npos);
}

TEST_F(CliDocuments, PagesInFourLanguagesAndThreeFormatsImportAsTheirEditions) {
  const auto dir = temp_.path() / "pages";
  std::filesystem::create_directories(dir);
  for (const auto& entry : std::filesystem::directory_iterator(test_data("pages"))) {
    if (entry.path().filename() == "README.md") continue;
    std::filesystem::copy_file(entry.path(), dir / entry.path().filename());
  }
  const KivRun run = kiv({"import", dir.string(), "--dry-run"});
  ASSERT_EQ(run.status, 0) << run.err << run.out;
  // One edition: the first page creates it, the others add their language or are the same.
  EXPECT_NE(run.out.find("12 files: 1 would be created, "), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find("failed"), std::string::npos) << run.out;
  for (const char* lang : {"nl", "fr", "de", "en"}) {
    EXPECT_NE(run.out.find(std::string("  language  ") + lang), std::string::npos) << lang;
  }
  for (const char* format : {"text", "md", "html"}) {
    EXPECT_NE(run.out.find(std::string("  format    ") + format), std::string::npos) << format;
  }
  // Recorded for real, the pages are one edition in four languages.
  ASSERT_EQ(kiv({"import", dir.string()}).status, 0);
  const KivRun show = kiv({"show", "kiv/2022-2024", "--lang", "de"});
  EXPECT_NE(show.out.find("Languages  de, en, fr, nl\n"), std::string::npos) << show.out;
  EXPECT_NE(show.out.find("5. Cyberkriminalität und Cybersicherheit\n"), std::string::npos)
      << show.out;
}

TEST_F(CliDocuments, APageInASecondLanguageAddsItToTheEditionAsANewRevision) {
  ASSERT_EQ(kiv({"import", real_page()}).status, 0);
  const KivRun run = kiv({"import", page("KIV_22-24_FR.html"), "--source-url",
                          "https://example.org/ncsi-2022-2024", "-m", "Add the French text"});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, "revised  kiv/2022-2024@2  from " + page("KIV_22-24_FR.html") + "\n");
  const KivRun french = kiv({"show", "kiv/2022-2024", "--lang", "fr"});
  EXPECT_NE(french.out.find("Languages   fr, nl\n"), std::string::npos) << french.out;
  EXPECT_NE(french.out.find("5. cybercriminalité et cybersécurité\n"), std::string::npos)
      << french.out;
  EXPECT_NE(kiv({"show", "kiv/2022-2024"}).out.find("5. cybercrime en cyber security\n"),
            std::string::npos);
  const KivRun log = kiv({"log", "kiv/2022-2024"});
  EXPECT_NE(log.out.find("    Add the French text\n"), std::string::npos) << log.out;
  EXPECT_NE(log.out.find("source KIV_22-24_FR.html (sha256 "), std::string::npos);
  EXPECT_NE(log.out.find("source 2022-2024.nl.txt (sha256 "), std::string::npos);
  // The items did not change in Dutch; the diff says what the revision added.
  const KivRun diff = kiv({"diff", "kiv/2022-2024@1", "kiv/2022-2024@2", "--exit-code"});
  EXPECT_EQ(diff.status, 1);
  EXPECT_NE(diff.out.find("\nLanguages: fr added\n"), std::string::npos) << diff.out;
  EXPECT_NE(diff.out.find("Priorities: 10 unchanged"), std::string::npos) << diff.out;
  const KivRun markdown = kiv({"diff", "kiv/2022-2024@1", "kiv/2022-2024@2", "--format", "md"});
  EXPECT_NE(markdown.out.find("\nLanguages: fr added.\n"), std::string::npos) << markdown.out;
}

TEST_F(CliDocuments, ACorrectedCopyBecomesTheNextRevisionAndTheDiffShowsTheCorrection) {
  ASSERT_EQ(kiv({"import", real_page()}).status, 0);
  std::string text = read_file(real_page());
  text.replace(text.find(" 10. overlast"), 13, " 10. openbare overlast");
  const std::string corrected = file("kiv-2022-2024.nl.txt", text);
  const KivRun run = kiv({"import", corrected, "-m", "Correct priority 10"});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("revised  kiv/2022-2024@2"), std::string::npos);
  const KivRun diff = kiv({"diff", "kiv/2022-2024@1", "kiv/2022-2024@2"});
  EXPECT_NE(diff.out.find("Priorities: 1 changed, 9 unchanged"), std::string::npos) << diff.out;
  EXPECT_NE(diff.out.find("{+openbare +}overlast"), std::string::npos) << diff.out;
  EXPECT_NE(kiv({"log", "kiv/2022-2024"}).out.find("    Correct priority 10\n"), std::string::npos);
}

TEST_F(CliDocuments, WhatCannotBeDetectedIsAskedForByItsOption) {
  const std::string anonymous =
      file("page.txt", "Beleidsprioriteiten\n\n1. terrorisme\n2. drugs\n");
  const KivRun run = kiv({"import", anonymous});
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find(anonymous + ": "), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("--series"), std::string::npos) << run.err;
  EXPECT_FALSE(std::filesystem::exists(store()));
  const KivRun given = kiv({"import", anonymous, "--series", "kiv", "--edition", "2025-2028",
                            "--lang", "nl", "--adopted", "2025-06-30"});
  ASSERT_EQ(given.status, 0) << given.err;
  EXPECT_NE(kiv({"list"}).out.find("kiv/2025-2028  2025-2028  2025-06-30"), std::string::npos);
}

TEST_F(CliDocuments, BadDocumentsAreRefusedByNameAndWriteNothing) {
  ASSERT_EQ(kiv({"import", bundled("kiv/2016-2019.json").string()}).status, 0);
  const auto before = snapshot(store());
  const std::string empty = file("empty.txt", "");
  const std::string binary = file("scan.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  const std::string latin1 = file(
      "latin1.txt",
      "Kadernota Integrale Veiligheid 2022-2024\n\nBeleidsprioriteiten\n\n1. ge\xEFntegreerd\n");
  const std::string no_sections =
      file("prose.txt", "Kadernota Integrale Veiligheid 2022-2024\n\nGeen lijst hier.\n");
  for (const std::string& bad : {empty, binary, latin1, no_sections}) {
    const KivRun run = kiv({"import", bad});
    EXPECT_EQ(run.status, 2) << bad;
    EXPECT_TRUE(run.err.starts_with("kiv: error: " + bad + ":")) << run.err;
    EXPECT_EQ(run.err.find('\n'), run.err.size() - 1) << "one line: " << run.err;
  }
  EXPECT_EQ(snapshot(store()), before);
}

TEST_F(CliDocuments, AListOfAHundredThousandItemsImportsCleanly) {
  std::string text = "Kadernota Integrale Veiligheid 2090-2099\n\nBeleidsprioriteiten\n\n";
  for (int i = 1; i <= 100000; ++i)
    text += std::to_string(i) + ". prioriteit nummer " + std::to_string(i) + "\n";
  const std::string big = file("kiv-2090-2099.nl.txt", text);
  const KivRun run = kiv({"import", big});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(kiv({"list"}).out.find("100000"), std::string::npos);
}

}  // namespace
}  // namespace kiv::test
