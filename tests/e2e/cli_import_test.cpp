// kiv import, list, show, log, export on a temporary store.

#include <rapidjson/document.h>

#include <algorithm>
#include <regex>

#include "support/cli_fixture.hpp"
#include "support/editions.hpp"

namespace kiv::test {
namespace {

class CliImport : public CliTest {};

TEST_F(CliImport, ImportsTheBundledEditionsAndListsThem) {
  const KivRun run = kiv(
      {"import", bundled("kiv/2016-2019.json").string(), bundled("kiv/2022-2024.json").string()});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.err, "");
  EXPECT_NE(run.out.find("created  kiv/2016-2019@1  from "), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("created  kiv/2022-2024@1  from "), std::string::npos) << run.out;
  const KivRun list = kiv({"list"});
  EXPECT_EQ(list.status, 0);
  EXPECT_EQ(list.out, read_file(std::filesystem::path(KIV_SOURCE_DIR) / "tests/golden/list.txt"));
}

TEST_F(CliImport, ShowPrintsTheEditionAsGolden) {
  import_bundled();
  const KivRun run = kiv({"show", "kiv/2022-2024"});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(without_volatile_fields(run.out), read_file(std::filesystem::path(KIV_SOURCE_DIR) /
                                                        "tests/golden/show-kiv-2022-2024.txt"));
}

TEST_F(CliImport, ShowReadsTheIndexAloneAndPrintsWhatGitHolds) {
  import_bundled();
  const KivRun canonical = kiv({"export", "kiv/2022-2024"});
  ASSERT_EQ(canonical.status, 0) << canonical.err;
  // With git's objects hidden, show answers from the index, its JSON the canonical JSON in git.
  std::filesystem::rename(store() / "git" / "objects", store() / "git" / "objects.hidden");
  const KivRun json = kiv({"show", "kiv/2022-2024", "--format", "json"});
  ASSERT_EQ(json.status, 0) << json.err;
  EXPECT_EQ(json.out, canonical.out);
  const KivRun text = kiv({"show", "kiv/2022-2024"});
  ASSERT_EQ(text.status, 0) << text.err;
  EXPECT_EQ(without_volatile_fields(text.out), read_file(std::filesystem::path(KIV_SOURCE_DIR) /
                                                         "tests/golden/show-kiv-2022-2024.txt"));
}

TEST_F(CliImport, ShowPrintsTheLanguageAskedFor) {
  const std::string bilingual = file("bilingual.json", R"({
    "format": "kiv-edition/1", "series": "kiv", "edition": "2030-2033",
    "title": {"nl": "Kadernota Integrale Veiligheid 2030-2033",
              "fr": "Note-cadre de S\u00e9curit\u00e9 int\u00e9grale 2030-2033"},
    "priorities": [{"rank": 1, "title": {"nl": "drugsbeleid", "fr": "politique en mati\u00e8re de drogues"}}],
    "themes": [{"rank": 1, "title": {"nl": "de buitgerichte aanpak", "fr": "l'approche ax\u00e9e sur le butin"}}]
  })");
  ASSERT_EQ(kiv({"import", bilingual}).status, 0);
  const KivRun french = kiv({"show", "kiv/2030-2033", "--lang", "fr"});
  ASSERT_EQ(french.status, 0) << french.err;
  EXPECT_NE(french.out.find("kiv/2030-2033 — Note-cadre de Sécurité intégrale 2030-2033\n"),
            std::string::npos)
      << french.out;
  EXPECT_NE(french.out.find("  1. politique en matière de drogues\n"), std::string::npos);
  EXPECT_NE(french.out.find("Languages  fr, nl\n"), std::string::npos);
  // Without --lang, Dutch comes first.
  EXPECT_NE(kiv({"show", "kiv/2030-2033"}).out.find("  1. drugsbeleid\n"), std::string::npos);
}

TEST_F(CliImport, TheSeriesMayBeLeftOutWhenTheStoreHasOne) {
  import_bundled();
  EXPECT_EQ(kiv({"show", "2016-2019"}).out, kiv({"show", "kiv/2016-2019"}).out);
}

