// pdf_layout_blocks (document/pdf_layout.hpp), the layout rules kiv owns, on pages of words the
// input describes: per word 6 bytes (left, top, width, type size, flags: bold, space after, new
// page) and a text up to a NUL byte (at most 64 bytes). The blocks must hold valid UTF-8 where
// the words did, and their places must be on the pages given.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "document/pdf_layout.hpp"

namespace {

constexpr std::size_t kHeader = 6;
constexpr std::size_t kMaxText = 64;
constexpr double kPageHeight = 842;

void check_places(const std::vector<kiv::document::ListItem>& entries, int pages) {
  for (const auto& entry : entries) {
    if (entry.page < 1 || entry.page > pages || entry.line < 1) std::abort();
    check_places(entry.children, pages);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<kiv::document::PdfPage> pages(1, kiv::document::PdfPage{kPageHeight, {}});
  std::size_t at = 0;
  while (at + kHeader <= size) {
    const std::uint8_t* header = data + at;
    at += kHeader;
    if ((header[5] & 4U) != 0 && pages.size() < 64) pages.push_back({kPageHeight, {}});
    kiv::document::PdfWord word;
    while (at < size && data[at] != 0 && word.text.size() < kMaxText) {
      word.text += static_cast<char>(data[at++]);
    }
    if (at < size && data[at] == 0) ++at;
    word.left = header[0] * 2.5;
    word.top = header[1] * 3.3;
    word.font_size = 4 + header[3] % 40;
    word.right = word.left + header[2];
    word.bottom = word.top + word.font_size * 1.3;
    word.bold = (header[4] & 1U) != 0;
    word.space_after = (header[4] & 2U) != 0;
    pages.back().words.push_back(std::move(word));
  }
  const kiv::document::Blocks blocks = kiv::document::pdf_layout_blocks(pages);
  const int count = static_cast<int>(pages.size());
  for (const auto& block : blocks) {
    if (block.page < 1 || block.page > count || block.line < 1) std::abort();
    if (block.kind == kiv::document::Block::Kind::heading && block.level < 1) std::abort();
    check_places(block.items, count);
  }
  return 0;
}
