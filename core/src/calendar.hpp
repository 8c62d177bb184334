#pragma once
// The proleptic Gregorian calendar, for checking dates people wrote.

namespace kiv {

// True when YEAR-MONTH-DAY exists (e.g. not 2023-02-29, not 2022-04-31).
inline bool is_calendar_date(int year, int month, int day) noexcept {
  static constexpr int kDaysInMonth[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month >= 1 && month <= 12 && day >= 1 && day <= kDaysInMonth[month - 1] &&
         !(month == 2 && day == 29 && !leap);
}

}  // namespace kiv
