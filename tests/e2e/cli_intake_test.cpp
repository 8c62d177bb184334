// Archivist intake with kiv import: dry runs, provenance options, directories, progress,
// --fail-fast, oversized files.

#include <rapidjson/document.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "support/cli_fixture.hpp"
#include "support/editions.hpp"
#include "support/utf16.hpp"

namespace kiv::test {
namespace {

class CliIntake : public CliTest {
 protected:
  // The 2022-2024 edition without its keys, as a file: keys must come from inheritance.
  std::string unkeyed_2022_2024() const {
    std::string json = read_file(bundled("kiv/2022-2024.json"));
    std::string out;
    std::istringstream lines(json);
    for (std::string line; std::getline(lines, line);) {
      if (line.find("\"key\": ") == std::string::npos) out += line + "\n";
    }
    return file("2022-2024-unkeyed.json", out);
  }

  void import_one(const std::string& name) const {
    ASSERT_EQ(kiv({"import", bundled(name).string()}).status, 0);
  }
};

TEST_F(CliIntake, ADryRunShowsWhatWouldBeRecordedWithKeysAndTheDiffAndWritesNothing) {
  import_one("kiv/2016-2019.json");
  const auto before = snapshot(store());
  const KivRun run = kiv({"import", "--dry-run", unkeyed_2022_2024()});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(snapshot(store()), before) << "the dry run changed the store";
  EXPECT_NE(run.out.find("would create kiv/2022-2024@1 from "), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("  adopted   2022-03-31\n"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("  priorities (10)\n"), std::string::npos) << run.out;
  // Keys inherited from 2016-2019, shown beside each title.
  EXPECT_NE(
      run.out.find(
          "      5  cybercrime                                cybercrime en cyber security\n"),
      std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("  themes (5)\n"), std::string::npos);
  EXPECT_NE(run.out.find("kiv/2016-2019 (revision 1)"), std::string::npos);
  EXPECT_NE(run.out.find("cybercrime en [-cybersecurity-]{+cyber security+}"), std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("1 file: 1 would be created; nothing was written (dry run)\n"),
            std::string::npos);
}

// A note saved as UTF-16 by a word processor, and one with classic Mac OS line ends (a lone
// CR): each imports as its text, verify ties its texts to the bytes kept as its source.
TEST_F(CliIntake, Utf16AndCarriageReturnLineEndsImportAsTheirText) {
  const std::string page = read_file(bundled("kiv/2022-2024.nl.txt"));
  std::string cr = page;
  std::replace(cr.begin(), cr.end(), '\n', '\r');
  const std::string utf16_file = file("KIV_22-24_NL.txt", utf16(page, true));
  ASSERT_EQ(kiv({"import", utf16_file}).status, 0);
  const std::string shown = kiv({"show", "kiv/2022-2024"}).out;
  EXPECT_NE(shown.find("cybercrime en cyber security"), std::string::npos) << shown;
  const KivRun same = kiv({"import", file("kiv-2022-2024.nl.txt", cr)});
  EXPECT_EQ(same.status, 0) << same.err;
  // Only the source's bytes differ: the items are the same.
  EXPECT_NE(same.out.find("kiv/2022-2024@2"), std::string::npos) << same.out;
  EXPECT_EQ(kiv({"diff", "kiv/2022-2024@1", "kiv/2022-2024@2", "--exit-code"}).status, 0);
  const KivRun verify = kiv({"verify"});
  EXPECT_EQ(verify.status, 0) << verify.out << verify.err;
  // A malformed UTF-16 file is refused by name and byte, and the store is left as it was.
  const auto before = snapshot(store());
  const KivRun bad = kiv({"import", file("bad.txt", std::string("\xFF\xFEK\0\x00\xDC", 6))});
  EXPECT_EQ(bad.status, 2) << bad.err;
  EXPECT_NE(bad.err.find("bad.txt: byte 4: a malformed character (expected UTF-16LE"),
            std::string::npos)
      << bad.err;
  EXPECT_EQ(snapshot(store()), before);
}

// A folder as archivists keep it: the canonical JSON of the first edition, the published PDF and
// a DOCX of the second, an ODT copy. What is not imported is said, file by file, and counted.
TEST_F(CliIntake, FilesOfADirectoryThatAreNotImportedAreNamedAndCounted) {
  const std::filesystem::path folder = temp_.path() / "folder";
  std::filesystem::create_directories(folder);
  std::filesystem::copy_file(bundled("kiv/2016-2019.json"), folder / "2016-2019.json");
  std::filesystem::copy_file(test_data("published/KIV_22-24_NL.pdf"), folder / "KIV_22-24_NL.pdf");
  std::filesystem::copy_file(test_data("published/kadernota-2022-2024-volledig.nl.docx"),
                             folder / "kadernota-2022-2024-volledig.nl.docx");
  write_file(folder / "nota.odt", "PK");
  const KivRun run = kiv({"import", folder.string()});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.err, "kiv: " + (folder / "nota.odt").string() +
                         ": skipped: a word processor format kiv does not read; save it as DOCX "
                         "or PDF and import that\n");
  EXPECT_NE(
      run.out.find("3 files: 2 created, 1 revised, 1 other file of the directories skipped\n"),
      std::string::npos)
      << run.out;
}

// The note as published: a PDF and a DOCX import as what they show, and their bytes are the
// recorded source, byte for byte, checked by verify; kiv diff compares them as any revisions.
TEST_F(CliIntake, APdfAndADocxImportAsPublishedWithTheirBytesAsTheSource) {
  const std::string pdf = test_data("published/KIV_22-24_NL.pdf").string();
  const KivRun run = kiv({"import", pdf});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("created  kiv/2022-2024@1  from " + pdf), std::string::npos) << run.out;
  const KivRun show = kiv({"show", "kiv/2022-2024"});
  EXPECT_NE(show.out.find("geweldcriminaliteit, aantasting van de persoonlijke integriteit en "
                          "discriminatie: intrafamiliaal geweld, seksueel geweld en "
                          "kindermisbruik"),
            std::string::npos)
      << show.out;
  EXPECT_NE(show.out.find("Source     KIV_22-24_NL.pdf (sha256 "), std::string::npos) << show.out;
  const std::string exported = (temp_.path() / "exported.pdf").string();
  ASSERT_EQ(kiv({"export", "kiv/2022-2024", "--format", "source", "-o", exported}).status, 0);
  EXPECT_EQ(read_file(exported), read_file(pdf));

