// kiv timeline, kiv matrix and kiv stats on the bundled editions and on the test series
// tests/data/series/demo (added, removed, moved, renumbered, reworded, split and merged items).

#include <rapidjson/document.h>

#include <algorithm>

#include "cli/svg_checks.hpp"
#include "support/cli_fixture.hpp"
#include "support/editions.hpp"
#include "support/lineage_editions.hpp"

namespace kiv::test {
namespace {

const std::filesystem::path kGolden = std::filesystem::path(KIV_SOURCE_DIR) / "tests/golden";

class CliHistory : public CliTest {
 protected:
  void import_demo() const {
    std::vector<std::string> args = {"import"};
    for (const char* edition : {"2001-2002", "2003-2004", "2005-2006", "2007-2008"}) {
      args.push_back(test_data(std::string("series/demo/") + edition + ".json").string());
    }
    const KivRun run = kiv(args);
    ASSERT_EQ(run.status, 0) << run.err;
  }

  // The bundled editions, then 2022-2024 again with `title` for priority 10 (revision 2).
  void import_bundled_with_title_ten(const std::string& title) const {
    import_bundled();
    const KivRun run =
        kiv({"import", file("hostile.json",
                            corrected_2022_2024("\"nl\": \"overlast\"", "\"nl\": " + title))});
    ASSERT_EQ(run.status, 0) << run.err;
  }
};

rapidjson::Document parse_json(const std::string& text) {
  rapidjson::Document json;
  json.Parse(text.c_str());
  EXPECT_FALSE(json.HasParseError()) << text;
  return json;
}

using cli::well_formed_xml;

// RFC 4180: records of fields; quoted fields may hold commas, quotes ("") and line breaks.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> records(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    std::string& field = records.back().back();
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      records.back().emplace_back();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      ++i;
      if (i + 1 < text.size()) records.emplace_back(1);
    } else {
      EXPECT_NE(c, '\n') << "a bare LF outside quotes at byte " << i;
      field += c;
    }
  }
  return records;
}

// ---- Help ---------------------------------------------------------------------------------

TEST(CliHistoryHelp, EachCommandIsListedAndExplainedWithExamples) {
  const KivRun overview = run_kiv({"--help"});
  for (const std::string command : {"timeline", "matrix", "stats"}) {
    EXPECT_NE(overview.out.find("\n  " + command + " "), std::string::npos) << command;
    const KivRun help = run_kiv({"help", command});
    EXPECT_EQ(help.status, 0);
    EXPECT_NE(help.out.find("Examples:\n  kiv " + command), std::string::npos) << help.out;
    EXPECT_NE(help.out.find("--series"), std::string::npos) << help.out;
    EXPECT_EQ(run_kiv({command, "--help"}).out, help.out);
  }
}

// ---- kiv timeline -------------------------------------------------------------------------

TEST_F(CliHistory, TimelineOfTheBundledRewordingAsGolden) {
  import_bundled();
  const KivRun run = kiv({"timeline", "cybercrime"});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, read_file(kGolden / "timeline-kiv-cybercrime.txt"));
}

TEST_F(CliHistory, TimelineFindsAnItemByItsWholeTitle) {
  import_bundled();
  const KivRun by_title = kiv({"timeline", "Cybercrime en Cyber-Security", "--series", "kiv"});
  EXPECT_EQ(by_title.status, 0) << by_title.err;
  EXPECT_EQ(by_title.out, kiv({"timeline", "cybercrime"}).out);
  EXPECT_EQ(kiv({"timeline", "geactualiseerd integraal en geintegreerd drugsbeleid"}).out,
            kiv({"timeline", "drugsbeleid"}).out);
}

TEST_F(CliHistory, TimelineFollowsTheBestSearchMatchOfOtherText) {
  import_bundled();
  // Neither a key nor a whole title: the words are searched, without their diacritics.
  const KivRun run = kiv({"timeline", "geintegreerd drugsbeleid"});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, kiv({"timeline", "drugsbeleid"}).out);
  EXPECT_EQ(run.err,
            "kiv: 'geintegreerd drugsbeleid' is not a key; following 'drugsbeleid', the best "
            "search match\n");
  // Several items match: the best is followed and the others are named.
  const KivRun several = kiv({"timeline", "fraude OR cyber*"});
  EXPECT_EQ(several.status, 0) << several.err;
  EXPECT_NE(several.err.find("(also matched: "), std::string::npos) << several.err;
  // Text search refuses: misuse.
  const KivRun refused = kiv({"timeline", "\"unbalanced"});
  EXPECT_EQ(refused.status, 2);
  EXPECT_NE(refused.err.find("not valid FTS5 query syntax"), std::string::npos) << refused.err;
}

