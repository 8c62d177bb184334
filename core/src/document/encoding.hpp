#pragma once
// The bytes of a document as the readers take them: UTF-8 with \n line ends. Notes arrive as
// exported by word processors and old systems: UTF-16 with a byte-order mark, lines ended by a
// lone carriage return (classic Mac OS) or by \r\n. The original bytes are what the store keeps
// as the source; these functions only make the text the readers and checks compare.

#include <optional>
#include <string>
#include <string_view>

namespace kiv::document {

// `bytes` as UTF-8 when they begin with a UTF-16 byte-order mark (FF FE little endian, FE FF
// big endian), decoded by the C library's iconv, the mark dropped; none for any other start
// (UTF-8 with or without its mark). Throws Error{input} naming `path` and the byte offset of a
// malformed UTF-16 sequence (an unpaired surrogate, an odd last byte).
std::optional<std::string> decoded_utf16(std::string_view bytes, std::string_view path);

// The text of `bytes` as the readers take it: UTF-16 decoded (decoded_utf16), every \r\n and
// lone \r made \n. A view of `bytes` themselves when that changes nothing, else of `storage`.
std::string_view reader_text(std::string_view bytes, std::string_view path, std::string& storage);

}  // namespace kiv::document
