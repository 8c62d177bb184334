// kiv search on temporary stores: output for people and scripts, exit statuses, and search
// after rebuild.

#include <rapidjson/document.h>

#include "support/cli_fixture.hpp"
#include "support/editions.hpp"

namespace kiv::test {
namespace {

constexpr const char* kEscape = "\x1b[";

class CliSearch : public CliTest {
 protected:
  // The bundled editions and the test edition kiv/2025-2027 (descriptions, subtopics, nl and fr).
  void import_all() const {
    const KivRun run = kiv({"import", bundled("kiv/2016-2019.json").string(),
                            bundled("kiv/2022-2024.json").string(),
                            test_data("search/kiv-2025-2027.json").string()});
    ASSERT_EQ(run.status, 0) << run.err;
  }

  void import_correction() const {
    ASSERT_EQ(kiv({"import", file("corrected.json", corrected_overlast_2022_2024())}).status, 0);
  }

  // Whether `run` exited with `status` and printed exactly `out` and `err`.
  static ::testing::AssertionResult printed(const KivRun& run, int status, const std::string& out,
                                            const std::string& err) {
    if (run.status == status && run.out == out && run.err == err)
      return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "status " << run.status << ", stdout '" << run.out << "', stderr '" << run.err << "'";
  }

  static std::string golden(const std::string& name) {
    return read_file(std::filesystem::path(KIV_SOURCE_DIR) / "tests/golden" / name);
  }
};

TEST_F(CliSearch, PrintsOneLineAHitAndTheSnippetWhereTheHitsAreNotInTheTitle) {
  import_all();
  const KivRun run = kiv({"search", "fraude"});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(run.out, golden("search-fraude.txt"));
}

TEST_F(CliSearch, JsonHasTheIssuesShape) {
  import_all();
  const KivRun run = kiv({"search", "fraude", "--format", "json"});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, golden("search-fraude.json"));
  rapidjson::Document json;
  ASSERT_FALSE(json.Parse(run.out.c_str()).HasParseError());
  ASSERT_TRUE(json.IsArray());
  ASSERT_EQ(json.Size(), 6U);
  std::vector<std::string> keys;
  for (const auto& member : json[0].GetObject()) keys.emplace_back(member.name.GetString());
  EXPECT_EQ(keys, (std::vector<std::string>{"ref", "section", "rank", "key", "title", "snippet"}));
  EXPECT_EQ(std::string(json[5]["snippet"].GetString()), "Online **fraude** tegen burgers.");
  EXPECT_EQ(std::string(json[5]["ref"].GetString()), "kiv/2025-2027");
}

TEST_F(CliSearch, HitsAreBoldOnATerminalAndNeverWithNoColor) {
  import_all();
  const KivRun terminal = kiv({"search", "opvang"}, {.env = {}, .terminal = true});
  EXPECT_EQ(terminal.status, 0);
  EXPECT_NE(terminal.out.find("\x1b[1mopvang\x1b[0m van slachtoffers"), std::string::npos)
      << terminal.out;
  EXPECT_EQ(terminal.out.find("**"), std::string::npos) << terminal.out;

  const KivRun no_color = kiv({"search", "opvang"}, {.env = {{"NO_COLOR", "1"}}, .terminal = true});
  EXPECT_EQ(no_color.out.find(kEscape), std::string::npos) << no_color.out;
  EXPECT_EQ(no_color.out, kiv({"search", "opvang"}).out);
  EXPECT_EQ(
      no_color.out,
      "kiv/2025-2027  theme 1  nl  slachtoffers\n    subtopics: **opvang** van slachtoffers\n");
}

TEST_F(CliSearch, DiacriticsPrefixesAndPhrases) {
  import_all();
  EXPECT_EQ(
      kiv({"search", "\"geintegreerd\""}).out,
      "kiv/2022-2024  priority 3  nl  geactualiseerd integraal en **geïntegreerd** drugsbeleid\n"
      "kiv/2016-2019  priority 3  nl  geactualiseerd integraal en **geïntegreerd** drugsbeleid\n");
  EXPECT_EQ(
      kiv({"search", "geïntegreerde"}).out,
      "kiv/2022-2024  priority 3  nl  geactualiseerd integraal en **geïntegreerd** drugsbeleid\n"
      "kiv/2016-2019  priority 3  nl  geactualiseerd integraal en **geïntegreerd** drugsbeleid\n"
      "kiv/2025-2027  priority 1  nl  drugs\n"
      "    description: Een **geintegreerde** aanpak, geschreven zonder trema, van productie "
      "en handel.\n");
  EXPECT_EQ(
      kiv({"search", "drugsb*"}).out,
      "kiv/2022-2024  priority 3  nl  geactualiseerd integraal en geïntegreerd **drugsbeleid**\n"
      "kiv/2016-2019  priority 3  nl  geactualiseerd integraal en geïntegreerd **drugsbeleid**\n");
  const std::string phrase = "kiv/2022-2024  priority 5  nl  cybercrime en **cyber security**\n";
  EXPECT_EQ(kiv({"search", "\"cyber security\""}).out, phrase);
  // Several arguments are one query; each word also finds the words it begins.
  EXPECT_EQ(kiv({"search", "cyber", "security"}).out,
            "kiv/2022-2024  priority 5  nl  **cybercrime** en **cyber security**\n");
}

// A word finds the words it begins, as the site's search does: "drugs" finds "drugsbeleid",
// "cyber" both "cybercrime" titles; the items with the word itself come first.
TEST_F(CliSearch, AWordFindsTheWordsItBeginsAsTheSitesSearchDoes) {
  import_all();
  EXPECT_EQ(
      kiv({"search", "drugs"}).out,
      "kiv/2025-2027  priority 1  nl  **drugs**\n"
      "kiv/2022-2024  priority 3  nl  geactualiseerd integraal en geïntegreerd **drugsbeleid**\n"
      "kiv/2016-2019  priority 3  nl  geactualiseerd integraal en geïntegreerd **drugsbeleid**\n");
  const std::string cyber = kiv({"search", "cyber", "--lang", "nl"}).out;
  EXPECT_NE(cyber.find("kiv/2016-2019  priority 5  nl  **cybercrime** en **cybersecurity**\n"),
            std::string::npos)
      << cyber;
  // The timeline example of kiv timeline --help.
  const KivRun timeline = kiv({"timeline", "drugs"});
  EXPECT_EQ(timeline.status, 0) << timeline.err;
}

TEST_F(CliSearch, AllRevisionsNamesTheRevisionOfEachHit) {
  import_all();
  import_correction();
  EXPECT_EQ(kiv({"search", "overlast"}).out,
            "kiv/2022-2024  priority 10  nl  openbare **overlast**\n"
            "kiv/2016-2019  priority 10  nl  **overlast**\n");
  EXPECT_EQ(kiv({"search", "overlast", "--all-revisions"}).out,
            "kiv/2022-2024@2  priority 10  nl  openbare **overlast**\n"
            "kiv/2022-2024@1  priority 10  nl  **overlast**\n"
            "kiv/2016-2019@1  priority 10  nl  **overlast**\n");
  const KivRun json = kiv({"search", "overlast", "--all-revisions", "--format", "json"});
  EXPECT_NE(json.out.find("\"ref\": \"kiv/2022-2024@1\""), std::string::npos) << json.out;
}

TEST_F(CliSearch, LanguageAndSeriesFilters) {
  import_all();
  EXPECT_EQ(kiv({"search", "fraude", "--lang", "fr"}).out,
            "kiv/2025-2027  priority 3  fr  **fraude** sociale et fiscale\n"
            "kiv/2025-2027  priority 2  fr  cybercriminalité\n"
            "    description: La **fraude** en ligne envers les citoyens.\n");
  EXPECT_EQ(kiv({"search", "fraude", "--series", "kiv"}).out, kiv({"search", "fraude"}).out);

  EXPECT_TRUE(
      printed(kiv({"search", "fraude", "--lang", "de"}), 2, "",
              "kiv: error: no edition of the store has texts in 'de'; its languages: fr, nl\n"));
  EXPECT_TRUE(printed(kiv({"search", "fraude", "--series", "ncsi"}), 2, "",
                      "kiv: error: no series 'ncsi' in the store; its series: kiv\n"));
}

TEST_F(CliSearch, NothingFoundExitsWithOne) {
  import_all();
  EXPECT_TRUE(printed(kiv({"search", "drugz"}), 1, "", "kiv: no matches for 'drugz'\n"));
  EXPECT_TRUE(printed(kiv({"search", "drugz", "--format", "json"}), 1, "[]\n",
                      "kiv: no matches for 'drugz'\n"));
}

TEST_F(CliSearch, AnEmptyStoreHasNoMatchesAndNoStoreIsAnError) {
  const KivRun missing = kiv({"search", "fraude"});
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.err.find("kiv: error: "), std::string::npos) << missing.err;
  ASSERT_EQ(kiv({"init"}).status, 0);
  EXPECT_TRUE(printed(kiv({"search", "fraude"}), 1, "", "kiv: no matches for 'fraude'\n"));
}

