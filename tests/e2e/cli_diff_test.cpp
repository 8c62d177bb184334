// kiv diff on the bundled editions and on corrections of them.

#include <rapidjson/document.h>

#include <algorithm>
#include <regex>
#include <sstream>

#include "support/cli_fixture.hpp"
#include "support/editions.hpp"

namespace kiv::test {
namespace {

class CliDiff : public CliTest {
 protected:
  void SetUp() override { import_bundled(); }

  // Imports the 2022-2024 edition with `from` replaced by `to`: revision 2.
  void import_correction(const std::string& from, const std::string& to) {
    const KivRun run = kiv({"import", file("corrected.json", corrected_2022_2024(from, to))});
    ASSERT_EQ(run.status, 0) << run.err;
  }
};

// A store that starts empty, for notes imported as published.
class CliDiffOfPages : public CliTest {};

TEST_F(CliDiff, ShowsExactlyThePriorityFiveRewordingAsGolden) {
  const KivRun run = kiv({"diff", "kiv/2016-2019", "kiv/2022-2024"});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, read_file(std::filesystem::path(KIV_SOURCE_DIR) /
                               "tests/golden/diff-kiv-2016-2019-2022-2024.txt"));
  EXPECT_NE(run.out.find("cybercrime en [-cybersecurity-]{+cyber security+}"), std::string::npos);
}

TEST_F(CliDiff, ARecasedTitleIsCosmeticAndIgnoreCosmeticLeavesItOut) {
  import_correction("\"nl\": \"leefmilieu\"", "\"nl\": \"Leefmilieu\"");
  const KivRun run = kiv({"diff", "kiv/2022-2024@1", "kiv/2022-2024@2", "--exit-code"});
  EXPECT_EQ(run.status, 1) << run.err;
  EXPECT_NE(run.out.find("changed    [-leefmilieu-]{+Leefmilieu+}  (cosmetic; matched by key"),
            std::string::npos)
      << run.out;
  EXPECT_EQ(run.out.find("wording"), std::string::npos) << run.out;
  const KivRun json = kiv({"diff", "kiv/2022-2024@1", "kiv/2022-2024@2", "--format", "json"});
  rapidjson::Document parsed;
  parsed.Parse(json.out.c_str());
  ASSERT_TRUE(parsed.IsObject()) << json.out;
  const auto& recased = parsed["priorities"][7];
  ASSERT_EQ(recased["aspects"].Size(), 1U) << json.out;
  EXPECT_STREQ(recased["aspects"][0].GetString(), "cosmetic");
  const KivRun ignored =
      kiv({"diff", "kiv/2022-2024@1", "kiv/2022-2024@2", "--ignore-cosmetic", "--exit-code"});
  EXPECT_EQ(ignored.status, 0) << ignored.out;
  EXPECT_EQ(ignored.out.find("cosmetic"), std::string::npos) << ignored.out;
  EXPECT_EQ(ignored.out.find("Leefmilieu"), std::string::npos) << ignored.out;
  // The history says the same: a cosmetic mark in the matrix.
  const KivRun matrix = kiv({"matrix"});
  EXPECT_NE(matrix.out.find("8'"), std::string::npos) << matrix.out;
}

// The page as published, then a corrected copy whose priority 10 is extended: one priority
// that continued, not one removed and one added; and a priority restated with an explanation.
TEST_F(CliDiffOfPages, ACorrectionThatExtendsATitleAndAnElaborationAreChanges) {
  const std::string page =
      read_file(std::filesystem::path(KIV_SOURCE_DIR) / "editions/kiv/2022-2024.nl.txt");
  ASSERT_EQ(kiv({"import", file("kiv-2022-2024.nl.txt", page)}).status, 0);
  std::string corrected = page;
  const auto replace = [&](const std::string& from, const std::string& to) {
    const auto at = corrected.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    corrected.replace(at, from.size(), to);
  };
  replace(" 10. overlast", " 10. overlast en openbare orde");
  replace(" 8. leefmilieu", " 8. Leefmilieu (gelinkt aan fraude): afvalfraude en biodiversiteit");
  const KivRun imported = kiv({"import", file("kiv-2022-2024.nl.txt", corrected)});
  ASSERT_EQ(imported.status, 0) << imported.err;
  const KivRun run = kiv({"diff", "kiv/2022-2024@1", "kiv/2022-2024@2"});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("Priorities: 2 changed, 8 unchanged"), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find("removed"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("overlast{+ en openbare orde+}"), std::string::npos) << run.out;
}

// One pair of editions with a change of each kind (tests/data/series/kinds): moved and
// reworded (a distinctive word), moved, cosmetic, elaborated and extended (containment), reworded
// (similar), split over the list after a colon, merged, removed, reworded in place (position) and
// added; the text and Markdown reports as golden files, the JSON's reasons.
TEST_F(CliDiffOfPages, EveryKindOfChangeAsGolden) {
  const std::filesystem::path kinds = test_data("series/kinds");
  ASSERT_EQ(
      kiv({"import", (kinds / "2001-2004.json").string(), (kinds / "2005-2008.json").string()})
          .status,
      0);
  const std::filesystem::path golden = std::filesystem::path(KIV_SOURCE_DIR) / "tests/golden";
  const KivRun text = kiv({"diff", "kinds/2001-2004", "kinds/2005-2008"});
  EXPECT_EQ(text.status, 0) << text.err;
  EXPECT_EQ(text.out, read_file(golden / "diff-kinds.txt"));
  std::string md = kiv({"diff", "kinds/2001-2004", "kinds/2005-2008", "--format", "md"}).out;
  // Commit ids differ from run to run.
  const auto commits = md.find("Commits: ");
  ASSERT_NE(commits, std::string::npos) << md;
  md.replace(commits, md.find('\n', commits) - commits, "Commits: COMMITS.");
  EXPECT_EQ(md, read_file(golden / "diff-kinds.md"));
  // The JSON report whole, as scripts read it (tests/golden/diff-kinds.json), its commit ids aside.
  const std::string report =
      kiv({"diff", "kinds/2001-2004", "kinds/2005-2008", "--format", "json"}).out;
  static const std::regex kCommit(R"re("commit": "[0-9a-f]{40}")re");
  EXPECT_EQ(std::regex_replace(report, kCommit, "\"commit\": \"COMMIT\""),
            read_file(golden / "diff-kinds.json"));
  rapidjson::Document json;
  json.Parse(report.c_str());
  ASSERT_TRUE(json.IsObject());
  std::vector<std::string> reasons;
  for (const auto& change : json["priorities"].GetArray()) {
    reasons.push_back(std::string(change["change"].GetString()) + ":" +
                      (change.HasMember("match") && change["match"].IsString()
                           ? change["match"].GetString()
                           : "-"));
  }
  EXPECT_EQ(reasons, (std::vector<std::string>{"changed:shared", "changed:exact", "changed:exact",
                                               "changed:contained", "changed:contained",
                                               "changed:similar", "split:similar", "removed:-",
                                               "merged:similar", "changed:position", "added:-"}));
}

TEST_F(CliDiff, ReadsTheIndexAloneWhenItIsCurrent) {
  // The diff compares what the index holds, so it never starts git: with git's objects hidden
  // the output is the same.
  const std::string expected =
      kiv({"diff", "kiv/2016-2019", "kiv/2022-2024", "--format", "json"}).out;
  std::filesystem::rename(store() / "git" / "objects", store() / "git" / "objects.hidden");
  const KivRun run = kiv({"diff", "kiv/2016-2019", "kiv/2022-2024", "--format", "json"});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, expected);
  EXPECT_NE(kiv({"export", "kiv/2022-2024"}).status, 0);  // what reads git fails
}

