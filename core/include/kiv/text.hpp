#pragma once
// Unicode text helpers (UTF-8 throughout).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiv {

// The byte offset of the first invalid UTF-8 sequence in `bytes`, or nullopt when valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view bytes) noexcept;

// `text` in Unicode Normalization Form C. `text` must be valid UTF-8.
std::string to_nfc(std::string_view text);

// Number of code points in valid UTF-8 `text` (used for columns in messages and tables).
std::size_t count_code_points(std::string_view text) noexcept;

// A control character of UTF-8 text: C0 but tab and newline, DEL, or C1 (U+0080 to U+009F,
// two bytes in UTF-8). What import refuses in texts and what output shows as escapes.
struct ControlCharacter {
  unsigned code = 0;       // its code point
  std::size_t length = 1;  // its bytes
};
// The control character that begins at byte `at` of `text`, or nullopt when none does.
std::optional<ControlCharacter> control_at(std::string_view text, std::size_t at) noexcept;
// Where the first control character (control_at) at or after byte `from` of `text` begins;
// npos when there is none.
std::size_t find_control(std::string_view text, std::size_t from = 0) noexcept;

// True when valid UTF-8 `text` is one line: no control character (find_control), and no tab
// or newline either. What a name or a heading must be.
bool is_single_line(std::string_view text) noexcept;

// `text` with A-Z lowered, every other byte as it is (file extensions, font and style names).
std::string ascii_lowercase(std::string_view text);

// The parts one after the other with `separator` between them: "a, b, c".
std::string join(const std::vector<std::string>& parts, std::string_view separator = ", ");

}  // namespace kiv
