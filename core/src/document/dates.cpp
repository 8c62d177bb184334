#include "document/dates.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

#include "calendar.hpp"

namespace kiv::document {
namespace {

constexpr int kMinYear = 1800;
constexpr int kMaxYear = 2999;
constexpr int kMaxPeriodYears = 20;

// Folded month names and abbreviations of nl, fr, de and en.
constexpr std::pair<std::string_view, int> kMonths[] = {
    {"januari", 1},  {"februari", 2},  {"maart", 3},     {"mei", 5},       {"augustus", 8},
    {"oktober", 10}, {"mrt", 3},       {"okt", 10},      {"janvier", 1},   {"fevrier", 2},
    {"mars", 3},     {"avril", 4},     {"mai", 5},       {"juin", 6},      {"juillet", 7},
    {"aout", 8},     {"septembre", 9}, {"octobre", 10},  {"novembre", 11}, {"decembre", 12},
    {"janv", 1},     {"fevr", 2},      {"fev", 2},       {"avr", 4},       {"juil", 7},
    {"januar", 1},   {"janner", 1},    {"februar", 2},   {"marz", 3},      {"juni", 6},
    {"juli", 7},     {"august", 8},    {"dezember", 12}, {"dez", 12},      {"january", 1},
    {"february", 2}, {"march", 3},     {"april", 4},     {"may", 5},       {"june", 6},
    {"july", 7},     {"september", 9}, {"october", 10},  {"november", 11}, {"december", 12},
    {"jan", 1},      {"feb", 2},       {"mar", 3},       {"apr", 4},       {"jun", 6},
    {"jul", 7},      {"aug", 8},       {"sep", 9},       {"sept", 9},      {"oct", 10},
    {"nov", 11},     {"dec", 12},      {"mrz", 3},       {"febr", 2},      {"aou", 8},
};

std::optional<int> month_named(std::string_view word) {
  for (const auto& [name, month] : kMonths) {
    if (name == word) return month;
  }
  return std::nullopt;
}

// The value of a word of 1 to `max_digits` ASCII digits (and, when `ordinal`, an ordinal
// ending: "1er", "1e", "31st").
std::optional<int> number_of(std::string_view word, std::size_t max_digits, bool ordinal = false) {
  int value = 0;
  std::size_t digits = 0;
  while (digits < word.size() && word[digits] >= '0' && word[digits] <= '9') {
    if (digits == max_digits) return std::nullopt;
    value = value * 10 + (word[digits] - '0');
    ++digits;
  }
  if (digits == 0) return std::nullopt;
  const std::string_view ending = word.substr(digits);
  if (ending.empty()) return value;
  constexpr std::array<std::string_view, 6> kOrdinalEndings = {"er", "e", "st", "nd", "rd", "th"};
  if (ordinal &&
      std::find(kOrdinalEndings.begin(), kOrdinalEndings.end(), ending) != kOrdinalEndings.end()) {
    return value;
  }
  return std::nullopt;
}

std::optional<int> year_of(std::string_view word) {
  if (word.size() != 4) return std::nullopt;
  const auto year = number_of(word, 4);
  if (!year || *year < kMinYear || *year > kMaxYear) return std::nullopt;
  return year;
}

class LineWords {
 public:
  LineWords(std::string_view line, const std::vector<Word>& words) : line_(line), words_(words) {}

  std::size_t size() const { return words_.size(); }
  std::string_view word(std::size_t k) const { return words_[k].folded; }

  // What separates word k from word k + 1.
  std::string_view gap(std::size_t k) const {
    return line_.substr(words_[k].end, words_[k + 1].begin - words_[k].end);
  }
  // Whether word k + 1 follows word k after nothing but spaces, dots and commas.
  bool loosely_joined(std::size_t k) const {
    const std::string_view between = gap(k);
    return between.size() <= 3 && between.find_first_not_of(" .,") == std::string_view::npos;
  }
  // Whether word k, a number, is joined to a number word beside it (as in a date).
  bool joined_to_number(std::size_t k, int direction) const {
    if ((direction < 0 && k == 0) || (direction > 0 && k + 1 >= words_.size())) return false;
    const std::size_t other = direction < 0 ? k - 1 : k + 1;
    const std::string_view between = direction < 0 ? gap(k - 1) : gap(k);
    return number_of(word(other), 4).has_value() &&
           (between == "-" || between == "/" || between == "." || between == "\u2013");
  }

