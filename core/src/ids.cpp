#include "kiv/ids.hpp"

#include <charconv>

#include "kiv/error.hpp"

namespace kiv {
namespace {

bool is_lower_alnum(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

}  // namespace

bool is_valid_id(std::string_view id) noexcept {
  if (id.empty() || id.size() > kMaxIdLength || !is_lower_alnum(id.front())) return false;
  for (const char c : id) {
    if (!is_lower_alnum(c) && c != '-') return false;
  }
  return true;
}

bool is_valid_lang(std::string_view lang) noexcept {
  return lang.size() == 2 && lang[0] >= 'a' && lang[0] <= 'z' && lang[1] >= 'a' && lang[1] <= 'z';
}

std::string Ref::to_string() const {
  std::string text;
  if (!series.empty()) text.append(series).append("/");
  text.append(edition);
  if (revision) text.append("@").append(std::to_string(*revision));
  return text;
}

Ref parse_ref(std::string_view text) {
  const auto fail = [&](std::string_view why) -> Ref {
    throw Error(ErrorKind::input, "invalid reference '" + std::string(text) +
                                      "': " + std::string(why) +
                                      " (expected SERIES/EDITION[@REVISION], "
                                      "e.g. kiv/2022-2024 or kiv/2022-2024@2)");
  };
  Ref ref;
  std::string_view rest = text;
  if (const auto at = rest.find('@'); at != std::string_view::npos) {
    const std::string_view number = rest.substr(at + 1);
    int revision = 0;
    const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), revision);
    if (number.empty() || ec != std::errc() || end != number.data() + number.size() ||
        revision < 1) {
      return fail("the revision must be a number from 1");
    }
    ref.revision = revision;
    rest = rest.substr(0, at);
  }
  if (const auto slash = rest.find('/'); slash != std::string_view::npos) {
    ref.series = std::string(rest.substr(0, slash));
    rest = rest.substr(slash + 1);
    if (!is_valid_id(ref.series)) return fail("the series is not a valid id");
  }
  ref.edition = std::string(rest);
  if (!is_valid_id(ref.edition)) {
    return fail("the edition is not a valid id ([a-z0-9][a-z0-9-]*, at most 64 characters)");
  }
  return ref;
}

}  // namespace kiv