TEST_F(CliHistory, TimelineJsonHasTheDocumentedShape) {
  import_bundled();
  const KivRun run = kiv({"timeline", "cybercrime", "--format", "json"});
  ASSERT_EQ(run.status, 0) << run.err;
  const rapidjson::Document json = parse_json(run.out);
  EXPECT_STREQ(json["series"].GetString(), "kiv");
  EXPECT_STREQ(json["key"].GetString(), "cybercrime");
  EXPECT_STREQ(json["lang"].GetString(), "nl");
  EXPECT_STREQ(json["section"].GetString(), "priorities");
  ASSERT_EQ(json["entries"].Size(), 2U);
  const auto& first = json["entries"][0];
  EXPECT_STREQ(first["edition"].GetString(), "2016-2019");
  EXPECT_EQ(first["rank"].GetInt(), 5);
  EXPECT_STREQ(first["title"].GetString(), "cybercrime en cybersecurity");
  EXPECT_STREQ(first["change"].GetString(), "added");
  EXPECT_TRUE(first["match"].IsNull());
  const auto& second = json["entries"][1];
  EXPECT_STREQ(second["change"].GetString(), "changed");
  EXPECT_STREQ(second["aspects"][0].GetString(), "wording");
  EXPECT_STREQ(second["match"].GetString(), "key");
  EXPECT_STREQ(second["title"].GetString(), "cybercrime en cyber security");
}

TEST_F(CliHistory, TimelineOfASplitItemAsGolden) {
  import_demo();
  const KivRun run = kiv({"timeline", "fraude"});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, read_file(kGolden / "timeline-demo-fraude.txt"));
}

TEST_F(CliHistory, TimelineShowsMovesRenumberingsMergesAndReturns) {
  import_demo();
  const KivRun milieu = kiv({"timeline", "milieu"});
  EXPECT_NE(milieu.out.find("2003-2004     3  changed (rank)         leefmilieu\n"),
            std::string::npos)
      << milieu.out;
  EXPECT_NE(milieu.out.find("2007-2008     5  changed (description)  leefmilieu\n"),
            std::string::npos)
      << milieu.out;
  const KivRun drugs = kiv({"timeline", "drugs"});  // renumbered 2 -> 1, not moved
  EXPECT_NE(drugs.out.find("2003-2004     1  changed (wording)  geïntegreerd drugsbeleid\n"),
            std::string::npos)
      << drugs.out;
  const KivRun merged = kiv({"timeline", "handel", "--format", "json"});
  const rapidjson::Document json = parse_json(merged.out);
  const auto& entry = json["entries"][2];
  EXPECT_STREQ(entry["change"].GetString(), "merged");
  EXPECT_EQ(entry["rank"].GetInt(), 5);
  ASSERT_EQ(entry["related"].Size(), 2U);
  EXPECT_STREQ(entry["related"][0]["key"].GetString(), "wapens");
  EXPECT_STREQ(entry["related"][1]["key"].GetString(), "mensenhandel");
  EXPECT_STREQ(json["entries"][3]["change"].GetString(), "removed");
  EXPECT_TRUE(json["entries"][3]["rank"].IsNull());
  const KivRun back = kiv({"timeline", "veiligheid-school", "--format", "md"});
  EXPECT_NE(
      back.out.find(
          "| 2003-2004 |  | removed |  |\n| 2005-2006 |  | absent |  |\n| 2007-2008 | 1 | added | "
          "veiligheid op school |\n"),
      std::string::npos)
      << back.out;
}

TEST_F(CliHistory, TimelineInAnotherLanguage) {
  import_demo();
  const KivRun run = kiv({"timeline", "sociale-fraude", "--lang", "fr", "--format", "md"});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("Priorities, in fr."), std::string::npos) << run.out;
  EXPECT_NE(
      run.out.find(
          "| 2005-2006 | 2 | split | fraude sociale *(split from 2 fraude sociale et fiscale)* |"),
      std::string::npos)
      << run.out;
}

TEST_F(CliHistory, TimelineColoursItsChangesOnATerminal) {
  import_bundled();
  const KivRun run = kiv({"timeline", "cybercrime"}, {.env = {}, .terminal = true});
  EXPECT_NE(run.out.find("\x1b[32madded\x1b[0m"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("\x1b[33mchanged (wording)\x1b[0m"), std::string::npos) << run.out;
}

// ---- kiv matrix ---------------------------------------------------------------------------

TEST_F(CliHistory, MatrixOfTheBundledEditionsAsGolden) {
  import_bundled();
  const KivRun run = kiv({"matrix"});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, read_file(kGolden / "matrix-kiv-priorities.txt"));
}

