#include "document/page_furniture.hpp"

#include <algorithm>
#include <set>

#include "kiv/text.hpp"

namespace kiv::document {
namespace {

// A page number line has at most this many words ("Pagina 3 van 12": four).
constexpr std::size_t kMaxPageNumberWords = 5;

bool is_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

bool is_page_number(std::string_view text) {
  static const std::set<std::string_view> kWords = {
      "pagina", "page", "pag", "p",  "seite", "s", "blz", "blad",   "van",
      "de",     "sur",  "von", "of", "/",     "-", "|",   "\u2013", "\u2014"};
  std::size_t words = 0;
  bool number = false;
  std::size_t at = 0;
  const std::string fold = ascii_lowercase(text);
  while (at < fold.size()) {
    const std::size_t end = std::min(fold.find(' ', at), fold.size());
    std::string_view word = std::string_view(fold).substr(at, end - at);
    at = end + 1;
    if (word.empty()) continue;
    ++words;
    if (word.size() > 1 && word.back() == '.') word.remove_suffix(1);
    if (const auto slash = word.find('/'); slash != std::string_view::npos &&
                                           is_digits(word.substr(0, slash)) &&
                                           is_digits(word.substr(slash + 1))) {
      number = true;
    } else if (const auto digits = word.find_first_of("0123456789");
               digits != std::string_view::npos &&
               is_digits(word.substr(digits, word.find_last_of("0123456789") - digits + 1)) &&
               word.find_first_not_of("-\u2013\u2014()[]", 0) == digits) {
      number = true;
    } else if (!kWords.contains(word)) {
      return false;
    }
  }
  return number && words <= kMaxPageNumberWords;
}

bool recurs_as_running_line(std::size_t pages_with_it, std::size_t pages) {
  return pages_with_it >= 2 && pages_with_it * 2 >= pages;
}

std::string with_digits_hidden(std::string_view text) {
  std::string hidden;
  for (const char c : text) hidden += c >= '0' && c <= '9' ? '#' : c;
  return hidden;
}

}  // namespace kiv::document
