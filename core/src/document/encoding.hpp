#pragma once
// The bytes of a document as the readers take them: UTF-8 with \n line ends. Notes arrive as
// exported by word processors and old systems: UTF-16 with a byte-order mark, lines ended by a
// lone carriage return (classic Mac OS) or by \r\n. The original bytes are what the store keeps
// as the source; these functions only make the text the readers and checks compare.

#include <optional>
#include <string>
#include <string_view>

namespace kiv::document {

// Which UTF-16 a byte-order mark at the start of `bytes` announces: "UTF-16LE" (FF FE) or
// "UTF-16BE" (FE FF); none for any other start (UTF-8 with or without its mark).
std::optional<std::string_view> utf16_byte_order(std::string_view bytes);

// `bytes` as UTF-8: UTF-16 with a byte-order mark decoded (by the C library's iconv), the mark
// dropped; other bytes returned as they are (their UTF-8 is checked by the reader). Throws
// Error{input} naming `path` and the byte offset of a malformed UTF-16 sequence (an unpaired
// surrogate, an odd last byte).
std::string decoded_text(std::string_view bytes, std::string_view path);

// `text` with every \r\n and every lone \r made \n.
std::string with_newlines(std::string_view text);

}  // namespace kiv::document
