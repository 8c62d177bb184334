// kiv series: kiv's own series, a series described by an archivist from a series file, and
// its documents imported as that series.

#include <rapidjson/document.h>

#include "support/cli_fixture.hpp"

namespace kiv::test {
namespace {

class CliSeries : public CliTest {
 protected:
  std::string series_file() const { return test_data("series-files/zvp-gent.json").string(); }
  std::string plan() const { return test_data("series-files/zvp-gent-2020-2025.nl.txt").string(); }
};

TEST_F(CliSeries, ASeriesDescribedByFileTeachesTheReadersItsNamesAndHeadings) {
  // Without a store: kiv's own series.
  const KivRun first = kiv({"series", "list"});
  EXPECT_EQ(first.status, 0) << first.err;
  EXPECT_EQ(first.out,
            "SERIES  KIND      EDITIONS  NAME\n"
            "kiv     built in         0  Kadernota Integrale Veiligheid\n"
            "nvp     built in         0  Nationaal Veiligheidsplan\n");
  // A zonal plan's headings are unknown to kiv.
  const KivRun unknown = kiv({"import", plan()});
  EXPECT_EQ(unknown.status, 2);
  EXPECT_NE(unknown.err.find("no section of priorities or themes found"), std::string::npos)
      << unknown.err;

  const KivRun added =
      kiv({"series", "add", series_file(), "--author", "An Archivist <an@example.org>"});
  ASSERT_EQ(added.status, 0) << added.err;
  EXPECT_NE(added.out.find("described the series zvp-gent (Zonaal Veiligheidsplan Gent), commit "),
            std::string::npos)
      << added.out;
  // The same description again records nothing.
  const auto before = snapshot(store());
  EXPECT_EQ(kiv({"series", "add", series_file()}).status, 0);
  EXPECT_EQ(snapshot(store()), before);

  const KivRun imported = kiv({"import", plan()});
  ASSERT_EQ(imported.status, 0) << imported.err;
  EXPECT_NE(imported.out.find("created  zvp-gent/2020-2025@1"), std::string::npos) << imported.out;
  const KivRun shown = kiv({"show", "zvp-gent/2020-2025"});
  EXPECT_NE(shown.out.find("zvp-gent/2020-2025 — Zonaal Veiligheidsplan Gent 2020-2025\n"),
            std::string::npos)
      << shown.out;
  EXPECT_NE(shown.out.find("  1. woninginbraken\n"), std::string::npos) << shown.out;
  EXPECT_NE(kiv({"series", "list"})
                .out.find("zvp-gent  described         1  Zonaal "
                          "Veiligheidsplan Gent\n"),
            std::string::npos)
      << kiv({"series", "list"}).out;
  const KivRun series = kiv({"series", "show", "zvp-gent"});
  EXPECT_NE(series.out.find("Names       fr: Plan zonal de sécurité de Gand; nl: Zonaal "
                            "Veiligheidsplan Gent, ZVP Gent\n"),
            std::string::npos)
      << series.out;
  EXPECT_NE(series.out.find("Described   "), std::string::npos);
  EXPECT_NE(series.out.find(" by An Archivist <an@example.org>\n"), std::string::npos);
  const std::string json = kiv({"series", "show", "zvp-gent", "--format", "json"}).out;
  rapidjson::Document parsed;
  parsed.Parse(json.c_str());
  ASSERT_TRUE(parsed.IsObject()) << json;
  EXPECT_STREQ(parsed["priorities"]["nl"][0].GetString(), "Strategische doelstellingen");

  // The description is git's: verify ties the index to it, and a rebuild keeps it.
  const KivRun verify = kiv({"verify"});
  EXPECT_EQ(verify.status, 0) << verify.out;
  ASSERT_EQ(kiv({"rebuild"}).status, 0);
  EXPECT_EQ(kiv({"series", "show", "zvp-gent"}).out, series.out);
  EXPECT_EQ(kiv({"verify"}).status, 0);
}

TEST_F(CliSeries, AMalformedSeriesFileIsRefusedByPathAndTheStoreLeftAsItWas) {
  ASSERT_EQ(kiv({"series", "add", series_file()}).status, 0);
  const auto before = snapshot(store());
  const std::string bad =
      file("bad.json", R"({"format": "kiv-series/1", "series": "zvp-gent",)"
                       R"( "names": {"nl": ["Zonaal Veiligheidsplan Gent"], "NL": ["x"]}})");
  const KivRun run = kiv({"series", "add", bad});
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find("bad.json: /names/NL: 'NL' is not a language code (e.g. nl)"),
            std::string::npos)
      << run.err;
  const KivRun own = kiv(
      {"series", "add",
       file("kiv.json", R"({"format": "kiv-series/1", "series": "kiv", "names": {"nl": ["K"]}})")});
  EXPECT_EQ(own.status, 2);
  EXPECT_NE(own.err.find("/series: 'kiv' is one of kiv's own series"), std::string::npos);
  const KivRun missing = kiv({"series", "add", (temp_.path() / "none.json").string()});
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.err.find("none.json: cannot read the file: No such file or directory"),
            std::string::npos)
      << missing.err;
  EXPECT_EQ(snapshot(store()), before);
  const KivRun unknown = kiv({"series", "show", "zvp-antwerpen"});
  EXPECT_EQ(unknown.status, 2);
  EXPECT_NE(unknown.err.find("no series 'zvp-antwerpen'; the series kiv knows: kiv, nvp, zvp-gent"),
            std::string::npos)
      << unknown.err;
}

}  // namespace
}  // namespace kiv::test
