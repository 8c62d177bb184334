#include "document/encoding.hpp"

#include <iconv.h>

#include <cerrno>
#include <stdexcept>

#include "kiv/error.hpp"

namespace kiv::document {
namespace {

constexpr std::size_t kMarkSize = 2;

// An iconv conversion, closed when it goes.
struct Conversion {
  iconv_t handle;
  ~Conversion() { iconv_close(handle); }
};

// `text` with every \r\n and every lone \r made \n.
std::string with_newlines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') {
      out += text[i];
      continue;
    }
    out += '\n';
    if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
  }
  return out;
}

}  // namespace

std::optional<std::string> decoded_utf16(std::string_view bytes, std::string_view path) {
  const char* order = bytes.starts_with("\xFF\xFE")   ? "UTF-16LE"
                      : bytes.starts_with("\xFE\xFF") ? "UTF-16BE"
                                                      : nullptr;
  if (order == nullptr) return std::nullopt;
  const Conversion conversion{iconv_open("UTF-8", order)};
  if (conversion.handle == reinterpret_cast<iconv_t>(-1)) {
    throw std::runtime_error(std::string(path) + ": cannot decode " + order +
                             ": iconv_open failed");
  }
  const std::string_view input = bytes.substr(kMarkSize);
  std::string out;
  // At most 3 bytes of UTF-8 per 2 bytes of UTF-16 (4 per surrogate pair of 4).
  out.resize(input.size() / 2 * 3 + 4);
  char* in = const_cast<char*>(input.data());
  std::size_t in_left = input.size();
  char* to = out.data();
  std::size_t to_left = out.size();
  if (iconv(conversion.handle, &in, &in_left, &to, &to_left) == static_cast<std::size_t>(-1)) {
    const std::size_t offset = kMarkSize + (input.size() - in_left);
    const std::string what =
        errno == EINVAL ? "an incomplete character at the end" : "a malformed character";
    throw Error(ErrorKind::input, std::string(path) + ": byte " + std::to_string(offset) + ": " +
                                      what + " (expected " + order +
                                      ", as its byte-order mark says)");
  }
  out.resize(out.size() - to_left);
  return out;
}

std::string_view reader_text(std::string_view bytes, std::string_view path, std::string& storage) {
  std::string_view text = bytes;
  if (std::optional<std::string> decoded = decoded_utf16(bytes, path)) {
    storage = std::move(*decoded);
    text = storage;
  }
  if (text.find('\r') != std::string_view::npos) {
    storage = with_newlines(text);
    text = storage;
  }
  return text;
}

}  // namespace kiv::document