  const std::string docx = test_data("published/KIV_22-24_NL.docx").string();
  const KivRun second = kiv({"import", docx});
  ASSERT_EQ(second.status, 0) << second.err;
  // The same lists: the DOCX's revision changes nothing an analyst compares.
  EXPECT_EQ(kiv({"diff", "kiv/2022-2024@1", "kiv/2022-2024@2", "--exit-code"}).status, 0);
  ASSERT_EQ(kiv({"export", "kiv/2022-2024@2", "--format", "source", "-o", exported}).status, 0);
  EXPECT_EQ(read_file(exported), read_file(docx));
  const KivRun verify = kiv({"verify"});
  EXPECT_EQ(verify.status, 0) << verify.out << verify.err;
}

// Writes notes with `writer` (a script of tests/support/ taking OUT and SEED and printing the
// titles it wrote) for seeds 1 to `seeds`, imports each into a store of its own, and checks
// that every priority and theme reads as written.
void expect_generated_notes_import_whole(const std::filesystem::path& work, const char* writer,
                                         const char* extension, int seeds) {
  RunOptions python;
  python.program = "/usr/bin/python3";
  const std::string script = std::string(KIV_SOURCE_DIR) + "/tests/support/" + writer;
  for (int seed = 1; seed <= seeds; ++seed) {
    SCOPED_TRACE(std::string(writer) + " seed " + std::to_string(seed));
    const std::filesystem::path note = work / ("note-" + std::to_string(seed) + extension);
    const KivRun made = run_kiv({script, note.string(), std::to_string(seed)}, python);
    ASSERT_EQ(made.status, 0) << made.err;
    rapidjson::Document titles;
    titles.Parse(made.out.c_str());
    ASSERT_TRUE(titles.IsObject()) << made.out;
    const std::filesystem::path store = work / ("store-" + std::to_string(seed) + extension);
    const KivRun imported = run_kiv_in(store, {"import", note.string()});
    ASSERT_EQ(imported.status, 0) << imported.err;
    const KivRun exported = run_kiv_in(store, {"export", "kiv/2022-2024"});
    rapidjson::Document edition;
    edition.Parse(exported.out.c_str());
    ASSERT_TRUE(edition.IsObject()) << exported.out;
    for (const char* section : {"priorities", "themes"}) {
      std::vector<std::string> wanted, found;
      for (const auto& title : titles[section].GetArray()) wanted.emplace_back(title.GetString());
      for (const auto& item : edition[section].GetArray())
        found.emplace_back(item["title"]["nl"].GetString());
      EXPECT_EQ(found, wanted) << section;
    }
  }
}

// PDFs the test writes itself (tests/support/make_pdf.py: Helvetica, no embedded font), laid
// out with variations drawn from a seed: type size, line spacing up to 1.5, where lines wrap,
// hanging indent, where the page breaks, one more long title. Each imports as what it shows:
// every priority and theme, wrapped ones whole, none lost at a wrap or the page break.
TEST_F(CliIntake, GeneratedPdfsOfManyLayoutsImportAsTheyRead) {
  expect_generated_notes_import_whole(temp_.path(), "make_pdf.py", ".pdf", 12);
}

// DOCX files the test writes itself (tests/support/make_docx.py, a zip of XML): headings by
// style or by their own outline level, entries numbered directly or by a list style, texts in
// several runs, a tracked deletion inside an entry, the themes' list restarted.
TEST_F(CliIntake, GeneratedDocxFilesOfManyKindsImportAsTheyRead) {
  expect_generated_notes_import_whole(temp_.path(), "make_docx.py", ".docx", 12);
}

// A PDF kiv cannot read is refused by name, with the reason, and the store stays as it was.
TEST_F(CliIntake, APdfThatCannotBeReadIsRefusedAndTheStoreIsLeftAsItWas) {
  import_one("kiv/2016-2019.json");
  const auto before = snapshot(store());
  const std::string protected_pdf = test_data("published/KIV_22-24_NL.protected.pdf").string();
  const KivRun locked = kiv({"import", protected_pdf});
  EXPECT_EQ(locked.status, 2);
  EXPECT_EQ(locked.err, "kiv: error: " + protected_pdf +
                            ": this PDF is protected by a password (expected a PDF kiv can open: "
                            "give kiv a copy without the password)\n");
  std::string damaged = read_file(test_data("published/KIV_22-24_NL.pdf"));
  damaged.resize(damaged.size() / 3);
  const KivRun cut = kiv({"import", file("KIV_22-24_NL.pdf", damaged)});
  EXPECT_EQ(cut.status, 2) << cut.out;
  EXPECT_NE(cut.err.find("KIV_22-24_NL.pdf: "), std::string::npos) << cut.err;
  EXPECT_EQ(snapshot(store()), before);
}

// An older edition found later: the dry run compares it with the edition the store has, in
// the series' order (older -> newer), as kiv diff of the two would.
TEST_F(CliIntake, ADryRunOfAnOlderEditionComparesItInTheSeriesOrder) {
  import_one("kiv/2022-2024.json");
  const KivRun run = kiv({"import", "--dry-run", bundled("kiv/2016-2019.json").string()});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("kiv/2016-2019 (revision 1) -> kiv/2022-2024 (revision 1), in nl"),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("cybercrime en [-cybersecurity-]{+cyber security+}"), std::string::npos)
      << run.out;
}

