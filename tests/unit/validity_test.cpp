// When editions are in force (kiv/validity.hpp), and how the edition format keeps it.

#include "kiv/validity.hpp"

#include <gtest/gtest.h>

#include "kiv/edition_format.hpp"
#include "kiv/error.hpp"
#include "language_merge.hpp"
#include "support/editions.hpp"

namespace kiv {
namespace {

EditionSummary summary(const std::string& edition, std::optional<Period> period,
                       Validity in_force = {}) {
  EditionSummary summary;
  summary.series = "kiv";
  summary.edition = edition;
  summary.period = period;
  summary.in_force = std::move(in_force);
  return summary;
}

TEST(Validity, AnEditionWithoutRecordedValuesIsInForceForItsPeriod) {
  const InForcePeriod days = in_force_period({}, Period{2022, 2024});
  EXPECT_EQ(days.from, "2022-01-01");
  EXPECT_EQ(days.to, "2024-12-31");
  EXPECT_EQ(days.from_origin, "period");
  EXPECT_EQ(days.to_origin, "period");
  EXPECT_TRUE(in_force_on(days, "2022-01-01"));
  EXPECT_TRUE(in_force_on(days, "2024-12-31"));
  EXPECT_FALSE(in_force_on(days, "2021-12-31"));
  EXPECT_FALSE(in_force_on(days, "2025-01-01"));
}

TEST(Validity, RecordedValuesComeFirstAndAnExtensionEndsTheTerm) {
  const InForcePeriod days =
      in_force_period({"2016-06-07", "2019-12-31", "2021-12-31", ""}, Period{2016, 2019});
  EXPECT_EQ(days.from, "2016-06-07");
  EXPECT_EQ(days.from_origin, "recorded");
  EXPECT_EQ(days.to, "2021-12-31");
  EXPECT_EQ(days.to_origin, "extended");
  EXPECT_FALSE(in_force_on(days, "2016-06-06"));
  EXPECT_TRUE(in_force_on(days, "2020-06-01"));
  const InForcePeriod ended = in_force_period({"", "2019-06-30", "", ""}, Period{2016, 2019});
  EXPECT_EQ(ended.to, "2019-06-30");
  EXPECT_EQ(ended.to_origin, "recorded");
}

TEST(Validity, WithoutAStartNothingSaysItIsInForce) {
  const InForcePeriod unknown = in_force_period({}, std::nullopt);
  EXPECT_TRUE(unknown.from.empty());
  EXPECT_TRUE(unknown.to.empty());
  EXPECT_FALSE(in_force_on(unknown, "2022-01-01"));
  const InForcePeriod open = in_force_period({"2030-01-01", "", "", ""}, std::nullopt);
  EXPECT_TRUE(in_force_on(open, "2099-01-01"));  // no end known: in force from then on
  EXPECT_FALSE(in_force_on(open, "2029-12-31"));
}

TEST(Validity, ASupersededEditionEndsTheDayBeforeItsSuccessorBegins) {
  const std::vector<EditionSummary> editions = {
      summary("2016-2019", Period{2016, 2019}, {"", "", "2022-06-30", "2022-2024"}),
      summary("2022-2024", Period{2022, 2024}, {"2022-03-31", "", "", ""})};
  const std::vector<InForcePeriod> periods = in_force_periods(editions);
  ASSERT_EQ(periods.size(), 2U);
  EXPECT_EQ(periods[0].to, "2022-03-30");
  EXPECT_EQ(periods[0].to_origin, "superseded");
  EXPECT_EQ(periods[1].from, "2022-03-31");
  EXPECT_FALSE(in_force_on(periods[0], "2022-03-31"));
  EXPECT_TRUE(in_force_on(periods[0], "2022-03-30"));
}

TEST(Validity, ASuccessorThatBeginsAfterTheEndOrIsNotInTheStoreChangesNothing) {
  const std::vector<EditionSummary> later = {
      summary("2016-2019", Period{2016, 2019}, {"", "", "", "2022-2024"}),
      summary("2022-2024", Period{2022, 2024})};
  EXPECT_EQ(in_force_periods(later)[0].to, "2019-12-31");
  EXPECT_EQ(in_force_periods(later)[0].to_origin, "period");
  const std::vector<EditionSummary> alone = {
      summary("2016-2019", Period{2016, 2019}, {"", "", "2021-12-31", "2022-2024"})};
  EXPECT_EQ(in_force_periods(alone)[0].to, "2021-12-31");
  // Another series' edition of that id is not the successor.
  std::vector<EditionSummary> other = {
      summary("2016-2019", Period{2016, 2019}, {"", "", "2021-12-31", "2020-2021"}),
      summary("2020-2021", Period{2020, 2021})};
  other[1].series = "nvp";
  EXPECT_EQ(in_force_periods(other)[0].to, "2021-12-31");
}

const char* kWithInForce = R"({
  "format": "kiv-edition/1", "series": "kiv", "edition": "2016-2019",
  "title": {"nl": "Kadernota"}, "period": {"from": 2016, "to": 2019},
  "in_force": {"from": "2016-06-07", "to": "2019-12-31", "extended_to": "2021-12-31",
               "superseded_by": "2022-2024"},
  "priorities": [], "themes": []
})";

