// Dates and periods as people write them (core/src/document/dates.hpp), found in a line as
// the metadata finder gives it: its spaces collapsed (collapse_spaces), then its words
// (words_of). Lines of documents are valid UTF-8, file names need not be: both are fed.
// Every date found must be a real ISO date, every period two years in order.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "calendar.hpp"
#include "document/dates.hpp"
#include "document/words.hpp"
#include "fuzz_support.hpp"
#include "kiv/error.hpp"

namespace {

int digits(std::string_view text, std::size_t at, std::size_t count) {
  int value = 0;
  for (std::size_t k = at; k < at + count; ++k) {
    KIV_FUZZ_CHECK(text[k] >= '0' && text[k] <= '9');
    value = value * 10 + (text[k] - '0');
  }
  return value;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  try {
    const std::string line = kiv::document::collapse_spaces(input);
    KIV_FUZZ_CHECK(line.size() <= input.size());
    const std::vector<kiv::document::Word> words = kiv::document::words_of(line);
    for (const auto& word : words) {
      KIV_FUZZ_CHECK(word.begin < word.end && word.end <= line.size());
    }
    for (const std::string& date : kiv::document::dates_in(line, words)) {
      KIV_FUZZ_CHECK(date.size() == 10 && date[4] == '-' && date[7] == '-');
      KIV_FUZZ_CHECK(
          kiv::is_calendar_date(digits(date, 0, 4), digits(date, 5, 2), digits(date, 8, 2)));
    }
    for (const auto& period : kiv::document::periods_in(line, words)) {
      KIV_FUZZ_CHECK(period.id.size() == 9 && period.id[4] == '-');
      KIV_FUZZ_CHECK(digits(period.id, 0, 4) <= digits(period.id, 5, 4));
      KIV_FUZZ_CHECK(period.first_word < words.size());
    }
  } catch (const kiv::Error&) {
  }
  return 0;
}