// The police's plan, as published: a series of its own, its "Veiligheidsfenomenen" the
// priorities; compared with the KIV it follows, every priority continues.
TEST_F(CliIntake, TheNationaalVeiligheidsplanImportsAsItsOwnSeries) {
  const std::string text = read_file(test_data("sources/nvp-2016-2019.nl.txt"));
  const KivRun run = kiv({"import", file("plan.nl.txt", text)});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("nvp/2016-2019@1"), std::string::npos) << run.out;
  import_one("kiv/2016-2019.json");
  const KivRun diff = kiv({"diff", "kiv/2016-2019", "nvp/2016-2019", "--format", "json"});
  ASSERT_EQ(diff.status, 0) << diff.err;
  rapidjson::Document json;
  json.Parse(diff.out.c_str());
  ASSERT_TRUE(json.IsObject()) << diff.out;
  std::size_t paired = 0;
  for (const auto& change : json["priorities"].GetArray()) {
    const std::string kind = change["change"].GetString();
    EXPECT_TRUE(kind == "changed" || kind == "unchanged") << kind;
    paired += kind == "changed" || kind == "unchanged";
  }
  EXPECT_EQ(paired, 10U);
}

// The canonical JSON of an edition exported before it gained a language: importing it would
// drop that language from the latest revision, so it is refused, by name, unless asked for.
TEST_F(CliIntake, AJsonEditionThatWouldDropALanguageIsRefusedUnlessAskedFor) {
  import_one("kiv/2022-2024.json");
  ASSERT_EQ(kiv({"import", test_data("pages/KIV_22-24_FR.html").string()}).status, 0);
  std::string json = read_file(bundled("kiv/2022-2024.json"));
  const std::string key = "\"key\": \"cybercrime\"";
  json.replace(json.find(key), key.size(), "\"key\": \"cyber\"");
  const std::string corrected = file("2022-2024.json", json);
  const auto before = snapshot(store());
  const KivRun refused = kiv({"import", corrected});
  EXPECT_EQ(refused.status, 2);
  EXPECT_NE(refused.err.find(corrected +
                             ": would drop fr from kiv/2022-2024 (kiv/2022-2024@2 has fr and nl; "
                             "the file has nl): import a page in that language"),
            std::string::npos)
      << refused.err;
  EXPECT_EQ(snapshot(store()), before);
  const KivRun dropped = kiv({"import", "--replace", corrected});
  EXPECT_EQ(dropped.status, 0) << dropped.err;
  EXPECT_NE(dropped.out.find("revised  kiv/2022-2024@3"), std::string::npos) << dropped.out;
}