TEST_F(CliDiff, JsonHasTheDocumentedShape) {
  const KivRun run = kiv({"diff", "kiv/2016-2019", "kiv/2022-2024", "--format", "json"});
  ASSERT_EQ(run.status, 0) << run.err;
  rapidjson::Document json;
  json.Parse(run.out.c_str());
  ASSERT_TRUE(json.IsObject()) << run.out;
  EXPECT_STREQ(json["from"]["ref"].GetString(), "kiv/2016-2019");
  EXPECT_EQ(json["to"]["revision"].GetInt(), 1);
  EXPECT_EQ(std::string(json["to"]["commit"].GetString()).size(), 40U);
  EXPECT_STREQ(json["to"]["lang"].GetString(), "nl");
  EXPECT_EQ(json["summary"]["priorities"]["changed"].GetInt(), 1);
  EXPECT_EQ(json["summary"]["priorities"]["unchanged"].GetInt(), 9);
  EXPECT_EQ(json["summary"]["themes"]["unchanged"].GetInt(), 5);
  EXPECT_EQ(json["summary"]["themes"]["split"].GetInt(), 0);
  ASSERT_EQ(json["priorities"].Size(), 10U);  // unchanged items are listed too
  ASSERT_EQ(json["themes"].Size(), 5U);
  const auto& change = json["priorities"][4];
  EXPECT_STREQ(change["change"].GetString(), "changed");
  EXPECT_STREQ(change["aspects"][0].GetString(), "wording");
  EXPECT_STREQ(change["match"].GetString(), "key");
  EXPECT_GT(change["similarity"].GetDouble(), 0.85);
  EXPECT_STREQ(change["from"]["key"].GetString(), "cybercrime");
  EXPECT_EQ(change["from"]["rank"].GetInt(), 5);
  EXPECT_STREQ(change["to"]["title"].GetString(), "cybercrime en cyber security");
  EXPECT_STREQ(change["wording"][1]["op"].GetString(), "delete");
  EXPECT_STREQ(change["wording"][1]["text"].GetString(), "cybersecurity");
  EXPECT_STREQ(change["wording"][2]["op"].GetString(), "insert");
  EXPECT_STREQ(change["wording"][2]["text"].GetString(), "cyber security");
  EXPECT_STREQ(json["priorities"][0]["change"].GetString(), "unchanged");
}