TEST_F(CliHistory, MatrixOfTheTestSeriesAsGolden) {
  import_demo();
  const KivRun run = kiv({"matrix", "--series", "demo", "--section", "priorities"});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, read_file(kGolden / "matrix-demo-priorities.txt"));
}

TEST_F(CliHistory, AnItemWithANewKeyButTheSameTitleIsMarkedAsPaired) {
  import_bundled();
  const KivRun renamed =
      kiv({"import", file("renamed.json", corrected_2022_2024("\"key\": \"leefmilieu\",",
                                                              "\"key\": \"milieu\","))});
  ASSERT_EQ(renamed.status, 0) << renamed.err;
  const KivRun table = kiv({"matrix"});
  EXPECT_NE(table.out.find(
                "\nleefmilieu                                        8          =  leefmilieu\n"),
            std::string::npos)
      << table.out;
  EXPECT_NE(table.out.find(
                "\nmilieu                                                      8=  leefmilieu\n"),
            std::string::npos)
      << table.out;
  const KivRun line = kiv({"timeline", "leefmilieu"});
  EXPECT_NE(
      line.out.find("2022-2024     8  unchanged  leefmilieu  (matched by exact title to milieu)\n"),
      std::string::npos)
      << line.out;
  const KivRun csv = kiv({"matrix", "--format", "csv"});
  EXPECT_NE(
      csv.out.find("\r\nmilieu,leefmilieu,,8,\"2022-2024 unchanged, paired with leefmilieu\"\r\n"),
      std::string::npos)
      << csv.out;
}

TEST_F(CliHistory, MatrixCsvOpensInASpreadsheet) {
  import_demo();
  const KivRun run = kiv({"matrix", "--format", "csv"});
  ASSERT_EQ(run.status, 0) << run.err;
  ASSERT_EQ(run.out.rfind("\xEF\xBB\xBF", 0), 0U) << "no byte-order mark";
  const auto records = parse_csv(run.out.substr(3));
  ASSERT_EQ(records.size(), 12U);
  EXPECT_EQ(records[0], (std::vector<std::string>{"key", "title", "2001-2002", "2003-2004",
                                                  "2005-2006", "2007-2008", "changes"}));
  for (const auto& record : records) EXPECT_EQ(record.size(), 7U);
  EXPECT_EQ(records[1],
            (std::vector<std::string>{"veiligheid-school", "veiligheid op school", "1", "", "", "1",
                                      "2003-2004 removed; 2007-2008 added"}));
  EXPECT_EQ(records[6], (std::vector<std::string>{
                            "milieu", "leefmilieu", "6", "3", "4", "5",
                            "2003-2004 changed (rank); 2007-2008 changed (description)"}));
  EXPECT_EQ(records[3][6], "2005-2006 split into sociale-fraude, fiscale-fraude");
  EXPECT_EQ(records[11][6], "2005-2006 merged with wapens, mensenhandel; 2007-2008 removed");
  // Themes: a title with a comma and quotes is one quoted field.
  const KivRun themes = kiv({"matrix", "--format", "csv", "--section", "themes"});
  EXPECT_NE(themes.out.find(
                "\r\ninformatie,\"informatie-uitwisseling, \"\"need to know\"\"\",2,2,2,2,\r\n"),
            std::string::npos)
      << themes.out;
}

TEST_F(CliHistory, MatrixCsvRoundTripsCommasQuotesAndLineBreaks) {
  const std::string title = "overlast, \"zwaar\"\nen licht";
  import_bundled_with_title_ten("\"overlast, \\\"zwaar\\\"\\nen licht\"");
  const KivRun run = kiv({"matrix", "--format", "csv"});
  ASSERT_EQ(run.status, 0) << run.err;
  const auto records = parse_csv(run.out.substr(3));
  ASSERT_EQ(records.size(), 11U);
  EXPECT_EQ(records[10], (std::vector<std::string>{"overlast", title, "10", "10",
                                                   "2022-2024 changed (wording)"}));
}

