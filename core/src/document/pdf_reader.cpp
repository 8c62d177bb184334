// PDF, read by poppler (Debian's libpoppler-cpp): each page's words with their boxes, type
// sizes and fonts, handed to the layout rules (pdf_layout.hpp). The file's bytes stay the
// recorded source; this only reads them.

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <array>
#include <climits>
#include <memory>
#include <string>
#include <utility>

#include "document/blocks.hpp"
#include "document/pdf_layout.hpp"
#include "kiv/text.hpp"

namespace kiv::document {
namespace {

// Typographic ligatures a PDF may hold as one character, spelled out.
constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kLigatures = {{
    {"\uFB00", "ff"},
    {"\uFB01", "fi"},
    {"\uFB02", "fl"},
    {"\uFB03", "ffi"},
    {"\uFB04", "ffl"},
    {"\uFB05", "st"},
    {"\uFB06", "st"},
}};
// Font name parts that mean a bold face ("ABCDEF+DejaVuSans-Bold", "Arial,BoldItalic").
constexpr std::array<std::string_view, 5> kBoldNames = {"bold", "black", "heavy", "semibold",
                                                        "demi"};

void ignore_poppler_message(const std::string& /*message*/, void* /*closure*/) {}

std::string utf8_of(const poppler::ustring& text) {
  const poppler::byte_array bytes = text.to_utf8();
  std::string utf8(bytes.begin(), bytes.end());
  for (const auto& [ligature, letters] : kLigatures) {
    for (auto at = utf8.find(ligature); at != std::string::npos; at = utf8.find(ligature, at)) {
      utf8.replace(at, ligature.size(), letters);
      at += letters.size();
    }
  }
  return utf8;
}

bool is_bold(const std::string& font) {
  const std::string name = ascii_lowercase(font);
  return std::any_of(kBoldNames.begin(), kBoldNames.end(),
                     [&](std::string_view part) { return name.find(part) != std::string::npos; });
}

PdfPage page_of(const poppler::page& page) {
  PdfPage read;
  read.height = page.page_rect().height();
  for (const poppler::text_box& box : page.text_list(poppler::page::text_list_include_font)) {
    if (box.rotation() != 0) continue;  // a watermark or a side label, not the text
    const poppler::rectf bounds = box.bbox();
    PdfWord& word = read.words.emplace_back();
    word.text = utf8_of(box.text());
    word.left = bounds.left();
    word.top = bounds.top();
    word.right = bounds.right();
    word.bottom = bounds.bottom();
    word.font_size = box.has_font_info() ? box.get_font_size() : bounds.height();
    word.bold = box.has_font_info() && is_bold(box.get_font_name());
    word.space_after = box.has_space_after();
  }
  return read;
}

}  // namespace

Blocks read_pdf_blocks(std::string_view bytes, std::string_view path) {
  constexpr std::string_view kExpected = " (expected a framework note as a PDF with its text)";
  poppler::set_debug_error_function(ignore_poppler_message, nullptr);
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    fail_at(path, 0, "the PDF is too large to read" + std::string(kExpected));
  }
  const std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!document)
    fail_at(path, 0, "this PDF cannot be read: it is damaged" + std::string(kExpected));
  if (document->is_locked()) {
    fail_at(path, 0,
            "this PDF is protected by a password (expected a PDF kiv can open: give kiv a copy "
            "without the password)");
  }
  std::vector<PdfPage> pages;
  bool has_text = false;
  for (int index = 0; index < document->pages(); ++index) {
    const std::unique_ptr<poppler::page> page(document->create_page(index));
    pages.push_back(page ? page_of(*page) : PdfPage{});
    has_text = has_text || !pages.back().words.empty();
  }
  if (!has_text) {
    fail_at(path, 0,
            "this PDF holds no text, only pictures of it (a scan?); kiv reads the text of a "
            "PDF and does not recognise characters in images" +
                std::string(kExpected));
  }
  return pdf_layout_blocks(pages);
}

}  // namespace kiv::document