TEST_F(CliImport, ReimportingIdenticalContentSaysSoAndRecordsNothing) {
  import_bundled();
  const auto before = snapshot(store());
  const KivRun run = kiv({"import", bundled("kiv/2022-2024.json").string()});
  EXPECT_EQ(run.status, 0);
  EXPECT_NE(run.out.find("unchanged  kiv/2022-2024@1"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("identical to the latest revision, nothing recorded"), std::string::npos);
  EXPECT_EQ(snapshot(store()), before);
}

TEST_F(CliImport, ACorrectionBecomesRevisionTwoAndBothStayReadable) {
  import_bundled();
  const std::string corrected =
      file("corrected.json",
           corrected_2022_2024("\"nl\": \"overlast\"", "\"nl\": \"openbare overlast\""));
  const KivRun run = kiv({"import", corrected, "--author", "Second Reader <second@example.org>",
                          "-m", "Correct the title of priority 10"});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("revised  kiv/2022-2024@2  from "), std::string::npos) << run.out;

  EXPECT_NE(kiv({"show", "kiv/2022-2024"}).out.find("10. openbare overlast\n"), std::string::npos);
  EXPECT_NE(kiv({"show", "kiv/2022-2024@1"}).out.find("10. overlast\n"), std::string::npos);
  EXPECT_NE(kiv({"show", "kiv/2022-2024@1"}).out.find("Revision   1 of 2"), std::string::npos);

  const KivRun log = kiv({"log", "kiv/2022-2024"});
  ASSERT_EQ(log.status, 0);
  const auto second = log.out.find("kiv/2022-2024@2  ");
  const auto first = log.out.find("kiv/2022-2024@1  ");
  ASSERT_NE(second, std::string::npos) << log.out;
  ASSERT_NE(first, std::string::npos) << log.out;
  EXPECT_LT(second, first);  // newest first
  EXPECT_NE(log.out.find("Second Reader <second@example.org>"), std::string::npos);
  EXPECT_NE(log.out.find("    Correct the title of priority 10\n"), std::string::npos);
  EXPECT_NE(log.out.find("source corrected.json (sha256 "), std::string::npos);
}

TEST_F(CliImport, LogAsJsonListsEveryRevisionWithItsProvenance) {
  import_bundled();
  const KivRun run = kiv({"log", "--format", "json"});
  ASSERT_EQ(run.status, 0);
  rapidjson::Document json;
  json.Parse(run.out.c_str());
  ASSERT_TRUE(json.IsArray()) << run.out;
  ASSERT_EQ(json.Size(), 2U);
  EXPECT_STREQ(json[0]["ref"].GetString(), "kiv/2022-2024@1");
  EXPECT_STREQ(json[0]["imported_by"].GetString(), "An Archivist <an@example.org>");
  EXPECT_STREQ(json[0]["source_name"].GetString(), "2022-2024.json");
  EXPECT_EQ(std::string(json[0]["commit"].GetString()).size(), 40U);
  EXPECT_EQ(std::string(json[1]["source_sha256"].GetString()).size(), 64U);
}

TEST_F(CliImport, ListAsJsonDescribesEachEdition) {
  import_bundled();
  const KivRun run = kiv({"list", "--format", "json"});
  rapidjson::Document json;
  json.Parse(run.out.c_str());
  ASSERT_TRUE(json.IsArray()) << run.out;
  ASSERT_EQ(json.Size(), 2U);
  const auto& edition = json[1];
  EXPECT_STREQ(edition["ref"].GetString(), "kiv/2022-2024");
  EXPECT_STREQ(edition["title"]["nl"].GetString(), "Kadernota Integrale Veiligheid 2022-2024");
  EXPECT_EQ(edition["period"]["from"].GetInt(), 2022);
  EXPECT_STREQ(edition["adopted"].GetString(), "2022-03-31");
  EXPECT_EQ(edition["priorities"].GetInt(), 10);
  EXPECT_EQ(edition["themes"].GetInt(), 5);
  EXPECT_EQ(edition["revision"].GetInt(), 1);
}

TEST_F(CliImport, ShowAsJsonIsTheCanonicalEdition) {
  import_bundled();
  const KivRun show = kiv({"show", "kiv/2016-2019", "--format", "json"});
  ASSERT_EQ(show.status, 0);
  EXPECT_EQ(show.out, kiv({"export", "kiv/2016-2019"}).out);
  rapidjson::Document json;
  json.Parse(show.out.c_str());
  ASSERT_TRUE(json.IsObject());
  EXPECT_STREQ(json["priorities"][4]["title"]["nl"].GetString(), "cybercrime en cybersecurity");
}

TEST_F(CliImport, ExportSourceGivesBackTheImportedBytes) {
  const std::string original = read_file(bundled("kiv/2022-2024.json"));
  const std::string reformatted =
      file("compact.json", std::regex_replace(original, std::regex("\n *"), ""));
  ASSERT_EQ(kiv({"import", reformatted}).status, 0);
  EXPECT_EQ(kiv({"export", "kiv/2022-2024", "--format", "source"}).out, read_file(reformatted));
  const std::string target = (temp_.path() / "out.json").string();
  EXPECT_EQ(kiv({"export", "kiv/2022-2024", "--format", "source", "-o", target}).status, 0);
  EXPECT_EQ(read_file(target), read_file(reformatted));
}

