// When editions are in force: recorded at import (--in-force-from, --in-force-to,
// --extended-to, --superseded-by, or the JSON's "in_force"), shown by show, listed by
// list --in-force DATE, kept by later documents that do not say.

#include <rapidjson/document.h>

#include <filesystem>
#include <string>

#include "support/cli_fixture.hpp"
#include "support/editions.hpp"

namespace kiv::test {
namespace {

class CliInForce : public CliTest {
 protected:
  // 2016-2019 in force from its presentation, extended to mid-2022, and superseded by
  // 2022-2024, in force from its adoption (test values, not the editions' real history).
  void import_two() const {
    const KivRun first =
        kiv({"import", bundled("kiv/2016-2019.json").string(), "--in-force-from", "2016-06-07",
             "--extended-to", "2022-06-30", "--superseded-by", "2022-2024"});
    ASSERT_EQ(first.status, 0) << first.err;
    const KivRun second =
        kiv({"import", bundled("kiv/2022-2024.json").string(), "--in-force-from", "2022-03-31"});
    ASSERT_EQ(second.status, 0) << second.err;
  }

  std::string listed_on(const std::string& date) const {
    const KivRun run = kiv({"list", "--in-force", date});
    EXPECT_EQ(run.status, 0) << run.err;
    return run.out;
  }
};

TEST_F(CliInForce, ListInForceGivesTheEditionsInForceOnADay) {
  import_two();
  // Before the first came into force: none.
  EXPECT_EQ(listed_on("2016-06-06"), "No edition of the store is in force on 2016-06-06.\n");
  const std::string first = listed_on("2016-06-07");
  EXPECT_NE(first.find("kiv/2016-2019"), std::string::npos) << first;
  EXPECT_EQ(first.find("kiv/2022-2024"), std::string::npos) << first;
  // After its period, within its extension.
  EXPECT_NE(listed_on("2021-05-01").find("kiv/2016-2019"), std::string::npos);
  // The extension ran to mid-2022, but its successor began on 2022-03-31.
  const std::string day_before = listed_on("2022-03-30");
  EXPECT_NE(day_before.find("kiv/2016-2019"), std::string::npos) << day_before;
  EXPECT_EQ(day_before.find("kiv/2022-2024"), std::string::npos) << day_before;
  const std::string successor = listed_on("2022-03-31");
  EXPECT_EQ(successor.find("kiv/2016-2019"), std::string::npos) << successor;
  EXPECT_NE(successor.find("kiv/2022-2024"), std::string::npos) << successor;
  // The successor's end is its period's.
  EXPECT_NE(listed_on("2024-12-31").find("kiv/2022-2024"), std::string::npos);
  EXPECT_EQ(listed_on("2025-01-01"), "No edition of the store is in force on 2025-01-01.\n");
  // Without --in-force, every edition.
  EXPECT_NE(kiv({"list"}).out.find("kiv/2016-2019"), std::string::npos);
}

TEST_F(CliInForce, ShowAndListJsonSayWhenAndWhy) {
  import_two();
  const KivRun shown = kiv({"show", "kiv/2016-2019"});
  EXPECT_NE(shown.out.find("In force       2016-06-07 (recorded) to 2022-03-30 (superseded)\n"),
            std::string::npos)
      << shown.out;
  EXPECT_NE(shown.out.find("Superseded by  kiv/2022-2024\n"), std::string::npos) << shown.out;
  EXPECT_NE(kiv({"show", "kiv/2022-2024"})
                .out.find("In force   2022-03-31 (recorded) to 2024-12-31 (its period)\n"),
            std::string::npos);
  // The canonical JSON records what was given, not what was worked out.
  const std::string json = kiv({"show", "kiv/2016-2019", "--format", "json"}).out;
  EXPECT_NE(json.find("\"in_force\": {\n    \"from\": \"2016-06-07\",\n    \"extended_to\": "
                      "\"2022-06-30\",\n    \"superseded_by\": \"2022-2024\"\n  }"),
            std::string::npos)
      << json;
  const KivRun list = kiv({"list", "--in-force", "2020-01-01", "--format", "json"});
  rapidjson::Document parsed;
  parsed.Parse(list.out.c_str());
  ASSERT_TRUE(parsed.IsArray()) << list.out;
  ASSERT_EQ(parsed.Size(), 1U) << list.out;
  const auto& in_force = parsed[0]["in_force"];
  EXPECT_STREQ(in_force["from"].GetString(), "2016-06-07");
  EXPECT_STREQ(in_force["from_origin"].GetString(), "recorded");
  EXPECT_STREQ(in_force["to"].GetString(), "2022-03-30");
  EXPECT_STREQ(in_force["to_origin"].GetString(), "superseded");
  EXPECT_STREQ(in_force["superseded_by"].GetString(), "2022-2024");
}

// The site's edition pages say when each edition is in force, superseding applied.
TEST_F(CliInForce, TheSiteSaysWhenAnEditionIsInForce) {
  import_two();
  const std::filesystem::path site = temp_.path() / "site";
  ASSERT_EQ(kiv({"site", site.string()}).status, 0);
  const std::string page = read_file(site / "kiv" / "2016-2019" / "nl.html");
  EXPECT_NE(page.find(" · adopted 2016-06-07 · in force 2016-06-07 to 2022-03-30 · revision 1"),
            std::string::npos)
      << page.substr(0, 2000);
}

// A corrected document of the edition says nothing about when it is in force: the recorded
// values stay; a later import that gives one replaces that one only.
TEST_F(CliInForce, ACorrectedDocumentKeepsWhatWasRecorded) {
  const std::string page = read_file(bundled("kiv/2022-2024.nl.txt"));
  const KivRun first =
      kiv({"import", file("kiv-2022-2024.nl.txt", page), "--extended-to", "2025-12-31"});
  ASSERT_EQ(first.status, 0) << first.err;
  std::string corrected = page;
  corrected.replace(corrected.find(" 10. overlast"), 13, " 10. overlast en openbare orde");
  const KivRun second = kiv({"import", file("kiv-2022-2024.nl.txt", corrected)});
  ASSERT_EQ(second.status, 0) << second.err;
  ASSERT_NE(second.out.find("kiv/2022-2024@2"), std::string::npos) << second.out;
  EXPECT_NE(kiv({"show", "kiv/2022-2024"})
                .out.find("In force   2022-01-01 (its period) to 2025-12-31 (extended)\n"),
            std::string::npos)
      << kiv({"show", "kiv/2022-2024"}).out;
  EXPECT_NE(listed_on("2025-06-01").find("kiv/2022-2024"), std::string::npos);
}

TEST_F(CliInForce, BadDaysAreRefusedAndTheStoreLeftAsItWas) {
  import_two();
  const auto before = snapshot(store());
  const struct {
    std::vector<std::string> args;
    std::string message;
  } cases[] = {
      {{"--in-force-from", "2023-02-29"},
       "--in-force-from '2023-02-29': expected a date YYYY-MM-DD that exists"},
      {{"--extended-to", "soon"}, "--extended-to 'soon': expected a date YYYY-MM-DD that exists"},
      {{"--superseded-by", "Next One"},
       "--superseded-by 'Next One': expected an edition id such as 2025-2028"},
      {{"--in-force-from", "2025-01-01", "--in-force-to", "2024-12-31"},
       "/in_force/to: '2024-12-31' is earlier than 'from' (2025-01-01)"},
      {{"--superseded-by", "2022-2024"},
       "/in_force/superseded_by: an edition cannot replace itself"},
  };
  for (const auto& c : cases) {
    std::vector<std::string> args = {"import", bundled("kiv/2022-2024.json").string()};
    args.insert(args.end(), c.args.begin(), c.args.end());
    const KivRun run = kiv(args);
    EXPECT_EQ(run.status, 2) << c.message;
    EXPECT_NE(run.err.find(c.message), std::string::npos) << run.err;
  }
  EXPECT_EQ(snapshot(store()), before);
  const KivRun bad = kiv({"list", "--in-force", "2024-13-01"});
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("--in-force '2024-13-01': expected a date YYYY-MM-DD that exists"),
            std::string::npos)
      << bad.err;
}

}  // namespace
}  // namespace kiv::test