TEST_F(CliDiff, ComparesTwoRevisionsOfOneEdition) {
  import_correction("\"nl\": \"overlast\"", "\"nl\": \"openbare overlast\"");
  const KivRun run = kiv({"diff", "kiv/2022-2024@1", "kiv/2022-2024@2"});
  EXPECT_EQ(run.status, 0);
  EXPECT_NE(run.out.find("kiv/2022-2024 (revision 1) -> kiv/2022-2024 (revision 2), in nl"),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("{+openbare +}overlast"), std::string::npos) << run.out;
}

TEST_F(CliDiff, AllListsUnchangedItemsAndSectionPicksOne) {
  const KivRun all =
      kiv({"diff", "kiv/2016-2019", "kiv/2022-2024", "--all", "--section", "themes"});
  EXPECT_EQ(all.status, 0);
  EXPECT_EQ(all.out.find("Priorities"), std::string::npos);
  EXPECT_NE(all.out.find("unchanged  de buitgerichte aanpak\n"), std::string::npos) << all.out;
}

TEST_F(CliDiff, StatPrintsOnlyTheSummary) {
  const KivRun run = kiv({"diff", "kiv/2016-2019", "kiv/2022-2024", "--stat"});
  EXPECT_EQ(run.out,
            "kiv/2016-2019 (revision 1) -> kiv/2022-2024 (revision 1), in nl\n\n"
            "Priorities: 1 changed, 9 unchanged\n\nThemes: 5 unchanged\n");
}