TEST_F(CliImport, InitCreatesAnEmptyStoreOnce) {
  const KivRun first = kiv({"init"});
  EXPECT_EQ(first.status, 0);
  EXPECT_EQ(first.out, "Created an empty kiv store in " + store().string() + "\n");
  const KivRun second = kiv({"init"});
  EXPECT_EQ(second.out, "Found an existing kiv store in " + store().string() + "\n");
  EXPECT_EQ(kiv({"list"}).out, "The store is empty. Import an edition with 'kiv import FILE'.\n");
}

TEST_F(CliImport, TheStoreComesFromKivStoreElseXdgDataHomeElseHome) {
  const auto via_env = temp_.path() / "env-store";
  EXPECT_EQ(run_kiv({"init"}, {{{"KIV_STORE", via_env.string()}}}).status, 0);
  EXPECT_TRUE(std::filesystem::exists(via_env / "git"));

  const auto xdg = temp_.path() / "xdg";
  EXPECT_EQ(run_kiv({"init"}, {{{"XDG_DATA_HOME", xdg.string()}}}).status, 0);
  EXPECT_TRUE(std::filesystem::exists(xdg / "kiv" / "git"));

  const auto home = temp_.path() / "home";
  EXPECT_EQ(run_kiv({"init"}, {{{"HOME", home.string()}}}).status, 0);
  EXPECT_TRUE(std::filesystem::exists(home / ".local/share/kiv/git"));

  // --store wins over the environment.
  EXPECT_EQ(run_kiv({"--store", store().string(), "init"}, {{{"KIV_STORE", via_env.string()}}}).out,
            "Created an empty kiv store in " + store().string() + "\n");
}

// kiv log -n N keeps the N newest revisions, --since those imported from a time on, --oneline
// prints one line each; the JSON follows the same cut.
TEST_F(CliImport, LogKeepsTheNewestRevisionsFromATimeOnOneLineEach) {
  import_bundled();
  const KivRun all = kiv({"log", "--oneline"});
  ASSERT_EQ(all.status, 0) << all.err;
  ASSERT_EQ(std::count(all.out.begin(), all.out.end(), '\n'), 2) << all.out;
  EXPECT_EQ(all.out.rfind("kiv/2022-2024@1  ", 0), 0U) << all.out;
  EXPECT_NE(all.out.find("  An Archivist <an@example.org>  Import kiv/2022-2024 revision 1 from "
                         "2022-2024.json\n"),
            std::string::npos)
      << all.out;
  EXPECT_EQ(kiv({"log", "-n", "1", "--oneline"}).out, all.out.substr(0, all.out.find('\n') + 1));
  const KivRun one = kiv({"log", "-n", "1", "--format", "json"});
  EXPECT_EQ(std::count(one.out.begin(), one.out.end(), '{'), 2) << one.out;  // revision, document
  EXPECT_EQ(kiv({"log", "--since", "2000-01-01", "--oneline"}).out, all.out);
  EXPECT_EQ(kiv({"log", "--since", "2999-01-01T00:00+01:00", "--oneline"}).out, "");
  const KivRun bad = kiv({"log", "--since", "yesterday"});
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("--since: 'yesterday' is no date or time"), std::string::npos) << bad.err;
  EXPECT_EQ(kiv({"log", "-n", "0"}).status, 2);
}

// kiv show --keys prints each item's key after its title, the key kiv timeline and kiv link
// take; without it the listing is as before.
TEST_F(CliImport, ShowPrintsTheKeysTimelineAndLinkTake) {
  import_bundled();
  const KivRun plain = kiv({"show", "kiv/2016-2019"});
  const KivRun keyed = kiv({"show", "kiv/2016-2019", "--keys"});
  ASSERT_EQ(keyed.status, 0) << keyed.err;
  EXPECT_NE(keyed.out.find("   5. cybercrime en cybersecurity  [cybercrime]\n"), std::string::npos)
      << keyed.out;
  EXPECT_NE(plain.out.find("   5. cybercrime en cybersecurity\n"), std::string::npos) << plain.out;
  EXPECT_EQ(plain.out.find("[cybercrime]"), std::string::npos);
  EXPECT_EQ(kiv({"timeline", "cybercrime"}).status, 0);
}

}  // namespace
}  // namespace kiv::test