TEST_F(CliHistory, MatrixMarkdownHtmlAndSvgCarryTheChanges) {
  import_demo();
  const KivRun md = kiv({"matrix", "--format", "md"});
  EXPECT_NE(md.out.find("| key | 2001-2002 | 2003-2004 | 2005-2006 | 2007-2008 | title |\n"),
            std::string::npos)
      << md.out;
  EXPECT_NE(md.out.find("| milieu | 6 | 3^ | 4 | 5\\* | leefmilieu |\n"), std::string::npos)
      << md.out;
  EXPECT_NE(md.out.find("\\< split"), std::string::npos) << "legend";
  const KivRun html = kiv({"matrix", "--format", "html"});
  EXPECT_EQ(html.out.rfind("<!DOCTYPE html>\n<html lang=\"nl\">", 0), 0U) << html.out;
  EXPECT_NE(
      html.out.find(
          "<td class=\"rank\" style=\"background:#a9d6f5\" title=\"2003-2004, rank 3: leefmilieu "
          "(changed (rank))\">3^</td>"),
      std::string::npos)
      << html.out;
  // Rows named by their latest wording, the key on hover, in a column that stays in view.
  EXPECT_NE(
      html.out.find("<tr><th class=\"lineage\" scope=\"row\" title=\"milieu\">leefmilieu</th>"),
      std::string::npos)
      << html.out;
  EXPECT_NE(html.out.find("th.lineage{position:sticky;left:0"), std::string::npos);
  // A run of editions without the item is one cell: sociale fraude, split from fraude in
  // 2005-2006, was in neither edition before.
  EXPECT_NE(html.out.find("<th class=\"lineage\" scope=\"row\" title=\"sociale-fraude\">sociale "
                          "fraude</th><td colspan=\"2\"></td><td class=\"rank\""),
            std::string::npos)
      << html.out;
  // One absent cell is a cell: veiligheid op school, removed in 2003-2004, back in 2007-2008.
  EXPECT_NE(html.out.find("(removed)\">x</td><td></td><td class=\"rank\""), std::string::npos);
  const KivRun svg = kiv({"matrix", "--format", "svg"});
  EXPECT_EQ(svg.out.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0), 0U) << svg.out;
  EXPECT_NE(
      svg.out.find(
          "<title>2005-2006, rank 5: illegale wapenhandel en mensenhandel (merged with wapens, "
          "mensenhandel)</title>"),
      std::string::npos)
      << svg.out;
  EXPECT_NE(svg.out.find(">5&gt;</text>"), std::string::npos);
  EXPECT_EQ(svg.out.substr(svg.out.size() - 7), "</svg>\n");
  for (const std::string& out : {html.out, svg.out}) {
    for (const char* external : {"<script", "<link", "src=", "href=", "@import", "url("}) {
      EXPECT_EQ(out.find(external), std::string::npos) << external;
    }
  }
}

TEST_F(CliHistory, EditionTextIsEscapedInEveryFormat) {
  import_bundled_with_title_ten("\"overlast <script>alert(1)</script> & 'x' | *y*\"");
  const KivRun html = kiv({"matrix", "--format", "html"});
  const KivRun svg = kiv({"matrix", "--format", "svg"});
  for (const KivRun* run : {&html, &svg}) {
    ASSERT_EQ(run->status, 0) << run->err;
    EXPECT_EQ(run->out.find("<script"), std::string::npos) << run->out;
    EXPECT_NE(
        run->out.find("overlast &lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;x&#39; | *y*"),
        std::string::npos)
        << run->out;
  }
  // The pictures stay well-formed XML whatever the titles hold, so that they can be inlined.
  EXPECT_TRUE(well_formed_xml(svg.out)) << svg.out;
  EXPECT_TRUE(well_formed_xml(kiv({"stats", "--format", "svg"}).out));
  EXPECT_FALSE(well_formed_xml("<svg><title>a & b</title></svg>"));  // the check itself
  const KivRun md = kiv({"matrix", "--format", "md"});
  EXPECT_NE(md.out.find("overlast \\<script\\>alert(1)\\</script\\> & 'x' \\| \\*y\\*"),
            std::string::npos)
      << md.out;
  const KivRun timeline = kiv({"timeline", "overlast", "--format", "md"});
  EXPECT_NE(timeline.out.find("overlast \\<script\\>alert(1)\\</script\\> & 'x' \\| \\*y\\*"),
            std::string::npos)
      << timeline.out;
  const KivRun json = kiv({"timeline", "overlast", "--format", "json"});
  EXPECT_STREQ(parse_json(json.out)["entries"][1]["title"].GetString(),
               "overlast <script>alert(1)</script> & 'x' | *y*");
}

// ---- kiv stats ----------------------------------------------------------------------------

TEST_F(CliHistory, StatsOfTheBundledEditionsAsGolden) {
  import_bundled();
  const KivRun run = kiv({"stats"});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, read_file(kGolden / "stats-kiv.txt"));
}

TEST_F(CliHistory, StatsOfTheTestSeriesAsGolden) {
  import_demo();
  const KivRun run = kiv({"stats"});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, read_file(kGolden / "stats-demo.txt"));
}