// An old export imported again would undo the later revisions: refused, saying so, and the
// store is left as it was; with --replace it is recorded, as a new revision.
TEST_F(CliIntake, AJsonEditionThatIsAnEarlierRevisionAsItWasIsRefusedUnlessAskedFor) {
  import_one("kiv/2022-2024.json");
  std::string json = read_file(bundled("kiv/2022-2024.json"));
  json.replace(json.find("\"nl\": \"overlast\""), 18, "\"nl\": \"overlast en openbare orde\"");
  ASSERT_EQ(kiv({"import", file("corrected.json", json)}).status, 0);
  const std::string old = bundled("kiv/2022-2024.json").string();
  const auto before = snapshot(store());
  const KivRun refused = kiv({"import", old});
  EXPECT_EQ(refused.status, 2);
  EXPECT_EQ(refused.err, "kiv: error: " + old +
                             ": is kiv/2022-2024@1 as it was; recording it would undo revision "
                             "2's changes (kiv diff kiv/2022-2024@1 kiv/2022-2024@2 shows them): "
                             "give --replace to record it as revision 3\n");
  EXPECT_EQ(snapshot(store()), before);
  const KivRun replaced = kiv({"import", "--replace", old});
  EXPECT_EQ(replaced.status, 0) << replaced.err;
  EXPECT_NE(replaced.out.find("revised  kiv/2022-2024@3"), std::string::npos) << replaced.out;
}

TEST_F(CliIntake, ADryRunWithoutAStoreCreatesNone) {
  const KivRun run = kiv({"import", "-n", bundled("kiv/2022-2024.json").string()});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("would create kiv/2022-2024@1"), std::string::npos);
  EXPECT_NE(run.out.find("no earlier edition of the series to compare with"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(store()));
}

TEST_F(CliIntake, ADryRunOfAnIdenticalFileSaysNothingWouldBeRecorded) {
  import_one("kiv/2022-2024.json");
  const KivRun run = kiv({"import", "--dry-run", bundled("kiv/2022-2024.json").string()});
  EXPECT_EQ(run.status, 0);
  EXPECT_NE(run.out.find("unchanged " + bundled("kiv/2022-2024.json").string() +
                         ": identical to kiv/2022-2024@1, nothing would be recorded"),
            std::string::npos)
      << run.out;
}

