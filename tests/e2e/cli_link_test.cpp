// kiv link, kiv unlink and kiv links on temporary stores, and the diff they correct.

#include <rapidjson/document.h>

#include <regex>

#include "support/cli_fixture.hpp"
#include "support/lineage_editions.hpp"
#include "support/store_damage.hpp"

namespace kiv::test {
namespace {

constexpr const char* kAuthor = "An Archivist <an@example.org>";

class CliLink : public CliTest {
 protected:
  // The test series t (two editions whose lineage the matching cannot see) and the bundled kiv.
  void SetUp() override {
    import_bundled();
    const KivRun run =
        kiv({"import", file("old.json", lineage_old_json()), file("new.json", lineage_new_json())});
    ASSERT_EQ(run.status, 0) << run.err;
  }

  KivRun link(const std::string& from, const std::string& to,
              const std::string& kind = "renamed") const {
    return kiv({"link", from, to, "--as", kind, "--author", kAuthor});
  }

  void link_ok(const std::string& from, const std::string& to,
               const std::string& kind = "renamed") const {
    const KivRun run = link(from, to, kind);
    ASSERT_EQ(run.status, 0) << run.err;
  }

  // What `kiv COMMAND t/2010-2012:fietsdiefstal t/2013-2015:tweewielers --format json` prints,
  // parsed; the test fails unless it is a JSON object.
  rapidjson::Document link_change_json(const std::string& command) const {
    const KivRun run = kiv({command, "t/2010-2012:fietsdiefstal", "t/2013-2015:tweewielers",
                            "--author", kAuthor, "--format", "json"});
    EXPECT_EQ(run.status, 0) << run.err;
    rapidjson::Document json;
    json.Parse(run.out.c_str());
    EXPECT_TRUE(json.IsObject()) << run.out;
    return json;
  }

  std::string diff_json() const {
    const KivRun run = kiv({"diff", "t/2010-2012", "t/2013-2015", "--format", "json"});
    EXPECT_EQ(run.status, 0) << run.err;
    return run.out;
  }