TEST_F(CliHistory, StatsJsonAndSvg) {
  import_demo();
  const KivRun run = kiv({"stats", "--format", "json"});
  ASSERT_EQ(run.status, 0) << run.err;
  const rapidjson::Document json = parse_json(run.out);
  EXPECT_STREQ(json["series"].GetString(), "demo");
  ASSERT_EQ(json["editions"].Size(), 4U);
  EXPECT_EQ(json["editions"][1]["priorities"].GetInt(), 7);
  ASSERT_EQ(json["steps"].Size(), 3U);
  const auto& step = json["steps"][1];
  EXPECT_STREQ(step["from"].GetString(), "2003-2004");
  EXPECT_STREQ(step["to"].GetString(), "2005-2006");
  EXPECT_EQ(step["split"].GetInt(), 1);
  EXPECT_EQ(step["merged"].GetInt(), 1);
  EXPECT_EQ(step["added"].GetInt(), 1);
  EXPECT_EQ(step["changed"].GetInt(), 1);
  EXPECT_EQ(step["unchanged"].GetInt(), 5);
  EXPECT_EQ(step["removed"].GetInt(), 0);
  const KivRun svg = kiv({"stats", "--format", "svg"});
  EXPECT_EQ(svg.out.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0), 0U) << svg.out;
  EXPECT_NE(svg.out.find(
                "<title>2003-2004 → 2005-2006: 1 added, 0 removed, 1 merged, 1 split, 1 changed, "
                "5 unchanged</title>"),
            std::string::npos)
      << svg.out;
  EXPECT_EQ(std::count(svg.out.begin(), svg.out.end(), '\n') > 5, true);
  EXPECT_EQ(svg.out.find("<script"), std::string::npos);
}

// ---- Flow ---------------------------------------------------------------------------------

// The bands of kiv flow --format json from `edition` to the next: "FROM>TO change", sorted.
std::vector<std::string> flow_bands(const std::string& json_text, const std::string& edition) {
  const rapidjson::Document json = parse_json(json_text);
  std::vector<std::string> bands;
  for (const auto& column : json["editions"].GetArray()) {
    if (column["edition"].GetString() != edition) continue;
    for (const auto& band : column["bands"].GetArray()) {
      bands.push_back(std::to_string(band["from"].GetInt()) + ">" +
                      std::to_string(band["to"].GetInt()) + " " + band["change"].GetString());
    }
  }
  std::sort(bands.begin(), bands.end());
  return bands;
}

TEST_F(CliHistory, TheFlowDrawsASplitAsABandToEachPart) {
  import_demo();
  const KivRun json = kiv({"flow", "--format", "json"});
  ASSERT_EQ(json.status, 0) << json.err;
  EXPECT_EQ(flow_bands(json.out, "2003-2004"),
            (std::vector<std::string>{"1>1 unchanged", "2>2 split", "2>3 split", "3>4 unchanged",
                                      "4>5 merged", "5>6 unchanged", "6>7 changed", "7>5 merged"}));
  const KivRun svg = kiv({"flow"});
  ASSERT_EQ(svg.status, 0) << svg.err;
  EXPECT_EQ(svg.out.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0), 0U) << svg.out;
  EXPECT_TRUE(well_formed_xml(svg.out));
  const rapidjson::Document parsed = parse_json(json.out);
  std::size_t bands = 0;
  for (const auto& column : parsed["editions"].GetArray()) bands += column["bands"].Size();
  std::size_t drawn = 0;
  for (std::size_t at = svg.out.find("class=\"band\""); at != std::string::npos;
       at = svg.out.find("class=\"band\"", at + 1))
    ++drawn;
  EXPECT_EQ(drawn, bands);
  EXPECT_NE(svg.out.find("<title>2003-2004 #2 sociale en fiscale fraude → 2005-2006 #3 fiscale "
                         "fraude: split"),
            std::string::npos)
      << svg.out;
  const KivRun html = kiv({"flow", "--format", "html", "--from", "2003-2004", "--to", "2005-2006"});
  ASSERT_EQ(html.status, 0) << html.err;
  EXPECT_EQ(html.out.rfind("<!DOCTYPE html>", 0), 0U);
  EXPECT_NE(html.out.find("<svg "), std::string::npos);
  EXPECT_EQ(html.out.find(">2001-2002</text>"), std::string::npos);
  EXPECT_NE(html.out.find(">2005-2006</text>"), std::string::npos);
  const KivRun themes = kiv({"flow", "--section", "themes", "--format", "json", "--last", "2"});
  ASSERT_EQ(themes.status, 0) << themes.err;
  EXPECT_EQ(parse_json(themes.out)["editions"].Size(), 2U);
  EXPECT_STREQ(parse_json(themes.out)["section"].GetString(), "themes");
}