TEST_F(CliDiff, ExitCodeIsOneForDifferencesAndZeroForNone) {
  EXPECT_EQ(kiv({"diff", "kiv/2016-2019", "kiv/2022-2024", "--exit-code"}).status, 1);
  EXPECT_EQ(kiv({"diff", "kiv/2016-2019", "kiv/2022-2024"}).status, 0);
  // A second edition with the content of 2022-2024: no differences, never status 1.
  std::string copy = read_file(bundled("kiv/2022-2024.json"));
  copy.replace(copy.find("\"edition\": \"2022-2024\""), 22, "\"edition\": \"2022-2024-copy\"");
  ASSERT_EQ(kiv({"import", file("copy.json", copy)}).status, 0);
  const KivRun same = kiv({"diff", "kiv/2022-2024", "kiv/2022-2024-copy", "--exit-code"});
  EXPECT_EQ(same.status, 0);
  EXPECT_NE(same.out.find("no differences\n"), std::string::npos) << same.out;
}

TEST_F(CliDiff, RefusesTheSameRevisionTwiceAnUnknownRefAndAMissingLanguage) {
  const KivRun same = kiv({"diff", "kiv/2022-2024", "kiv/2022-2024@1"});
  EXPECT_EQ(same.status, 2);
  EXPECT_NE(same.err.find("name the same revision"), std::string::npos) << same.err;
  const KivRun unknown = kiv({"diff", "kiv/2016-2019", "kiv/2030-2033"});
  EXPECT_EQ(unknown.status, 2);
  EXPECT_NE(unknown.err.find("editions: kiv/2016-2019, kiv/2022-2024"), std::string::npos);
  const KivRun lang = kiv({"diff", "kiv/2016-2019", "kiv/2022-2024", "--lang", "fr"});
  EXPECT_EQ(lang.status, 2);
  EXPECT_EQ(lang.err, "kiv: error: kiv/2016-2019 has no text in 'fr'; its languages: nl\n");
}

TEST_F(CliDiff, ColoursReplaceTheMarkersOnATerminal) {
  const KivRun run = kiv({"diff", "kiv/2016-2019", "kiv/2022-2024"}, {.env = {}, .terminal = true});
  EXPECT_NE(run.out.find("\x1b[31mcybersecurity\x1b[0m\x1b[32mcyber security\x1b[0m"),
            std::string::npos)
      << run.out;
  EXPECT_EQ(run.out.find("[-"), std::string::npos);
}

TEST_F(CliDiff, MarkdownIsAReportWithTheRewordingMarked) {
  const KivRun run = kiv({"diff", "kiv/2016-2019", "kiv/2022-2024", "--format", "md"});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out.rfind("# kiv/2016-2019 (revision 1) → kiv/2022-2024 (revision 1)\n", 0), 0U)
      << run.out;
  EXPECT_NE(run.out.find("## Priorities\n\n1 changed, 9 unchanged.\n"), std::string::npos);
  EXPECT_NE(
      run.out.find(
          "| 5 | 5 | changed (wording) | cybercrime en ~~cybersecurity~~**cyber security** |\n"),
      std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("## Themes\n\n5 unchanged.\n"), std::string::npos);
}

TEST_F(CliDiff, HtmlIsOneSelfContainedSideBySidePage) {
  const KivRun run = kiv({"diff", "kiv/2016-2019", "kiv/2022-2024", "--format", "html"});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out.rfind("<!DOCTYPE html>\n", 0), 0U);
  EXPECT_NE(run.out.find(
                "<td><span class=\"rank\">5.</span> cybercrime en <del>cybersecurity</del></td>"),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find(
                "<td><span class=\"rank\">5.</span> cybercrime en <ins>cyber security</ins></td>"),
            std::string::npos);
  EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n') > 10, true);
  for (const char* external : {"<script", "<link", "src=", "http://", "https://"}) {
    EXPECT_EQ(run.out.find(external), std::string::npos) << external;
  }
}

