#include "kiv/dates.hpp"

#include <cstdint>
#include <cstdio>

#include "calendar.hpp"

namespace kiv {
namespace {

bool digits_at(std::string_view text, std::size_t from, std::size_t count) {
  if (from + count > text.size()) return false;
  for (std::size_t k = from; k < from + count; ++k) {
    if (text[k] < '0' || text[k] > '9') return false;
  }
  return true;
}

int number_at(std::string_view text, std::size_t from, std::size_t count) {
  int value = 0;
  for (std::size_t k = from; k < from + count; ++k) value = value * 10 + (text[k] - '0');
  return value;
}

// Days since 1970-01-01 of a calendar date, and back (the proleptic Gregorian calendar in
// 400-year eras of 146,097 days, each era starting on 1 March).
std::int64_t days_from_civil(int year, int month, int day) {
  year -= month <= 2 ? 1 : 0;
  const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
  const std::int64_t year_of_era = year - era * 400;
  const std::int64_t day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const std::int64_t day_of_era =
      year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

struct Civil {
  int year, month, day;
};

Civil civil_from_days(std::int64_t days) {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const std::int64_t day_of_era = days - era * 146097;
  const std::int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const std::int64_t day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const std::int64_t shifted_month = (5 * day_of_year + 2) / 153;
  const int day = static_cast<int>(day_of_year - (153 * shifted_month + 2) / 5 + 1);
  const int month = static_cast<int>(shifted_month < 10 ? shifted_month + 3 : shifted_month - 9);
  const int year = static_cast<int>(year_of_era + era * 400 + (month <= 2 ? 1 : 0));
  return {year, month, day};
}

std::int64_t days_of(std::string_view date) {
  return days_from_civil(number_at(date, 0, 4), number_at(date, 5, 2), number_at(date, 8, 2));
}

std::string date_of(std::int64_t days) {
  const Civil civil = civil_from_days(days);
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", civil.year, civil.month, civil.day);
  return text;
}

}  // namespace

bool is_iso_date(std::string_view text) noexcept {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  if (!digits_at(text, 0, 4) || !digits_at(text, 5, 2) || !digits_at(text, 8, 2)) return false;
  return is_calendar_date(number_at(text, 0, 4), number_at(text, 5, 2), number_at(text, 8, 2));
}

std::string day_before(std::string_view date) { return date_of(days_of(date) - 1); }

std::string day_after(std::string_view date) { return date_of(days_of(date) + 1); }

std::optional<std::string> utc_timestamp(std::string_view text) {
  if (!is_iso_date(text.substr(0, 10))) return std::nullopt;
  const std::string_view date = text.substr(0, 10);
  if (text.size() == 10) return std::string(date) + "T23:59:59Z";
  if (text[10] != 'T' && text[10] != ' ') return std::nullopt;
  // HH:MM, then :SS when given.
  std::size_t at = 11;
  if (!digits_at(text, at, 2) || at + 2 >= text.size() || text[at + 2] != ':' ||
      !digits_at(text, at + 3, 2)) {
    return std::nullopt;
  }
  const int hour = number_at(text, at, 2);
  const int minute = number_at(text, at + 3, 2);
  int second = 0;
  at += 5;
  if (at < text.size() && text[at] == ':') {
    if (!digits_at(text, at + 1, 2)) return std::nullopt;
    second = number_at(text, at + 1, 2);
    at += 3;
  }
  if (hour > 23 || minute > 59 || second > 59) return std::nullopt;
  // The zone: none or Z (UTC), or +HH:MM, +HHMM, +HH.
  int offset_minutes = 0;
  const std::string_view zone = text.substr(at);
  if (zone == "Z" || zone.empty()) {
  } else if (zone[0] == '+' || zone[0] == '-') {
    int hours = 0;
    int minutes = 0;
    if (zone.size() == 3 && digits_at(zone, 1, 2)) {
      hours = number_at(zone, 1, 2);
    } else if (zone.size() == 5 && digits_at(zone, 1, 4)) {
      hours = number_at(zone, 1, 2);
      minutes = number_at(zone, 3, 2);
    } else if (zone.size() == 6 && zone[3] == ':' && digits_at(zone, 1, 2) &&
               digits_at(zone, 4, 2)) {
      hours = number_at(zone, 1, 2);
      minutes = number_at(zone, 4, 2);
    } else {
      return std::nullopt;
    }
    if (hours > 23 || minutes > 59) return std::nullopt;
    offset_minutes = (zone[0] == '+' ? 1 : -1) * (hours * 60 + minutes);
  } else {
    return std::nullopt;
  }
  // Local time minus the offset is UTC.
  std::int64_t seconds = days_of(date) * 86400 + hour * 3600 + minute * 60 + second -
                         static_cast<std::int64_t>(offset_minutes) * 60;
  std::int64_t days = seconds / 86400;
  std::int64_t in_day = seconds % 86400;
  if (in_day < 0) {
    in_day += 86400;
    days -= 1;
  }
  char clock[16];
  std::snprintf(clock, sizeof clock, "T%02d:%02d:%02dZ", static_cast<int>(in_day / 3600),
                static_cast<int>(in_day / 60 % 60), static_cast<int>(in_day % 60));
  return date_of(days) + clock;
}

}  // namespace kiv