TEST_F(CliHistory, TheTimelineAsSvgDrawsTheRankThroughTheEditions) {
  import_demo();
  const KivRun svg = kiv({"timeline", "fraude", "--format", "svg"});
  ASSERT_EQ(svg.status, 0) << svg.err;
  EXPECT_TRUE(well_formed_xml(svg.out)) << svg.out;
  EXPECT_NE(svg.out.find("<title>2005-2006: split</title>"), std::string::npos) << svg.out;
  EXPECT_NE(svg.out.find("class=\"edition\""), std::string::npos);
}

TEST_F(CliHistory, TheFlowOfABadSeriesOrFormatIsStatusTwo) {
  import_demo();
  const KivRun series = kiv({"flow", "--series", "nope"});
  EXPECT_EQ(series.status, 2);
  EXPECT_EQ(series.out, "");
  EXPECT_NE(series.err.find("no series 'nope' in the store"), std::string::npos) << series.err;
  EXPECT_EQ(kiv({"flow", "--format", "png"}).status, 2);
  const KivRun span = kiv({"flow", "--from", "1999-2000"});
  EXPECT_EQ(span.status, 2);
  EXPECT_NE(span.err.find("1999-2000"), std::string::npos) << span.err;
}

// ---- Bad input ----------------------------------------------------------------------------

// ---- Curated links ------------------------------------------------------------------------

class CliHistoryLinks : public CliHistory {
 protected:
  void SetUp() override {
    const KivRun run =
        kiv({"import", file("old.json", lineage_old_json()), file("new.json", lineage_new_json())});
    ASSERT_EQ(run.status, 0) << run.err;
  }

  std::string out(const std::vector<std::string>& args) const {
    const KivRun run = kiv(args);
    EXPECT_EQ(run.status, 0) << run.err;
    return run.out;
  }

  // The first step's counts from kiv stats --format json.
  std::vector<int> churn() const {
    const rapidjson::Document json =
        parse_json(out({"stats", "--series", "t", "--format", "json"}));
    const auto& step = json["steps"][0];
    std::vector<int> counts;
    for (const char* name : {"added", "removed", "changed", "unchanged", "split", "merged"}) {
      counts.push_back(step[name].GetInt());
    }
    return counts;
  }

  // The keys of kiv matrix --format csv's rows.
  std::vector<std::string> matrix_keys() const {
    std::vector<std::string> keys;
    const auto records = parse_csv(out({"matrix", "--series", "t", "--format", "csv"}));
    for (std::size_t r = 1; r < records.size(); ++r) {
      if (!records[r].front().empty()) keys.push_back(records[r].front());
    }
    return keys;
  }
};