TEST_F(CliSearch, AQueryThatIsNotValidFts5IsBadInput) {
  import_all();
  const std::string expected =
      "; expected words, \"phrases\", prefix* and AND, OR, NOT, ( ) between them\n";
  EXPECT_TRUE(
      printed(kiv({"search", "AND"}), 2, "",
              "kiv: error: 'AND' is not valid FTS5 query syntax (fts5: syntax error near \"AND\")" +
                  expected));
  EXPECT_TRUE(
      printed(kiv({"search", "\"unbalanced"}), 2, "",
              "kiv: error: '\"unbalanced' is not valid FTS5 query syntax (unterminated string)" +
                  expected));
  const KivRun usage = kiv({"search"});
  EXPECT_EQ(usage.status, 2);
  EXPECT_NE(usage.err.find("QUERY"), std::string::npos) << usage.err;
  EXPECT_EQ(kiv({"search", "fraude", "--limit", "0"}).status, 2);
  EXPECT_EQ(kiv({"search", "fraude", "--format", "md"}).status, 2);
}

TEST_F(CliSearch, TheLimitSaysWhenThereAreMore) {
  import_all();
  const KivRun run = kiv({"search", "fraude", "--limit", "2"});
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out,
            "kiv/2025-2027  priority 3  fr  **fraude** sociale et fiscale\n"
            "kiv/2025-2027  priority 3  nl  sociale en fiscale **fraude**\n");
  EXPECT_EQ(run.err, "kiv: the best 2 matches are shown; --limit N shows more\n");
  EXPECT_EQ(kiv({"search", "fraude", "--limit", "6"}).err, "");
}

