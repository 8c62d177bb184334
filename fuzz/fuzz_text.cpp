// The text helpers every reader goes through (kiv/text.hpp, kiv/keys.hpp, core/src): the UTF-8
// check, NFC, code points, columns in messages, the JSON nesting guard, and key slugs.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "json_depth.hpp"
#include "kiv/error.hpp"
#include "kiv/ids.hpp"
#include "kiv/keys.hpp"
#include "kiv/text.hpp"
#include "source_location.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    if (const auto deep = kiv::find_too_deep(bytes)) {
      KIV_FUZZ_CHECK(*deep < bytes.size() && (bytes[*deep] == '[' || bytes[*deep] == '{'));
    }
    const std::optional<std::size_t> invalid = kiv::find_invalid_utf8(bytes);
    if (invalid) {
      KIV_FUZZ_CHECK(*invalid < bytes.size());
      // What comes before the first invalid sequence is valid, and messages can point at it.
      KIV_FUZZ_CHECK(!kiv::find_invalid_utf8(bytes.substr(0, *invalid)));
      (void)kiv::line_and_column(bytes, *invalid);
      return 0;
    }
    const std::string nfc = kiv::to_nfc(bytes);
    KIV_FUZZ_CHECK(!kiv::find_invalid_utf8(nfc));
    KIV_FUZZ_CHECK(kiv::to_nfc(nfc) == nfc);
    KIV_FUZZ_CHECK(kiv::count_code_points(bytes) <= bytes.size());
    (void)kiv::line_and_column(bytes, bytes.size());
    (void)kiv::line_and_column(bytes, bytes.size() / 2);
    const std::string slug = kiv::slug_from_title(bytes);
    KIV_FUZZ_CHECK(kiv::is_valid_id(slug));
  } catch (const kiv::Error&) {
  }
  return 0;
}