TEST_F(CliHistoryLinks, ARenamedLinkJoinsTheLineageUntilUnlinkedAndSurvivesARebuild) {
  // Renamed beyond the matcher's reach: removed, then the new key added.
  const std::string old_before = out({"timeline", "fietsdiefstal"});
  const std::string new_before = out({"timeline", "tweewielers"});
  EXPECT_NE(old_before.find("2013-2015     -  removed"), std::string::npos) << old_before;
  EXPECT_NE(new_before.find("2010-2012     -  absent"), std::string::npos) << new_before;
  EXPECT_NE(new_before.find("2013-2015     1  added"), std::string::npos) << new_before;
  const std::vector<std::string> keys_before = matrix_keys();
  EXPECT_EQ(std::count(keys_before.begin(), keys_before.end(), "fietsdiefstal"), 1);
  EXPECT_EQ(std::count(keys_before.begin(), keys_before.end(), "tweewielers"), 1);
  const std::vector<int> churn_before = churn();
  EXPECT_EQ(churn_before, (std::vector<int>{4, 4, 0, 2, 0, 0}));

  ASSERT_EQ(kiv({"link", "t/2010-2012:fietsdiefstal", "t/2013-2015:tweewielers", "--as", "renamed",
                 "--author", "An Archivist <an@example.org>"})
                .status,
            0);
  const auto check_linked = [&] {
    for (const std::string key : {"fietsdiefstal", "tweewielers"}) {
      const std::string text = out({"timeline", key});
      SCOPED_TRACE(text);
      EXPECT_EQ(text.substr(0, text.find('\n')), "t/" + key + " (priorities, in nl)");
      EXPECT_NE(text.find("2010-2012     1  added              fietsdiefstal\n"),
                std::string::npos);
      EXPECT_NE(text.find("2013-2015     1  changed (wording)  tweewielercriminaliteit  (renamed "
                          "from fietsdiefstal "
                          "by a curated link)\n"),
                std::string::npos);
      const rapidjson::Document json = parse_json(out({"timeline", key, "--format", "json"}));
      EXPECT_STREQ(json["entries"][1]["match"].GetString(), "curated");
      EXPECT_STREQ(json["entries"][1]["key"].GetString(), "tweewielers");
      EXPECT_STREQ(json["entries"][1]["related"][0]["key"].GetString(), "fietsdiefstal");
    }
    const std::vector<std::string> keys = matrix_keys();
    EXPECT_EQ(keys.size(), keys_before.size() - 1);
    EXPECT_EQ(std::count(keys.begin(), keys.end(), "fietsdiefstal"), 0);
    EXPECT_EQ(std::count(keys.begin(), keys.end(), "tweewielers"), 1);
    const std::string table = out({"matrix", "--series", "t"});
    EXPECT_NE(table.find("tweewielers           1        1=~  tweewielercriminaliteit"),
              std::string::npos)
        << table;
    EXPECT_EQ(churn(),
              (std::vector<int>{3, 3, 1, 2, 0, 0}));  // one changed instead of removed + added
  };
  check_linked();
  ASSERT_EQ(kiv({"rebuild"}).status, 0);
  check_linked();
  // The diff's reports say how the pair was matched.
  const std::string md = out({"diff", "t/2010-2012", "t/2013-2015", "--format", "md"});
  EXPECT_NE(md.find("| 1 | 1 | changed (wording); matched by curated link | "
                    "~~fietsdiefstal~~**tweewielercriminaliteit** |"),
            std::string::npos)
      << md;
  const std::string html = out({"diff", "t/2010-2012", "t/2013-2015", "--format", "html"});
  EXPECT_NE(html.find("changed (wording)<br><span class=\"match\">matched by curated link</span>"),
            std::string::npos);

  ASSERT_EQ(kiv({"unlink", "t/2010-2012:fietsdiefstal", "t/2013-2015:tweewielers", "--author",
                 "An Archivist <an@example.org>"})
                .status,
            0);
  EXPECT_EQ(out({"timeline", "fietsdiefstal"}), old_before);
  EXPECT_EQ(out({"timeline", "tweewielers"}), new_before);
  EXPECT_EQ(matrix_keys(), keys_before);
  EXPECT_EQ(churn(), churn_before);
  EXPECT_EQ(out({"diff", "t/2010-2012", "t/2013-2015", "--format", "md"}).find("curated"),
            std::string::npos);
}

TEST_F(CliHistoryLinks, SplitAndMergeLinksShowInTheTimelineAndTheMatrix) {
  for (const auto& [from, to, kind] :
       std::vector<std::tuple<std::string, std::string, std::string>>{
           {"mensenhandel", "uitbuiting", "split"},
           {"mensenhandel", "smokkel", "split"},
           {"inbraken", "vermogen", "merged"},
           {"overvallen", "vermogen", "merged"}}) {
    ASSERT_EQ(kiv({"link", "t/2010-2012:" + from, "t/2013-2015:" + to, "--as", kind}).status, 0)
        << from;
  }
  const std::string split = out({"timeline", "mensenhandel"});
  EXPECT_NE(split.find("2013-2015     -  split   (split into 3 economische uitbuiting + 4 smokkel "
                       "van personen)"),
            std::string::npos)
      << split;
  const std::string merged = out({"timeline", "vermogen"});
  EXPECT_NE(merged.find("2013-2015     5  merged  vermogenscriminaliteit  (merged with 4 "
                        "woninginbraken + 5 gewapende "
                        "overvallen)"),
            std::string::npos)
      << merged;
  const std::string table = out({"matrix", "--series", "t", "--format", "csv"});
  EXPECT_NE(table.find("2013-2015 split into uitbuiting, smokkel"), std::string::npos) << table;
  EXPECT_NE(table.find("2013-2015 merged with inbraken, overvallen"), std::string::npos) << table;
  EXPECT_EQ(churn(), (std::vector<int>{1, 1, 0, 2, 1, 1}));
  // The flow draws the curated split and merge as the diff pairs them.
  const std::vector<std::string> bands =
      flow_bands(out({"flow", "--series", "t", "--format", "json"}), "2010-2012");
  for (const char* expected : {"3>3 split", "3>4 split"}) {
    EXPECT_NE(std::find(bands.begin(), bands.end(), expected), bands.end()) << expected;
  }
  EXPECT_EQ(std::count_if(bands.begin(), bands.end(),
                          [](const std::string& band) { return band.ends_with(" merged"); }),
            2);
}

