#include "document/encoding.hpp"

#include <iconv.h>

#include <cerrno>
#include <memory>
#include <stdexcept>

#include "kiv/error.hpp"

namespace kiv::document {
namespace {

constexpr std::size_t kMarkSize = 2;

struct IconvClose {
  void operator()(iconv_t* handle) const {
    iconv_close(*handle);
    delete handle;
  }
};

}  // namespace

std::optional<std::string_view> utf16_byte_order(std::string_view bytes) {
  if (bytes.starts_with("\xFF\xFE")) return "UTF-16LE";
  if (bytes.starts_with("\xFE\xFF")) return "UTF-16BE";
  return std::nullopt;
}

std::string decoded_text(std::string_view bytes, std::string_view path) {
  const auto order = utf16_byte_order(bytes);
  if (!order) return std::string(bytes);
  const iconv_t opened = iconv_open("UTF-8", std::string(*order).c_str());
  if (opened == reinterpret_cast<iconv_t>(-1)) {
    throw std::runtime_error(std::string(path) + ": cannot decode " + std::string(*order) +
                             ": iconv_open failed");
  }
  const std::unique_ptr<iconv_t, IconvClose> handle(new iconv_t(opened));
  const std::string_view input = bytes.substr(kMarkSize);
  std::string out;
  // At most 3 bytes of UTF-8 per 2 bytes of UTF-16 (4 per surrogate pair of 4).
  out.resize(input.size() / 2 * 3 + 4);
  char* in = const_cast<char*>(input.data());
  std::size_t in_left = input.size();
  char* to = out.data();
  std::size_t to_left = out.size();
  if (iconv(*handle, &in, &in_left, &to, &to_left) == static_cast<std::size_t>(-1)) {
    const std::size_t offset = kMarkSize + (input.size() - in_left);
    const std::string what =
        errno == EINVAL ? "an incomplete character at the end" : "a malformed character";
    throw Error(ErrorKind::input, std::string(path) + ": byte " + std::to_string(offset) + ": " +
                                      what + " (expected " + std::string(*order) +
                                      ", as its byte-order mark says)");
  }
  out.resize(out.size() - to_left);
  return out;
}

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

}  // namespace kiv::document
