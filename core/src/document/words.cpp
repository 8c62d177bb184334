#include "document/words.hpp"

#include <utf8proc.h>

#include "similarity.hpp"

namespace kiv::document {
namespace {

bool is_word_character(utf8proc_int32_t code_point) {
  switch (utf8proc_category(code_point)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

bool is_space(utf8proc_int32_t code_point) {
  return code_point == ' ' || code_point == '\t' || code_point == '\n' || code_point == '\r' ||
         code_point == '\f' || code_point == '\v' ||
         utf8proc_category(code_point) == UTF8PROC_CATEGORY_ZS;
}

// Most words are ASCII: folding them is lowering them, without utf8proc's allocation.
std::string fold_word(std::string_view word) {
  std::string folded;
  folded.reserve(word.size());
  for (const char c : word) {
    if (static_cast<unsigned char>(c) >= 0x80) return fold(word);
    folded += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return folded;
}

// Calls `visit(code_point, begin, end)` for each code point of valid UTF-8 `text`.
template <typename Visit>
void for_each_code_point(std::string_view text, Visit visit) {
  const auto* data = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  std::size_t offset = 0;
  while (offset < text.size()) {
    utf8proc_int32_t code_point = 0;
    const auto length = utf8proc_iterate(
        data + offset, static_cast<utf8proc_ssize_t>(text.size() - offset), &code_point);
    const std::size_t size = length > 0 ? static_cast<std::size_t>(length) : 1;
    visit(length > 0 ? code_point : -1, offset, offset + size);
    offset += size;
  }
}

}  // namespace

std::vector<Word> words_of(std::string_view text) {
  std::vector<Word> words;
  std::size_t start = text.size();
  const auto close = [&](std::size_t at) {
    if (start < at) words.push_back({fold_word(text.substr(start, at - start)), start, at});
    start = text.size();
  };
  for_each_code_point(text, [&](utf8proc_int32_t code_point, std::size_t begin, std::size_t) {
    if (code_point >= 0 && is_word_character(code_point)) {
      if (start == text.size()) start = begin;
    } else {
      close(begin);
    }
  });
  close(text.size());
  return words;
}

std::string collapse_spaces(std::string_view text) {
  std::string collapsed;
  collapsed.reserve(text.size());
  bool pending_space = false;
  for_each_code_point(text, [&](utf8proc_int32_t code_point, std::size_t begin, std::size_t end) {
    if (code_point >= 0 && is_space(code_point)) {
      pending_space = !collapsed.empty();
      return;
    }
    if (pending_space) collapsed += ' ';
    pending_space = false;
    collapsed.append(text.substr(begin, end - begin));
  });
  return collapsed;
}

}  // namespace kiv::document