TEST_F(CliHistory, AnUnknownKeyOrTitleIsNothingFound) {
  import_bundled();
  const KivRun key = kiv({"timeline", "no-such-key"});
  EXPECT_EQ(key.status, 1);
  EXPECT_EQ(key.out, "");
  EXPECT_EQ(key.err,
            "kiv: error: no item with key or title 'no-such-key' in kiv, nor one that kiv search "
            "finds; 'kiv matrix --series kiv' lists every key\n");
  const KivRun text = kiv({"timeline", "Nothing Like This"});
  EXPECT_EQ(text.status, 1);
  EXPECT_NE(text.err.find("no item with key or title 'Nothing Like This' in kiv"),
            std::string::npos);
}

TEST_F(CliHistory, MisuseIsStatusTwo) {
  import_bundled();
  import_demo();
  const KivRun several = kiv({"matrix"});
  EXPECT_EQ(several.status, 2);
  EXPECT_EQ(several.err,
            "kiv: error: the store holds several series (demo, kiv); name one with --series, e.g. "
            "--series demo\n");
  const KivRun series = kiv({"timeline", "cybercrime", "--series", "nope"});
  EXPECT_EQ(series.status, 2);
  EXPECT_EQ(series.err, "kiv: error: no series 'nope' in the store; its series: demo, kiv\n");
  EXPECT_EQ(kiv({"stats", "--series", "nope"}).status, 2);
  const KivRun lang = kiv({"timeline", "cybercrime", "--series", "kiv", "--lang", "fr"});
  EXPECT_EQ(lang.status, 2);
  EXPECT_EQ(lang.err,
            "kiv: error: kiv/2016-2019 has no text in 'fr'; the languages every edition of kiv "
            "has: nl\n");
  EXPECT_EQ(kiv({"matrix", "--series", "demo", "--lang", "de"}).status, 2);
  EXPECT_EQ(kiv({"stats", "--series", "demo", "--lang", "de"}).status, 2);
  EXPECT_EQ(kiv({"matrix", "--series", "demo", "--section", "chapters"}).status, 2);
  EXPECT_EQ(kiv({"matrix", "--series", "demo", "--format", "xlsx"}).status, 2);
  EXPECT_EQ(kiv({"timeline"}).status, 2);
}

TEST_F(CliHistory, AnEmptyOrMissingStoreIsMisuse) {
  const KivRun missing = kiv({"stats"});
  EXPECT_EQ(missing.status, 2);
  ASSERT_EQ(kiv({"init"}).status, 0);
  const KivRun empty = kiv({"matrix"});
  EXPECT_EQ(empty.status, 2);
  EXPECT_EQ(empty.err, "kiv: error: the store is empty; import editions with 'kiv import FILE'\n");
}

// --from, --to and --last cut the matrix and the timeline to a span of the series' editions.
TEST_F(CliHistory, MatrixAndTimelineShowASpanOfEditions) {
  import_bundled();
  const KivRun last = kiv({"matrix", "--last", "1"});
  ASSERT_EQ(last.status, 0) << last.err;
  EXPECT_NE(last.out.find("10 lineages x 1 edition\n"), std::string::npos) << last.out;
  EXPECT_NE(last.out.find("KEY  "), std::string::npos);
  EXPECT_EQ(last.out.find("2016-2019"), std::string::npos) << last.out;
  const KivRun to = kiv({"matrix", "--to", "2016-2019", "--format", "csv"});
  ASSERT_EQ(to.status, 0) << to.err;
  EXPECT_NE(to.out.find("key,title,2016-2019,changes\r\n"), std::string::npos) << to.out;
  const KivRun from = kiv({"timeline", "cybercrime", "--from", "2022-2024", "--format", "json"});
  ASSERT_EQ(from.status, 0) << from.err;
  EXPECT_EQ(from.out.find("2016-2019"), std::string::npos) << from.out;
  EXPECT_NE(from.out.find("\"edition\": \"2022-2024\""), std::string::npos) << from.out;
  const KivRun unknown = kiv({"matrix", "--from", "2030-2031"});
  EXPECT_EQ(unknown.status, 2);
  EXPECT_EQ(unknown.err,
            "kiv: error: --from 2030-2031: no such edition in the series; its editions: "
            "2016-2019, 2022-2024\n");
  EXPECT_EQ(kiv({"timeline", "cybercrime", "--last", "0"}).status, 2);
}

}  // namespace
}  // namespace kiv::test