TEST_F(CliIntake, ProvenanceOptionsAreRecordedWithTheEditionAndShown) {
  const KivRun run = kiv({"import", bundled("kiv/2022-2024.json").string(), "--source-url",
                          "https://example.org/kiv-2022-2024", "--retrieved", "2026-11-24",
                          "--note", "Saved from the ministry's site"});
  ASSERT_EQ(run.status, 0) << run.err;
  const KivRun show = kiv({"show", "kiv/2022-2024"});
  EXPECT_NE(show.out.find("Source URL  https://example.org/kiv-2022-2024\n"), std::string::npos)
      << show.out;
  EXPECT_NE(show.out.find("Retrieved   2026-11-24\n"), std::string::npos);
  EXPECT_NE(show.out.find("Note        Saved from the ministry's site\n"), std::string::npos);
  EXPECT_NE(show.out.find("Source      2022-2024.json (sha256 "), std::string::npos);
  const KivRun json = kiv({"show", "kiv/2022-2024", "--format", "json"});
  EXPECT_NE(json.out.find("\"retrieved\": \"2026-11-24\""), std::string::npos);
  const KivRun log = kiv({"log", "kiv/2022-2024"});
  EXPECT_NE(log.out.find("source 2022-2024.json (sha256 "), std::string::npos) << log.out;
}

// Provenance per document: each language shows where its own text came from; a page in
// another language, a hand-corrected copy or a later option lends nothing to another document.
TEST_F(CliIntake, EachDocumentKeepsItsOwnProvenanceAndNoneIsLent) {
  const std::string nl = test_data("pages/KIV_22-24_NL.txt").string();
  const std::string fr = test_data("pages/KIV_22-24_FR.html").string();
  ASSERT_EQ(
      kiv({"import", nl, "--source-url", "https://example.org/kiv", "--retrieved", "2026-11-24"})
          .status,
      0);
  ASSERT_EQ(kiv({"import", fr}).status, 0);
  const KivRun french = kiv({"show", "kiv/2022-2024", "--lang", "fr"});
  EXPECT_NE(french.out.find("Source     KIV_22-24_FR.html (sha256 "), std::string::npos)
      << french.out;
  EXPECT_NE(french.out.find("Document   fr; text/html; "), std::string::npos) << french.out;
  EXPECT_EQ(french.out.find("example.org"), std::string::npos) << french.out;
  EXPECT_EQ(french.out.find("2026-11-24"), std::string::npos) << french.out;
  const KivRun dutch = kiv({"show", "kiv/2022-2024", "--lang", "nl"});
  EXPECT_NE(dutch.out.find("Source      KIV_22-24_NL.txt (sha256 "), std::string::npos)
      << dutch.out;
  EXPECT_NE(dutch.out.find("From        revision 1, imported "), std::string::npos) << dutch.out;
  EXPECT_NE(dutch.out.find("Source URL  https://example.org/kiv\n"), std::string::npos)
      << dutch.out;
  EXPECT_NE(dutch.out.find("Retrieved   2026-11-24\n"), std::string::npos) << dutch.out;

  // A hand-corrected local copy of the nl text, without a URL: its own provenance is none.
  std::string corrected = read_file(nl);
  corrected.replace(corrected.find("overlast"), 8, "overlast en openbare orde");
  ASSERT_EQ(kiv({"import", file("KIV_22-24_NL.txt", corrected)}).status, 0);
  const KivRun local = kiv({"show", "kiv/2022-2024", "--lang", "nl"});
  EXPECT_EQ(local.out.find("example.org"), std::string::npos) << local.out;
  EXPECT_EQ(local.out.find("Retrieved"), std::string::npos) << local.out;
  EXPECT_EQ(local.out.find("From "), std::string::npos) << local.out;
  // The French text still comes from its page, now two revisions back.
  EXPECT_NE(kiv({"show", "kiv/2022-2024", "--lang", "fr"}).out.find("From       revision 2, "),
            std::string::npos);
  // --source-url alone is that document's URL, with no retrieval date of another.
  ASSERT_EQ(kiv({"import", bundled("kiv/2022-2024.json").string(), "--drop-languages",
                 "--source-url", "https://example.org/json"})
                .status,
            0);
  const KivRun json = kiv({"show", "kiv/2022-2024"});
  EXPECT_NE(json.out.find("Source URL  https://example.org/json\n"), std::string::npos) << json.out;
  EXPECT_EQ(json.out.find("Retrieved"), std::string::npos) << json.out;
}

