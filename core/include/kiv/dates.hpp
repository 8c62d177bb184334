#pragma once
// Calendar dates and points in time as kiv's options take them (--adopted, --in-force,
// --as-of): checked, and turned into the one form kiv stores and compares.
//   date       ISO 8601 calendar date, "2022-03-31"; a real day of the proleptic Gregorian
//              calendar (not 2023-02-29).
//   timestamp  ISO 8601 UTC to the second, "2026-12-01T14:30:05Z": the form of
//              RevisionInfo::imported_at, so that two of them compare as strings do.

#include <optional>
#include <string>
#include <string_view>

namespace kiv {

// True when `text` is a date (see above).
bool is_iso_date(std::string_view text) noexcept;

// The day before / after a date. Both must be given a date (is_iso_date).
std::string day_before(std::string_view date);
std::string day_after(std::string_view date);

// The timestamp a point in time given as an option names:
//   "2026-12-01"                 the end of that day in UTC (2026-12-01T23:59:59Z): everything
//                                recorded on that day counts;
//   "2026-12-01T14:30", "2026-12-01T14:30:05", with "Z" or an offset ("+01:00", "-0500"),
//                                or without either (UTC); a space may stand for the "T".
// nullopt when `text` is none of these or names no real day and time.
std::optional<std::string> utc_timestamp(std::string_view text);

}  // namespace kiv
