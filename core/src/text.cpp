#include "kiv/text.hpp"

#include <utf8proc.h>

#include <array>
#include <bit>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "kiv/error.hpp"

namespace kiv {

std::optional<std::size_t> find_invalid_utf8(std::string_view bytes) noexcept {
  const auto* data = reinterpret_cast<const utf8proc_uint8_t*>(bytes.data());
  std::size_t offset = 0;
  while (offset < bytes.size()) {
    if (data[offset] < 0x80) {  // ASCII, most of every note: one comparison a byte
      ++offset;
      continue;
    }
    utf8proc_int32_t code_point = 0;
    const auto length = utf8proc_iterate(
        data + offset, static_cast<utf8proc_ssize_t>(bytes.size() - offset), &code_point);
    if (length <= 0) return offset;
    offset += static_cast<std::size_t>(length);
  }
  return std::nullopt;
}

namespace {

// True when every code point is below U+0300. Those are all NFC already (the first with
// NFC_Quick_Check other than Yes is U+0300, the first combining mark); in valid UTF-8 they
// are the ASCII bytes and the two-byte sequences with a lead byte below 0xCC.
bool is_trivially_nfc(std::string_view text) noexcept {
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0xCC) return false;  // continuation bytes are 0x80-0xBF
  }
  return true;
}

}  // namespace

std::string to_nfc(std::string_view text) {
  if (is_trivially_nfc(text)) return std::string(text);
  utf8proc_uint8_t* result = nullptr;
  const auto length =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                   static_cast<utf8proc_ssize_t>(text.size()), &result,
                   static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (length < 0) {
    throw Error(ErrorKind::input,
                std::string("text is not valid UTF-8: ") + utf8proc_errmsg(length));
  }
  const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(result, &std::free);
  return std::string(reinterpret_cast<const char*>(result), static_cast<std::size_t>(length));
}

namespace {

constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
constexpr std::uint64_t kOnes = 0x0101010101010101ULL;

std::uint64_t load8(const char* bytes) noexcept {
  std::uint64_t word = 0;
  std::memcpy(&word, bytes, sizeof word);
  return word;
}

}  // namespace

std::size_t count_code_points(std::string_view text) noexcept {
  std::size_t count = 0;
  std::size_t at = 0;
  // Eight bytes at a time: a continuation byte is 10xxxxxx, its high bit set and the next clear.
  for (; at + 8 <= text.size(); at += 8) {
    const std::uint64_t word = load8(text.data() + at);
    const std::uint64_t continuation = word & ~(word << 1) & kHighBits;
    // Their number: one bit per byte, summed by a multiply (std::popcount is a library call
    // on a target without the POPCNT instruction, which the build does not assume).
    count += 8 - static_cast<std::size_t>(((continuation >> 7) * 0x0101010101010101ULL) >> 56);
  }
  for (; at < text.size(); ++at) {
    if ((static_cast<unsigned char>(text[at]) & 0xC0U) != 0x80U) ++count;
  }
  return count;
}

std::optional<ControlCharacter> control_at(std::string_view text, std::size_t at) noexcept {
  const auto byte = static_cast<unsigned char>(text[at]);
  if ((byte < 0x20 && byte != '\t' && byte != '\n') || byte == 0x7F)
    return ControlCharacter{byte, 1};
  if (byte == 0xC2 && at + 1 < text.size()) {
    const auto next = static_cast<unsigned char>(text[at + 1]);
    if (next >= 0x80 && next <= 0x9F) return ControlCharacter{next, 2};
  }
  return std::nullopt;
}

namespace {

// The bytes that can begin a control character: C0 and DEL are one byte, C1 is 0xC2 and a
// second byte. A table, since every byte of every output passes this test.
constexpr std::array<bool, 256> kMayBeginControl = [] {
  std::array<bool, 256> table{};
  for (int byte = 0; byte < 0x20; ++byte) table[static_cast<std::size_t>(byte)] = true;
  table[0x7F] = table[0xC2] = true;
  return table;
}();

}  // namespace

std::size_t find_control(std::string_view text, std::size_t from) noexcept {
  // Eight printable ASCII bytes (0x20 to 0x7E) hold none: no byte below 0x20, none from 0x7F
  // up (the tests hasless and hasmore of "Bit Twiddling Hacks"). Else byte by byte.
  const auto printable8 = [&](std::size_t at) {
    const std::uint64_t word = load8(text.data() + at);
    const std::uint64_t below = (word - kOnes * 0x20) & ~word & kHighBits;
    const std::uint64_t above = ((word + kOnes * (127 - 0x7E)) | word) & kHighBits;
    return (below | above) == 0;
  };
  for (std::size_t at = from; at < text.size();) {
    if (at + 8 <= text.size() && printable8(at)) {
      at += 8;
      continue;
    }
    if (kMayBeginControl[static_cast<unsigned char>(text[at])] && control_at(text, at)) return at;
    ++at;
  }
  return std::string_view::npos;
}

bool is_single_line(std::string_view text) noexcept {
  return find_control(text) == std::string_view::npos &&
         text.find_first_of("\t\n") == std::string_view::npos;
}

std::string ascii_lowercase(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string text;
  for (const std::string& part : parts) {
    if (!text.empty()) text += separator;
    text += part;
  }
  return text;
}

}  // namespace kiv
