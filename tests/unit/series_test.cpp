// Series files (kiv/series.hpp) and how the document readers use a described series.

#include "kiv/series.hpp"

#include <gtest/gtest.h>

#include "kiv/error.hpp"
#include "support/documents.hpp"
#include "support/editions.hpp"

namespace kiv {
namespace {

std::string zvp_file() { return test::read_file(test::test_data("series-files/zvp-gent.json")); }
std::string zvp_plan() {
  return test::read_file(test::test_data("series-files/zvp-gent-2020-2025.nl.txt"));
}

std::string error_for(const std::string& json) {
  try {
    parse_series_description(json, "s.json");
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::input);
    return e.what();
  }
  return "no error";
}

std::string with(const std::string& names, const std::string& rest = "") {
  return R"({"format": "kiv-series/1", "series": "zvp-gent", "names": )" + names + rest + "}";
}

TEST(Series, AFileIsReadWithItsNamesAndHeadingsAndWrittenCanonically) {
  const SeriesDescription zvp = parse_series_description(zvp_file(), "zvp-gent.json");
  EXPECT_EQ(zvp.series, "zvp-gent");
  EXPECT_FALSE(zvp.built_in);
  EXPECT_EQ(zvp.names.at("nl"),
            (std::vector<std::string>{"Zonaal Veiligheidsplan Gent", "ZVP Gent"}));
  EXPECT_EQ(zvp.priority_headings.at("nl"),
            std::vector<std::string>{"Strategische doelstellingen"});
  const std::string canonical = series_description_json(zvp);
  EXPECT_EQ(canonical.find("{\n  \"format\": \"kiv-series/1\",\n  \"series\": \"zvp-gent\",\n  "
                           "\"names\": {\n    \"fr\": ["),
            0U)
      << canonical;  // languages sorted
  EXPECT_EQ(parse_series_description(canonical, "again.json"), zvp);
  // Texts are kept in NFC: a decomposed é is composed.
  EXPECT_EQ(parse_series_description(with(R"({"fr": ["Se\u0301curite\u0301"]})"), "s.json")
                .names.at("fr")
                .front(),
            "Sécurité");
}

TEST(Series, AMalformedFileIsRefusedByItsPath) {
  EXPECT_EQ(error_for("[1]"), "s.json: : expected an object with format, series and names");
  EXPECT_EQ(error_for(R"({"format": "kiv-series/2", "series": "x", "names": {"nl": ["X"]}})"),
            "s.json: /format: 'kiv-series/2' is not kiv-series/1");
  EXPECT_EQ(error_for(R"({"format": "kiv-series/1", "series": "Gent", "names": {"nl": ["X"]}})"),
            "s.json: /series: 'Gent' is not a series id ([a-z0-9][a-z0-9-]*, at most 64 "
            "characters)");
  EXPECT_EQ(error_for(R"({"format": "kiv-series/1", "series": "nvp", "names": {"nl": ["X"]}})"),
            "s.json: /series: 'nvp' is one of kiv's own series");
  EXPECT_EQ(error_for(R"({"format": "kiv-series/1", "series": "x"})"),
            "s.json: /names: expected an object of languages, each with a list of texts");
  EXPECT_EQ(error_for(with("{}")), "s.json: /names: expected at least one language");
  EXPECT_EQ(error_for(with(R"({"dutch": ["X"]})")),
            "s.json: /names/dutch: 'dutch' is not a language code (e.g. nl)");
  EXPECT_EQ(error_for(with(R"({"nl": []})")),
            "s.json: /names/nl: expected a list of at least one text");
  EXPECT_EQ(error_for(with(R"({"nl": ["  "]})")),
            "s.json: /names/nl/0: expected a text, not an empty one");
  EXPECT_EQ(error_for(with(R"({"nl": ["A\tB"]})")),
            "s.json: /names/nl/0: holds a control character; a name or heading is one line of "
            "text");
  EXPECT_EQ(error_for(with(R"({"nl": [")" + std::string(201, 'a') + R"("]})")),
            "s.json: /names/nl/0: longer than 200 characters");
  EXPECT_EQ(error_for(with(R"({"nl": ["X"]})", R"(, "headings": {})")),
            "s.json: /headings: unknown field");
  EXPECT_EQ(error_for(with(R"({"nl": ["X"]})", R"(, "themes": {"nl": [3]})")),
            "s.json: /themes/nl/0: expected a string");
  EXPECT_NE(error_for("{\"format\": "), "no error");
}

// Without the description, a zonal plan's headings are unknown to kiv; with it, the plan is
// read as its own series, though it names the KIV it follows.
TEST(Series, TheReadersKnowADescribedSeriesNamesAndHeadings) {
  EXPECT_NE(test::reading_error(DocumentFormat::text, zvp_plan(), "plan.txt")
                .find("no section of priorities or themes found"),
            std::string::npos);
  DocumentOverrides overrides;
  overrides.described_series = {parse_series_description(zvp_file(), "zvp-gent.json")};
  const DocumentReading reading =
      test::read_as(DocumentFormat::text, zvp_plan(), "plan.txt", overrides);
  EXPECT_EQ(reading.edition.series, "zvp-gent");
  EXPECT_EQ(reading.edition.edition, "2020-2025");
  EXPECT_EQ(reading.edition.title.at("nl"), "Zonaal Veiligheidsplan Gent 2020-2025");
  EXPECT_EQ(test::titles(reading.edition.priorities, "nl"),
            (std::vector<std::string>{"woninginbraken", "drugs", "verkeersveiligheid"}));
  EXPECT_EQ(reading.edition.themes.size(), 2U);
  // A KIV note that names no described series stays the KIV's.
  const std::string kiv_page = test::read_file(test::bundled("kiv/2022-2024.nl.txt"));
  EXPECT_EQ(test::read_as(DocumentFormat::text, kiv_page, "kiv.txt", overrides).edition.series,
            "kiv");
}

}  // namespace
}  // namespace kiv