// kiv log lists each revision's document: languages, media type, size, the kiv that read it.
TEST_F(CliIntake, TheLogListsEachRevisionsDocument) {
  const std::string pdf = test_data("published/KIV_22-24_NL.pdf").string();
  ASSERT_EQ(kiv({"import", pdf, "--source-url", "https://example.org/KIV_22-24_NL.pdf",
                 "--retrieved", "2026-11-30", "--note", "the attachment of the web page"})
                .status,
            0);
  const std::string size = std::to_string(std::filesystem::file_size(pdf));
  const KivRun log = kiv({"log"});
  EXPECT_NE(log.out.find("    from https://example.org/KIV_22-24_NL.pdf\n    retrieved "
                         "2026-11-30\n    note the attachment of the web page\n"),
            std::string::npos)
      << log.out;
  EXPECT_NE(log.out.find("    document nl; application/pdf; " + size + " bytes; read by kiv "),
            std::string::npos)
      << log.out;
  const KivRun json = kiv({"log", "--format", "json"});
  EXPECT_NE(json.out.find("\"document\": {\n      \"languages\": [\n        \"nl\"\n      ],\n"
                          "      \"media_type\": \"application/pdf\",\n      \"size\": " +
                          size + ",\n      \"kiv_version\": \""),
            std::string::npos)
      << json.out;
}

TEST_F(CliIntake, AMalformedRetrievalDateIsRefusedBeforeAnythingIsRead) {
  const KivRun run =
      kiv({"import", bundled("kiv/2022-2024.json").string(), "--retrieved", "24/11/2026"});
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.err, "kiv: error: --retrieved '24/11/2026': expected a date YYYY-MM-DD\n");
  const KivRun calendar =
      kiv({"import", bundled("kiv/2022-2024.json").string(), "--retrieved", "2026-02-30"});
  EXPECT_EQ(calendar.status, 2);
  EXPECT_NE(calendar.err.find("'2026-02-30' is not a calendar date"), std::string::npos)
      << calendar.err;
  EXPECT_FALSE(std::filesystem::exists(store()));
}

TEST_F(CliIntake, ADirectoryImportsItsNoteFilesInOrderAndSummarises) {
  const auto dir = temp_.path() / "notes";
  std::filesystem::create_directories(dir / "older" / ".hidden");
  write_file(dir / "older" / "2016-2019.json", read_file(bundled("kiv/2016-2019.json")));
  write_file(dir / "older" / ".hidden" / "skipped.json", "[]");
  write_file(dir / "2022-2024.json", read_file(bundled("kiv/2022-2024.json")));
  write_file(dir / "scan.jpg", "\xFF\xD8\xFF");
  const KivRun run = kiv({"import", dir.string()});
  ASSERT_EQ(run.status, 0) << run.err;
  // stderr is no terminal: no progress bar, only the file not imported, named.
  EXPECT_EQ(run.err, "kiv: " + (dir / "scan.jpg").string() +
                         ": skipped: not a note file (expected .json, .txt, .md, .html, .pdf or "
                         ".docx)\n");
  EXPECT_NE(run.out.find("created  kiv/2022-2024@1  from " + (dir / "2022-2024.json").string()),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("created  kiv/2016-2019@1"), std::string::npos);
  EXPECT_NE(run.out.find("2 files: 2 created, 1 other file of the directories skipped\n"),
            std::string::npos)
      << run.out;
}

TEST_F(CliIntake, ADirectoryWithoutNoteFilesIsAnError) {
  const auto dir = temp_.path() / "empty";
  std::filesystem::create_directories(dir);
  const KivRun run = kiv({"import", dir.string()});
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.err,
            "kiv: error: " + dir.string() +
                ": no note files in the directory (expected .json, .txt, .md, .html, .pdf or "
                ".docx)\n");
}

TEST_F(CliIntake, AProgressBarIsDrawnWhenStderrIsATerminal) {
  RunOptions options;
  options.stderr_terminal = true;
  const KivRun run = kiv(
      {"import", bundled("kiv/2016-2019.json").string(), bundled("kiv/2022-2024.json").string()},
      options);
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.err.find("importing [ "), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("importing [========================] 2/2"), std::string::npos) << run.err;
  EXPECT_TRUE(run.err.ends_with("\r\x1b[2K")) << "the bar is erased at the end";
}

