#include "progress.hpp"

#include <fmt/core.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <string>

#include "output.hpp"
#include "output_target.hpp"

namespace kiv::cli {
namespace {

constexpr std::size_t kBarWidth = 24;
constexpr std::size_t kItemWidth = 40;

// The last `width` bytes of `text`, not cutting a UTF-8 sequence, with "..." when cut.
std::string tail(std::string_view text, std::size_t width) {
  if (text.size() <= width) return std::string(text);
  std::size_t start = text.size() - (width - 3);
  while (start < text.size() && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) ++start;
  return "..." + std::string(text.substr(start));
}

}  // namespace

Progress Progress::detect(std::FILE* stream) {
  const char* term = std::getenv("TERM");
  const bool dumb = term != nullptr && std::strcmp(term, "dumb") == 0;
  return Progress(stream, ::isatty(::fileno(stream)) == 1 && !dumb && !output_quiet());
}

void Progress::update(std::string_view stage, std::size_t done, std::size_t total,
                      std::string_view item) {
  if (!enabled_ || total == 0) return;
  const std::size_t filled = kBarWidth * done / total;
  std::string bar(filled, '=');
  if (filled < kBarWidth) bar += done == 0 ? ' ' : '>';
  bar.resize(kBarWidth, ' ');
  fmt::print(stream_, "\r\x1b[2K{} [{}] {}/{} {}", stage, bar, done, total,
             visible_controls(tail(item, kItemWidth), false));
  std::fflush(stream_);
  drawn_ = true;
}

void Progress::clear() {
  if (!drawn_) return;
  fmt::print(stream_, "\r\x1b[2K");
  std::fflush(stream_);
  drawn_ = false;
}

}  // namespace kiv::cli