TEST(Validity, TheEditionFormatKeepsItAndRoundTrips) {
  const Edition edition = parse_edition(kWithInForce, "note.json");
  EXPECT_EQ(edition.in_force, (Validity{"2016-06-07", "2019-12-31", "2021-12-31", "2022-2024"}));
  const std::string json = to_canonical_json(edition);
  EXPECT_NE(json.find("\"in_force\": {\n    \"from\": \"2016-06-07\""), std::string::npos) << json;
  EXPECT_EQ(parse_edition(json, "again.json").in_force, edition.in_force);
  // Nothing recorded: no member at all, as before there was one.
  Edition none = edition;
  none.in_force = {};
  EXPECT_EQ(to_canonical_json(none).find("in_force"), std::string::npos);
}

std::string error_for(std::string json, const std::string& from, const std::string& to) {
  json.replace(json.find(from), from.size(), to);
  try {
    parse_edition(json, "note.json");
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

TEST(Validity, TheEditionFormatRefusesDaysOutOfOrderOrAnEditionReplacingItself) {
  EXPECT_EQ(error_for(kWithInForce, "\"to\": \"2019-12-31\"", "\"to\": \"2016-01-01\""),
            "note.json: /in_force/to: '2016-01-01' is earlier than 'from' (2016-06-07)");
  EXPECT_EQ(
      error_for(kWithInForce, "\"extended_to\": \"2021-12-31\"", "\"extended_to\": \"2019-06-30\""),
      "note.json: /in_force/extended_to: '2019-06-30' is earlier than 'to' (2019-12-31)");
  EXPECT_EQ(error_for(kWithInForce, "\"superseded_by\": \"2022-2024\"",
                      "\"superseded_by\": \"2016-2019\""),
            "note.json: /in_force/superseded_by: an edition cannot replace itself");
  EXPECT_EQ(error_for(kWithInForce, "\"from\": \"2016-06-07\"", "\"from\": \"2019-02-29\""),
            "note.json: /in_force/from: '2019-02-29' is not a calendar date");
  EXPECT_NE(error_for(kWithInForce, "\"from\": \"2016-06-07\"", "\"since\": \"2016-06-07\""), "");
  EXPECT_NE(error_for(kWithInForce, "\"superseded_by\": \"2022-2024\"",
                      "\"superseded_by\": \"Next One\""),
            "");
}

// A page in another language, or a corrected document, rarely says when the edition is in
// force: what was recorded stays, value by value, unless the document gives another.
TEST(Validity, ADocumentImportedOverAnEditionKeepsWhatItDoesNotSay) {
  Edition recorded = test::bundled_edition("kiv/2022-2024.json");
  recorded.in_force = {"2022-03-31", "", "2025-12-31", ""};
  Edition correction = recorded;
  correction.in_force = {"", "", "", "2025-2028"};
  const Edition merged = merge_languages(recorded, correction, "page.txt");
  EXPECT_EQ(merged.in_force, (Validity{"2022-03-31", "", "2025-12-31", "2025-2028"}));
  correction.in_force = {"2022-04-01", "", "", ""};
  EXPECT_EQ(merge_languages(recorded, correction, "page.txt").in_force.from, "2022-04-01");
}

}  // namespace
}  // namespace kiv
