#pragma once
// UTF-8 text as UTF-16 with its byte-order mark, for tests of what reads it. Code points of the
// Basic Multilingual Plane only (1-3 UTF-8 bytes), which is all the tests write.

#include <string>
#include <string_view>

namespace kiv::test {

inline std::string utf16(std::string_view utf8, bool little_endian) {
  std::string out = little_endian ? "\xFF\xFE" : "\xFE\xFF";
  for (std::size_t i = 0; i < utf8.size();) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    char32_t code = c;
    std::size_t length = 1;
    if (c >= 0xE0) {
      code = ((c & 0x0Fu) << 12) | ((utf8[i + 1] & 0x3Fu) << 6) | (utf8[i + 2] & 0x3Fu);
      length = 3;
    } else if (c >= 0xC0) {
      code = ((c & 0x1Fu) << 6) | (utf8[i + 1] & 0x3Fu);
      length = 2;
    }
    i += length;
    const char high = static_cast<char>(code >> 8), low = static_cast<char>(code & 0xFF);
    out += little_endian ? low : high;
    out += little_endian ? high : low;
  }
  return out;
}

}  // namespace kiv::test
