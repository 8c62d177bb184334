// The formats of the read commands beyond text: matrix json, list, links and stats csv, show
// and log md.

#include <rapidjson/document.h>

#include "support/cli_fixture.hpp"

namespace kiv::test {
namespace {

class CliFormats : public CliTest {};

std::filesystem::path golden(const std::string& name) {
  return std::filesystem::path(KIV_SOURCE_DIR) / "tests/golden" / name;
}

TEST_F(CliFormats, MatrixAsJsonHasEveryCellOfEveryRow) {
  import_bundled();
  const KivRun run = kiv({"matrix", "--format", "json"});
  ASSERT_EQ(run.status, 0) << run.err;
  rapidjson::Document json;
  ASSERT_FALSE(json.Parse(run.out.c_str()).HasParseError()) << run.out;
  EXPECT_STREQ(json["series"].GetString(), "kiv");
  EXPECT_STREQ(json["section"].GetString(), "priorities");
  ASSERT_EQ(json["editions"].Size(), 2U);
  const auto& rows = json["rows"];
  ASSERT_EQ(rows.Size(), 10U);
  bool reworded = false;
  for (const auto& row : rows.GetArray()) {
    ASSERT_EQ(row["cells"].Size(), 2U) << row["key"].GetString();
    const auto& newer = row["cells"][1];
    EXPECT_STREQ(newer["edition"].GetString(), "2022-2024");
    if (std::string(row["key"].GetString()) != "cybercrime") continue;
    reworded = true;
    EXPECT_STREQ(newer["change"].GetString(), "changed");
    EXPECT_STREQ(newer["aspects"][0].GetString(), "wording");
    EXPECT_STREQ(newer["title"].GetString(), "cybercrime en cyber security");
    EXPECT_EQ(newer["rank"].GetInt(), 5);
    EXPECT_STREQ(row["cells"][0]["change"].GetString(), "added");
  }
  EXPECT_TRUE(reworded);
}

TEST_F(CliFormats, TablesAsCsv) {
  import_bundled();
  const KivRun list = kiv({"list", "--format", "csv"});
  ASSERT_EQ(list.status, 0) << list.err;
  EXPECT_EQ(list.out,
            "\xEF\xBB\xBF"
            "series,edition,period_from,period_to,adopted,revision,languages,priorities,themes,"
            "title\r\n"
            "kiv,2016-2019,2016,2019,2016-06-07,1,nl,10,5,Kadernota Integrale Veiligheid "
            "2016-2019\r\n"
            "kiv,2022-2024,2022,2024,2022-03-31,1,nl,10,5,Kadernota Integrale Veiligheid "
            "2022-2024\r\n");
  const KivRun stats = kiv({"stats", "--format", "csv"});
  ASSERT_EQ(stats.status, 0) << stats.err;
  EXPECT_EQ(stats.out,
            "\xEF\xBB\xBF"
            "edition,priorities,themes,added,removed,changed,unchanged,split,merged\r\n"
            "2016-2019,10,5,,,,,,\r\n"
            "2022-2024,10,5,0,0,1,14,0,0\r\n");
  const KivRun stats_md = kiv({"stats", "--format", "md"});
  ASSERT_EQ(stats_md.status, 0) << stats_md.err;
  EXPECT_EQ(stats_md.out,
            "# kiv\n\n2 editions, 1 step, in nl.\n\n| edition | priorities | themes |\n"
            "| --- | ---: | ---: |\n| 2016-2019 | 10 | 5 |\n| 2022-2024 | 10 | 5 |\n\n"
            "| from | to | added | removed | changed | unchanged | split | merged |\n"
            "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n"
            "| 2016-2019 | 2022-2024 | 0 | 0 | 1 | 14 | 0 | 0 |\n");
  ASSERT_EQ(kiv({"link", "kiv/2016-2019:overlast", "kiv/2022-2024:overlast", "--author",
                 "An Archivist <an@example.org>"})
                .status,
            0);
  const KivRun links = kiv({"links", "--format", "csv"});
  ASSERT_EQ(links.status, 0) << links.err;
  EXPECT_EQ(links.out.rfind("\xEF\xBB\xBF"
                            "old,new,kind,commit,linked_at,linked_by\r\n"
                            "kiv/2016-2019:overlast,kiv/2022-2024:overlast,renamed,",
                            0),
            0U)
      << links.out;
  EXPECT_NE(links.out.find(",An Archivist <an@example.org>\r\n"), std::string::npos);
}

TEST_F(CliFormats, ShowAndLogAsMarkdown) {
  import_bundled();
  const KivRun show = kiv({"show", "kiv/2022-2024", "--format", "md", "--keys"});
  ASSERT_EQ(show.status, 0) << show.err;
  EXPECT_EQ(without_volatile_fields(show.out), read_file(golden("show-kiv-2022-2024.md")));
  const KivRun log = kiv({"log", "kiv/2022-2024", "--format", "md"});
  ASSERT_EQ(log.status, 0) << log.err;
  EXPECT_EQ(log.out.rfind("## kiv/2022-2024@1\n\n", 0), 0U) << log.out;
  EXPECT_NE(log.out.find("\n- source: 2022-2024.json (sha256 "), std::string::npos) << log.out;
  EXPECT_NE(log.out.find("\n> Import kiv/2022-2024 revision 1 from 2022-2024.json\n"),
            std::string::npos)
      << log.out;
  // Markdown's syntax in a text is escaped: it shows as written.
  EXPECT_NE(log.out.find("KIV\\_22-24\\_NL"), std::string::npos) << log.out;
  const KivRun oneline = kiv({"log", "--format", "md", "--oneline"});
  EXPECT_EQ(oneline.out.rfind("- **kiv/2022-2024@1** ", 0), 0U) << oneline.out;
}

}  // namespace
}  // namespace kiv::test