TEST_F(CliSearch, SearchFindsTheSameAfterRebuildAndWithoutTheIndex) {
  import_all();
  import_correction();
  const std::string before =
      kiv({"search", "fraude OR overlast OR extremisme", "--all-revisions"}).out;
  ASSERT_FALSE(before.empty());
  EXPECT_EQ(kiv({"verify"}).status, 0);
  ASSERT_EQ(kiv({"rebuild"}).status, 0);
  EXPECT_EQ(kiv({"verify"}).status, 0);
  EXPECT_EQ(kiv({"search", "fraude OR overlast OR extremisme", "--all-revisions"}).out, before);
  std::filesystem::remove(store() / "index.sqlite");
  EXPECT_EQ(kiv({"search", "fraude OR overlast OR extremisme", "--all-revisions"}).out, before);
  EXPECT_EQ(kiv({"verify"}).status, 0);
}

TEST_F(CliSearch, HelpHasExamplesAndTheOverviewListsSearch) {
  const KivRun help = run_kiv({"help", "search"});
  EXPECT_EQ(help.status, 0);
  EXPECT_NE(help.out.find("Examples:\n  kiv search "), std::string::npos) << help.out;
  EXPECT_NE(help.out.find("--all-revisions"), std::string::npos);
  EXPECT_EQ(run_kiv({"search", "--help"}).out, help.out);
  const KivRun overview = run_kiv({"--help"});
  EXPECT_NE(overview.out.find("\n  search "), std::string::npos) << overview.out;
  EXPECT_NE(overview.out.find("or search finds nothing"), std::string::npos) << overview.out;
}

}  // namespace
}  // namespace kiv::test