// `kiv import -` reads the note from standard input, named "stdin"; it may be given once.
TEST_F(CliIntake, StandardInputImportsAsANoteNamedStdin) {
  RunOptions options;
  options.stdin_file = test_data("published/KIV_22-24_NL.pdf");
  const KivRun run = kiv({"import", "-", "--edition", "2022-2024"}, options);
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("created  kiv/2022-2024@1  from stdin"), std::string::npos) << run.out;
  const KivRun show = kiv({"show", "kiv/2022-2024"});
  EXPECT_NE(show.out.find("Source     stdin (sha256 "), std::string::npos) << show.out;
  EXPECT_NE(show.out.find("cybercrime en cyber security"), std::string::npos) << show.out;
  const auto before = snapshot(store());
  const KivRun twice = kiv({"import", "-", "-"}, options);
  EXPECT_EQ(twice.status, 2);
  EXPECT_EQ(twice.err, "kiv: error: '-' (standard input) can be given once only\n");
  EXPECT_EQ(snapshot(store()), before);
}

// Keys from a text import are short and typeable; a key written in the document is kept.
TEST_F(CliIntake, KeysOfATextImportAreShortOrAsTheDocumentGivesThem) {
  std::string page = read_file(bundled("kiv/2022-2024.nl.txt"));
  page.replace(page.find("cybercrime en cyber security"), 28,
               "cybercrime en cyber security {#cyber}");
  ASSERT_EQ(kiv({"import", file("kiv-2022-2024.nl.txt", page)}).status, 0);
  const KivRun json = kiv({"show", "kiv/2022-2024", "--format", "json"});
  EXPECT_NE(json.out.find("\"key\": \"cyber\""), std::string::npos) << json.out;
  EXPECT_NE(json.out.find("\"key\": \"bestuurlijke-handhaving-informatie\""), std::string::npos)
      << json.out;
  EXPECT_NE(json.out.find("\"key\": \"geweldcriminaliteit\""), std::string::npos);
  EXPECT_EQ(kiv({"timeline", "cyber"}).status, 0);
}

// A zonal plan whose headings kiv does not know: refused, pointing at the options that name
// them; with them, it imports, in its own series.
TEST_F(CliIntake, HeadingsKivDoesNotKnowCanBeNamedForAnImport) {
  const std::string plan =
      file("zvp-2020-2025.de.txt",
           "Zonaler Sicherheitsplan 2020-2025 der Polizeizone Eifel\n\n"
           "Der Plan wurde am 15. Januar 2020 genehmigt.\n\nStrategische Ziele\n\n"
           "1. Verkehrssicherheit\n2. Einbrüche in Wohnungen\n3. Drogen\n\n"
           "Querliegende Ziele:\n\n- Bürgernähe\n- Digitalisierung\n");
  const KivRun unknown = kiv({"import", plan, "--series", "zvp-eifel"});
  EXPECT_EQ(unknown.status, 2);
  EXPECT_NE(unknown.err.find("name other headings with --priorities-heading or --themes-heading"),
            std::string::npos)
      << unknown.err;
  const KivRun run = kiv({"import", plan, "--series", "zvp-eifel", "--priorities-heading",
                          "strategische ziele", "--themes-heading", "Querliegende Ziele"});
  ASSERT_EQ(run.status, 0) << run.err;
  const KivRun show = kiv({"show", "zvp-eifel/2020-2025"});
  EXPECT_NE(show.out.find("Priorities (3)\n  1. Verkehrssicherheit\n"), std::string::npos)
      << show.out;
  EXPECT_NE(show.out.find("Themes (2)\n  1. Bürgernähe\n  2. Digitalisierung\n"), std::string::npos)
      << show.out;
  EXPECT_NE(show.out.find("Adopted    2020-01-15"), std::string::npos) << show.out;
}

TEST_F(CliIntake, AFileLargerThanANoteCanBeIsRefusedWithoutReadingIt) {
  import_one("kiv/2016-2019.json");
  const std::string big = file("big.txt", "");
  std::filesystem::resize_file(big, 50'000'000);
  const auto before = snapshot(store());
  const KivRun run = kiv({"import", big});
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.err, "kiv: error: " + big +
                         ": 50.0 MB is more than a note can be; expected at most 32 MB\n");
  EXPECT_EQ(snapshot(store()), before);
}

}  // namespace
}  // namespace kiv::test