  // `kiv ARGS...` must fail with status 2 and leave the store exactly as it was; its stderr.
  std::string refused(const std::vector<std::string>& args) const {
    const auto before = snapshot(store());
    const KivRun run = kiv(args);
    EXPECT_EQ(run.status, 2) << run.out << run.err;
    EXPECT_EQ(run.out, "");
    EXPECT_EQ(snapshot(store()), before) << "a refused command changed the store";
    return run.err;
  }
};

// The change of the diff's priorities whose old side has the item keyed `key` (a merge has an
// array of them); null when there is none.
const rapidjson::Value* change_from(const rapidjson::Document& diff, const std::string& key) {
  for (const auto& change : diff["priorities"].GetArray()) {
    if (!change.HasMember("from")) continue;
    const auto& from = change["from"];
    if (from.IsObject() && key == from["key"].GetString()) return &change;
    if (from.IsArray()) {
      for (const auto& item : from.GetArray()) {
        if (key == item["key"].GetString()) return &change;
      }
    }
  }
  return nullptr;
}

rapidjson::Document parsed(const std::string& json) {
  rapidjson::Document document;
  document.Parse(json.c_str());
  EXPECT_TRUE(document.IsObject()) << json;
  return document;
}

TEST_F(CliLink, LinkSaysWhatItRecordedAndTheCommit) {
  const KivRun run = kiv({"link", "t/2010-2012:fietsdiefstal", "t/2013-2015:tweewielers",
                          "--author", kAuthor, "-m", "Bikes are two-wheelers"});
  ASSERT_EQ(run.status, 0) << run.err;
  std::smatch found;
  ASSERT_TRUE(std::regex_match(
      run.out, found,
      std::regex("Linked t/2010-2012:fietsdiefstal -> t/2013-2015:tweewielers \\(renamed\\)\n"
                 "  commit ([0-9a-f]{40})\n")))
      << run.out;
  const KivRun listed = kiv({"links", "t", "--format", "json"});
  ASSERT_EQ(listed.status, 0) << listed.err;
  rapidjson::Document links;
  links.Parse(listed.out.c_str());
  ASSERT_TRUE(links.IsArray()) << listed.out;
  ASSERT_EQ(links.Size(), 1U);
  EXPECT_STREQ(links[0]["series"].GetString(), "t");
  EXPECT_STREQ(links[0]["from"]["ref"].GetString(), "t/2010-2012:fietsdiefstal");
  EXPECT_STREQ(links[0]["to"]["edition"].GetString(), "2013-2015");
  EXPECT_STREQ(links[0]["to"]["key"].GetString(), "tweewielers");
  EXPECT_STREQ(links[0]["kind"].GetString(), "renamed");
  EXPECT_EQ(links[0]["commit"].GetString(), found[1].str());
  EXPECT_STREQ(links[0]["linked_by"].GetString(), kAuthor);
  EXPECT_STREQ(links[0]["message"].GetString(), "Bikes are two-wheelers");
  const KivRun text = kiv({"links"});
  EXPECT_TRUE(std::regex_search(
      text.out, std::regex("\nt/2010-2012:fietsdiefstal  ->  t/2013-2015:tweewielers  renamed  " +
                           found[1].str().substr(0, 12) + "  [0-9T:Z-]+  " + kAuthor + "\n")))
      << text.out;
}

TEST_F(CliLink, LinkAndUnlinkPrintTheLinkAsJson) {
  const rapidjson::Document record = link_change_json("link");
  ASSERT_TRUE(record.IsObject());
  // The same object as kiv links lists for it.
  const KivRun listed = kiv({"links", "t", "--format", "json"});
  rapidjson::Document links;
  links.Parse(listed.out.c_str());
  ASSERT_TRUE(links.IsArray() && links.Size() == 1U) << listed.out;
  EXPECT_TRUE(record == links[0]) << listed.out;
  EXPECT_STREQ(record["from"]["ref"].GetString(), "t/2010-2012:fietsdiefstal");
  EXPECT_STREQ(record["kind"].GetString(), "renamed");
  EXPECT_EQ(std::string(record["commit"].GetString()).size(), 40U);

  const rapidjson::Document removed = link_change_json("unlink");
  ASSERT_TRUE(removed.IsObject());
  EXPECT_STREQ(removed["to"]["ref"].GetString(), "t/2013-2015:tweewielers");
  EXPECT_STREQ(removed["message"].GetString(),
               "Unlink t/2010-2012:fietsdiefstal -> t/2013-2015:tweewielers (renamed)");
  EXPECT_STRNE(removed["commit"].GetString(), record["commit"].GetString());
}

TEST_F(CliLink, LinksWithoutAnySayHowToRecordOne) {
  const KivRun run = kiv({"links"});
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out, "No curated links. Record one with 'kiv link OLDREF:KEY NEWREF:KEY'.\n");
  EXPECT_EQ(kiv({"links", "nope"}).err,
            "kiv: error: no series 'nope' in the store; its series: kiv, t\n");
}

TEST_F(CliLink, LogListsEditionRevisionsOnlyAndIsUnaffected) {
  const std::string before = kiv({"log"}).out;
  link_ok("t/2010-2012:fietsdiefstal", "t/2013-2015:tweewielers");
  EXPECT_EQ(kiv({"log"}).out, before);
}

TEST_F(CliLink, TheDiffReportsLinkedPairsAsCuratedAndUnlinkRestoresTheAutomaticResult) {
  const std::string automatic = diff_json();
  {
    const auto diff = parsed(automatic);
    EXPECT_STREQ((*change_from(diff, "fietsdiefstal"))["change"].GetString(), "removed");
    EXPECT_STREQ((*change_from(diff, "mensenhandel"))["change"].GetString(), "removed");
    EXPECT_EQ(diff["summary"]["priorities"]["added"].GetInt(), 4);
  }
  link_ok("t/2010-2012:fietsdiefstal", "t/2013-2015:tweewielers");
  link_ok("t/2010-2012:mensenhandel", "t/2013-2015:uitbuiting", "split");
  link_ok("t/2010-2012:mensenhandel", "t/2013-2015:smokkel", "split");
  link_ok("t/2010-2012:inbraken", "t/2013-2015:vermogen", "merged");
  link_ok("t/2010-2012:overvallen", "t/2013-2015:vermogen", "merged");
  {
    const auto diff = parsed(diff_json());
    const rapidjson::Value& renamed = *change_from(diff, "fietsdiefstal");
    EXPECT_STREQ(renamed["change"].GetString(), "changed");
    EXPECT_STREQ(renamed["match"].GetString(), "curated");
    EXPECT_STREQ(renamed["to"]["key"].GetString(), "tweewielers");
    const rapidjson::Value& split = *change_from(diff, "mensenhandel");
    EXPECT_STREQ(split["change"].GetString(), "split");
    EXPECT_STREQ(split["match"].GetString(), "curated");
    ASSERT_EQ(split["to"].Size(), 2U);
    EXPECT_STREQ(split["to"][0]["key"].GetString(), "uitbuiting");
    EXPECT_STREQ(split["to"][1]["key"].GetString(), "smokkel");
    const rapidjson::Value& merged = *change_from(diff, "inbraken");
    EXPECT_STREQ(merged["change"].GetString(), "merged");
    EXPECT_STREQ(merged["match"].GetString(), "curated");
    EXPECT_EQ(merged["from"].Size(), 2U);
    EXPECT_STREQ(merged["to"]["key"].GetString(), "vermogen");
    EXPECT_EQ(diff["summary"]["priorities"]["added"].GetInt(), 0);
    EXPECT_EQ(diff["summary"]["priorities"]["removed"].GetInt(), 0);
  }
  const KivRun text = kiv({"diff", "t/2010-2012", "t/2013-2015"});
  EXPECT_NE(text.out.find(
                "    1 -> 1    changed    [-fietsdiefstal-]{+tweewielercriminaliteit+}  (wording; "
                "matched by curated link, 0% similar)\n"),
            std::string::npos)
      << text.out;
  for (const auto& [from, to] :
       {std::pair{"fietsdiefstal", "tweewielers"}, std::pair{"mensenhandel", "uitbuiting"},
        std::pair{"mensenhandel", "smokkel"}, std::pair{"inbraken", "vermogen"},
        std::pair{"overvallen", "vermogen"}}) {
    const KivRun run =
        kiv({"unlink", std::string("t/2010-2012:") + from, std::string("t/2013-2015:") + to});
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_EQ(run.out.rfind("Unlinked t/2010-2012:", 0), 0U) << run.out;
  }
  EXPECT_EQ(diff_json(), automatic);
}

TEST_F(CliLink, TheSeriesMayBeLeftOutWhenTheStoreHasOne) {
  TempDir other;
  const std::string one = (other.path() / "one").string();
  ASSERT_EQ(run_kiv({"--store", one, "import", file("a.json", lineage_old_json()),
                     file("b.json", lineage_new_json())})
                .status,
            0);
  const KivRun run =
      run_kiv({"--store", one, "link", "2010-2012:fietsdiefstal", "2013-2015:tweewielers"});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(
      run.out.rfind("Linked t/2010-2012:fietsdiefstal -> t/2013-2015:tweewielers (renamed)\n", 0),
      0U)
      << run.out;
}

TEST_F(CliLink, BadLinksAreRefusedWithStatusTwoAndTheStoreUnchanged) {
  link_ok("t/2010-2012:fietsdiefstal", "t/2013-2015:tweewielers");
  const std::vector<std::string> as = {"--author", kAuthor};
  EXPECT_EQ(refused({"link", "t/2010-2012:drugs", "kiv/2022-2024:cybercrime"}),
            "kiv: error: a link joins two items of one series: t/2010-2012 is of the series t, "
            "kiv/2022-2024 of kiv\n");
  EXPECT_EQ(refused({"link", "t/2010-2012:fiets", "t/2013-2015:tweewielers"}),
            "kiv: error: t/2010-2012 has no item with the key 'fiets' (in its latest revision, "
            "t/2010-2012@1); "
            "its keys: priorities: fietsdiefstal, drugs, mensenhandel, inbraken, overvallen; "
            "themes: preventie\n");
  EXPECT_NE(refused({"link", "t/2010-2012:drugs", "t/2030-2032:drugs"})
                .find("no edition t/2030-2032 in the store; editions: "),
            std::string::npos);
  EXPECT_NE(refused({"link", "t/2010-2012:drugs", "t/2010-2012:inbraken"})
                .find("are items of one edition"),
            std::string::npos);
  EXPECT_NE(refused({"link", "t/2013-2015:drugs", "t/2010-2012:drugs"})
                .find("t/2013-2015 comes after t/2010-2012"),
            std::string::npos);
  EXPECT_EQ(
      refused({"link", "t/2010-2012:fietsdiefstal", "t/2013-2015:tweewielers", "--as", "split"}),
      "kiv: error: t/2010-2012:fietsdiefstal -> t/2013-2015:tweewielers is already linked "
      "(renamed); "
      "unlink it first to record it otherwise\n");
  EXPECT_EQ(
      refused({"link", "t/2010-2012", "t/2013-2015:tweewielers"}),
      "kiv: error: invalid link end 't/2010-2012': no ':KEY'; expected [SERIES/]EDITION:KEY, e.g. "
      "kiv/2016-2019:cybercrime\n");
  EXPECT_NE(refused({"link", "t/2010-2012@1:drugs", "t/2013-2015:drugs"})
                .find("a link joins editions, not revisions"),
            std::string::npos);
  EXPECT_NE(
      refused({"link", "t/2010-2012:drugs", "t/2013-2015:drugs", "--as", "moved"}).find("--as"),
      std::string::npos);
  EXPECT_NE(refused({"link", "t/2010-2012:drugs", "t/2013-2015:vermogen", "--author", "nobody"})
                .find("author 'nobody': expected \"Name <email>\""),
            std::string::npos);
  EXPECT_EQ(
      refused({"unlink", "t/2010-2012:drugs", "t/2013-2015:drugs"}),
      "kiv: error: no link from t/2010-2012:drugs to t/2013-2015:drugs; links from t/2010-2012 to "
      "t/2013-2015: t/2010-2012:fietsdiefstal -> t/2013-2015:tweewielers (renamed)\n");
  EXPECT_NE(refused({"link", "t/2010-2012:drugs"}).find("NEW is required"), std::string::npos);
}

TEST_F(CliLink, LinksSurviveRebuildAndADeletedIndex) {
  link_ok("t/2010-2012:fietsdiefstal", "t/2013-2015:tweewielers");
  link_ok("t/2010-2012:inbraken", "t/2013-2015:vermogen", "merged");
  const std::string links = kiv({"links", "--format", "json"}).out;
  const std::string diff = diff_json();
  ASSERT_NE(diff.find("\"match\": \"curated\""), std::string::npos);
  ASSERT_EQ(kiv({"rebuild"}).status, 0);
  EXPECT_EQ(kiv({"links", "--format", "json"}).out, links);
  EXPECT_EQ(diff_json(), diff);
  std::filesystem::remove(store() / "index.sqlite");
  EXPECT_EQ(kiv({"links", "--format", "json"}).out, links);
  EXPECT_EQ(diff_json(), diff);
  EXPECT_EQ(kiv({"verify"}).status, 0);
}

TEST_F(CliLink, VerifyPassesWithLinksAndReportsADamagedLinksFile) {
  link_ok("t/2010-2012:fietsdiefstal", "t/2013-2015:tweewielers");
  const KivRun sound = kiv({"verify"});
  EXPECT_EQ(sound.status, 0) << sound.out;
  EXPECT_TRUE(std::regex_match(
      sound.out, std::regex("verified [0-9]+ objects and 4 revisions: no problems\n")))
      << sound.out;
  commit_over_main(store(), "t/links.json", "not json");
  const KivRun damaged = kiv({"verify"});
  EXPECT_EQ(damaged.status, 3);
  EXPECT_TRUE(std::regex_search(
      damaged.out, std::regex("^t/links.json: commit [0-9a-f]{40}: t/links.json: not JSON")))
      << damaged.out;
}

TEST_F(CliLink, VerifyReportsALinkOnlyTheIndexHas) {
  execute_on_index(
      store(),
      "INSERT INTO links VALUES ('t', '2010-2012', 'drugs', '2013-2015', 'vermogen', 'renamed',"
      " 'abc', '2026-01-01T00:00:00Z', 'X <x@example.org>', 'm')");
  const KivRun run = kiv({"verify"});
  EXPECT_EQ(run.status, 3);
  EXPECT_NE(run.out.find("t/links.json: the index has the link 2010-2012:drugs -> "
                         "2013-2015:vermogen, git does not\n"),
            std::string::npos)
      << run.out;
}

}  // namespace
}  // namespace kiv::test