 private:
  std::string_view line_;
  const std::vector<Word>& words_;
};

std::string iso(int year, int month, int day) {
  const auto two = [](int n) { return std::string(n < 10 ? "0" : "") + std::to_string(n); };
  return std::to_string(year) + "-" + two(month) + "-" + two(day);
}

// A date in figures starting at word k: year-month-day or day/month/year.
std::optional<std::string> numeric_date_at(const LineWords& words, std::size_t k) {
  const std::string_view separator = words.gap(k);
  if (separator != words.gap(k + 1) || (separator != "-" && separator != "/" && separator != ".")) {
    return std::nullopt;
  }
  if (const auto year = year_of(words.word(k)); year && separator != ".") {
    const auto month = number_of(words.word(k + 1), 2);
    const auto day = number_of(words.word(k + 2), 2);
    if (month && day && is_calendar_date(*year, *month, *day)) return iso(*year, *month, *day);
    return std::nullopt;
  }
  const auto day = number_of(words.word(k), 2);
  const auto month = number_of(words.word(k + 1), 2);
  const auto year = year_of(words.word(k + 2));
  if (day && month && year && is_calendar_date(*year, *month, *day))
    return iso(*year, *month, *day);
  return std::nullopt;
}

// A date with a month name starting at word k: "31 maart 2022" or "March 31, 2022".
std::optional<std::string> named_date_at(const LineWords& words, std::size_t k) {
  if (!words.loosely_joined(k) || !words.loosely_joined(k + 1)) return std::nullopt;
  const auto year = year_of(words.word(k + 2));
  if (!year) return std::nullopt;
  auto day = number_of(words.word(k), 2, true);
  auto month = month_named(words.word(k + 1));
  if (!day || !month) {
    day = number_of(words.word(k + 1), 2, true);
    month = month_named(words.word(k));
  }
  if (day && month && is_calendar_date(*year, *month, *day)) return iso(*year, *month, *day);
  return std::nullopt;
}

}  // namespace

std::vector<std::string> dates_in(std::string_view line, const std::vector<Word>& words) {
  const LineWords at(line, words);
  std::vector<std::string> dates;
  for (std::size_t k = 0; k + 2 < at.size(); ++k) {
    auto date = numeric_date_at(at, k);
    if (!date) date = named_date_at(at, k);
    if (date) {
      dates.push_back(std::move(*date));
      k += 2;
    }
  }
  return dates;
}

std::vector<FoundPeriod> periods_in(std::string_view line, const std::vector<Word>& words) {
  const LineWords at(line, words);
  std::vector<FoundPeriod> periods;
  for (std::size_t k = 0; k + 1 < at.size(); ++k) {
    const std::string_view dash = at.gap(k);
    if (dash != "-" && dash != "\u2013" && dash != " - " && dash != " \u2013 ") continue;
    if (at.joined_to_number(k, -1) || at.joined_to_number(k + 1, +1)) continue;
    const std::string_view first = at.word(k);
    const std::string_view second = at.word(k + 1);
    std::optional<int> from;
    std::optional<int> to;
    const bool full = first.size() == 4 && second.size() == 4;
    if (full) {
      from = year_of(first);
      to = year_of(second);
    } else if (first.size() == 2 && second.size() == 2) {
      from = number_of(first, 2);
      to = number_of(second, 2);
      if (from && to) {
        *from += 2000;
        *to += 2000;
      }
    }
    if (!from || !to || *from > *to || *to - *from > kMaxPeriodYears) continue;
    periods.push_back({std::to_string(*from) + "-" + std::to_string(*to), full, k});
  }
  return periods;
}

}  // namespace kiv::document
