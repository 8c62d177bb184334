#pragma once
// Identifiers and references. Series, edition and item-key ids match [a-z0-9][a-z0-9-]* and
// have at most 64 characters; they are checked here before they are ever used as a path.

#include <optional>
#include <string>
#include <string_view>

namespace kiv {

inline constexpr std::size_t kMaxIdLength = 64;

// True when `id` is a valid series, edition or key id.
bool is_valid_id(std::string_view id) noexcept;

// True when `lang` is a language code: two lowercase ASCII letters (nl, fr, de, en).
bool is_valid_lang(std::string_view lang) noexcept;

// A reference to an edition, optionally at one revision: SERIES/EDITION[@REVISION].
// The series may be empty (written EDITION[@REVISION]): the store then supplies it when it
// holds one series only.
struct Ref {
  std::string series;
  std::string edition;
  std::optional<int> revision;

  std::string to_string() const;  // "kiv/2022-2024" or "kiv/2022-2024@2"
};

// Parses a REF. Throws Error{input} naming the text and the expected form when it is malformed.
Ref parse_ref(std::string_view text);

}  // namespace kiv
