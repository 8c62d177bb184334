// Dates and points in time as options take them (kiv/dates.hpp).

#include "kiv/dates.hpp"

#include <gtest/gtest.h>

namespace kiv {
namespace {

TEST(Dates, AnIsoDateIsARealDay) {
  EXPECT_TRUE(is_iso_date("2022-03-31"));
  EXPECT_TRUE(is_iso_date("2024-02-29"));
  EXPECT_FALSE(is_iso_date("2023-02-29"));
  EXPECT_FALSE(is_iso_date("2022-04-31"));
  EXPECT_FALSE(is_iso_date("2022-3-31"));
  EXPECT_FALSE(is_iso_date("2022-03-3a"));
  EXPECT_FALSE(is_iso_date("2022-03-310"));
}

TEST(Dates, TheDayBeforeAndAfterCrossMonthsYearsAndLeapDays) {
  EXPECT_EQ(day_before("2022-03-01"), "2022-02-28");
  EXPECT_EQ(day_before("2024-03-01"), "2024-02-29");
  EXPECT_EQ(day_before("2022-01-01"), "2021-12-31");
  EXPECT_EQ(day_after("2024-02-28"), "2024-02-29");
  EXPECT_EQ(day_after("2100-02-28"), "2100-03-01");  // not a leap year
  EXPECT_EQ(day_after("2000-02-28"), "2000-02-29");  // a leap year
  EXPECT_EQ(day_after("2019-12-31"), "2020-01-01");
  EXPECT_EQ(day_before("1970-01-01"), "1969-12-31");
}

TEST(Dates, AMomentIsAUtcTimestamp) {
  EXPECT_EQ(utc_timestamp("2026-12-01"), "2026-12-01T23:59:59Z");  // the end of the day
  EXPECT_EQ(utc_timestamp("2026-12-01T14:30"), "2026-12-01T14:30:00Z");
  EXPECT_EQ(utc_timestamp("2026-12-01 14:30:05"), "2026-12-01T14:30:05Z");
  EXPECT_EQ(utc_timestamp("2026-12-01T14:30:05Z"), "2026-12-01T14:30:05Z");
  EXPECT_EQ(utc_timestamp("2026-12-01T15:30+01:00"), "2026-12-01T14:30:00Z");
  EXPECT_EQ(utc_timestamp("2026-12-01T09:30-0500"), "2026-12-01T14:30:00Z");
  EXPECT_EQ(utc_timestamp("2026-12-01T00:30+02"), "2026-11-30T22:30:00Z");     // the day before
  EXPECT_EQ(utc_timestamp("2026-12-31T23:30-01:00"), "2027-01-01T00:30:00Z");  // the year after
}

TEST(Dates, AMalformedMomentIsNone) {
  for (const char* text :
       {"", "2026-13-01", "2026-02-30", "yesterday", "2026-12-01T", "2026-12-01T25:00",
        "2026-12-01T10:60", "2026-12-01T10:00:61", "2026-12-01T10:00+1", "2026-12-01T10:00+24:00",
        "2026-12-01T10:00 Z", "2026-12-01X10:00", "2026-12-01T10:00:0", "2026-12-01T1:00"}) {
    EXPECT_EQ(utc_timestamp(text), std::nullopt) << text;
  }
}

}  // namespace
}  // namespace kiv