TEST_F(CliDiff, EditionTextIsEscapedInHtmlAndMarkdown) {
  import_correction("\"nl\": \"overlast\"",
                    "\"nl\": \"overlast <script>alert(1)</script> | *x* & 'y'\"");
  const KivRun html = kiv({"diff", "kiv/2022-2024@1", "kiv/2022-2024@2", "--format", "html"});
  ASSERT_EQ(html.status, 0) << html.err;
  EXPECT_EQ(html.out.find("<script"), std::string::npos) << html.out;
  EXPECT_NE(html.out.find("&lt;script&gt;alert(1)&lt;/script&gt; | *x* &amp; &#39;y&#39;"),
            std::string::npos)
      << html.out;
  const KivRun md = kiv({"diff", "kiv/2022-2024@1", "kiv/2022-2024@2", "--format", "md"});
  EXPECT_NE(md.out.find("\\<script\\>alert(1)\\</script\\> \\| \\*x\\* & 'y'"), std::string::npos)
      << md.out;
}

TEST_F(CliDiff, AnEditionImportedWithoutKeysInheritsThemFromThePreviousOne) {
  // A fresh store with the 2016-2019 edition, then the 2022-2024 one stripped of its keys.
  const std::filesystem::path other = temp_.path() / "keyless-store";
  ASSERT_EQ(run_kiv_in(other, {"import", bundled("kiv/2016-2019.json").string()}).status, 0);
  std::string keyless;
  std::istringstream lines(read_file(bundled("kiv/2022-2024.json")));
  for (std::string line; std::getline(lines, line);) {
    if (line.find("\"key\":") == std::string::npos) keyless += line + "\n";
  }
  const std::string path = file("keyless.json", keyless);
  ASSERT_EQ(run_kiv_in(other, {"import", path}).status, 0);

  rapidjson::Document json;
  json.Parse(run_kiv_in(other, {"show", "kiv/2022-2024", "--format", "json"}).out.c_str());
  ASSERT_TRUE(json.IsObject());
  EXPECT_STREQ(json["priorities"][4]["key"].GetString(), "cybercrime");
  EXPECT_STREQ(json["themes"][3]["key"].GetString(), "buitgerichte-aanpak");
  // The source is kept as given, without keys.
  EXPECT_EQ(run_kiv_in(other, {"export", "kiv/2022-2024", "--format", "source"}).out, keyless);
  // The diff now pairs the reworded priority by its inherited key.
  rapidjson::Document diff;
  diff.Parse(run_kiv_in(other, {"diff", "kiv/2016-2019", "kiv/2022-2024", "--format", "json"})
                 .out.c_str());
  EXPECT_STREQ(diff["priorities"][4]["match"].GetString(), "key");
  // Importing the keyless file again records nothing: it inherits the same keys.
  EXPECT_NE(run_kiv_in(other, {"import", path}).out.find("unchanged"), std::string::npos);
}

// One REF: the edition against the one before it in its series; REF@N against REF@N-1.
TEST_F(CliDiff, OneRefIsComparedWithWhatCameBeforeIt) {
  const KivRun both = kiv({"diff", "kiv/2016-2019", "kiv/2022-2024"});
  ASSERT_EQ(both.status, 0) << both.err;
  EXPECT_EQ(kiv({"diff", "kiv/2022-2024"}).out, both.out);
  EXPECT_EQ(kiv({"diff", "kiv/2022-2024@1"}).out, both.out);
  import_correction("mensensmokkel en mensenhandel", "mensenhandel en mensensmokkel");
  EXPECT_EQ(kiv({"diff", "kiv/2022-2024@2"}).out,
            kiv({"diff", "kiv/2022-2024@1", "kiv/2022-2024@2"}).out);
  EXPECT_EQ(kiv({"diff", "kiv/2022-2024"}).out,
            kiv({"diff", "kiv/2016-2019", "kiv/2022-2024"}).out);
  const KivRun first = kiv({"diff", "kiv/2016-2019"});
  EXPECT_EQ(first.status, 2);
  EXPECT_EQ(first.err,
            "kiv: error: kiv/2016-2019@1 is the first edition of its series: nothing before it to "
            "compare with; name both, kiv diff OLD NEW\n");
}

}  // namespace
}  // namespace kiv::test
