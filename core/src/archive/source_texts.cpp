#include "archive/source_texts.hpp"

#include <libxml/HTMLparser.h>
#include <utf8proc.h>

#include <cstdlib>
#include <memory>

#include "document/blocks.hpp"
#include "document/encoding.hpp"

namespace kiv {
namespace {

// `text` case-folded and composed (NFKC), with every run of white space (and of markup
// characters that readers drop: Markdown's * _ `) made one space.
std::string folded(std::string_view text) {
  utf8proc_uint8_t* mapped = nullptr;
  const auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                      UTF8PROC_COMPAT | UTF8PROC_CASEFOLD);
  const utf8proc_ssize_t length =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                   static_cast<utf8proc_ssize_t>(text.size()), &mapped, options);
  if (length < 0) return std::string(text);
  const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(mapped, &std::free);
  std::string out;
  bool space = true;  // no leading space
  for (utf8proc_ssize_t i = 0; i < length; ++i) {
    const char c = static_cast<char>(mapped[i]);
    const bool blank = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
                       c == '*' || c == '_' || c == '`';
    if (blank) {
      if (!space) out += ' ';
      space = true;
    } else {
      out += c;
      space = false;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Appends the UTF-8 of code point `code`.
void append_utf8(std::string& out, long code) {
  utf8proc_uint8_t bytes[4];
  const utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(code), bytes);
  out.append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(n));
}

// The text of a source as a reader sees it: tags as spaces, character references (HTML's
// named ones from libxml2's table) decoded,
// JSON's \" and \uXXXX escapes decoded (a canonical JSON source holds its titles escaped).
std::string source_text(std::string_view source) {
  std::string out;
  out.reserve(source.size());
  for (std::size_t i = 0; i < source.size(); ++i) {
    const char c = source[i];
    if (c == '<') {
      const auto end = source.find('>', i);
      if (end != std::string_view::npos) {
        out += ' ';
        i = end;
        continue;
      }
    } else if (c == '&') {
      const auto end = source.find(';', i);
      if (end != std::string_view::npos && end - i <= 10) {
        const std::string_view name = source.substr(i + 1, end - i - 1);
        long code = -1;
        if (const htmlEntityDesc* entity =
                htmlEntityLookup(reinterpret_cast<const xmlChar*>(std::string(name).c_str()))) {
          code = static_cast<long>(entity->value);
        } else if (name.size() > 1 && name[0] == '#') {
          const bool hex = name[1] == 'x' || name[1] == 'X';
          code = std::strtol(std::string(name.substr(hex ? 2 : 1)).c_str(), nullptr, hex ? 16 : 10);
        }
        if (code > 0 && code <= 0x10FFFF) {
          append_utf8(out, code);
          i = end;
          continue;
        }
      }
    } else if (c == '\\' && i + 1 < source.size()) {
      const char next = source[i + 1];
      if (next == 'u' && i + 5 < source.size()) {
        const long code = std::strtol(std::string(source.substr(i + 2, 4)).c_str(), nullptr, 16);
        if (code > 0) {
          append_utf8(out, code);
          i += 5;
          continue;
        }
      } else if (next == '"' || next == '\\' || next == '/') {
        out += next;
        ++i;
        continue;
      }
    }
    out += c;
  }
  return out;
}

// A byte that can be part of a word: an ASCII letter or digit, or any byte of a non-ASCII
// character.
bool is_word_byte(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte >= 0x80 || (byte >= '0' && byte <= '9') || (byte >= 'a' && byte <= 'z') ||
         (byte >= 'A' && byte <= 'Z');
}

// Whether `text` holds `words` whole: not as the end of a longer word ("milieu" is not in
// "leefmilieu"), nor as its beginning.
bool holds_words(std::string_view text, std::string_view words) {
  if (words.empty()) return true;
  for (auto at = text.find(words); at != std::string_view::npos; at = text.find(words, at + 1)) {
    const bool starts = at == 0 || !is_word_byte(text[at - 1]) || !is_word_byte(words.front());
    const std::size_t end = at + words.size();
    const bool ends = end == text.size() || !is_word_byte(text[end]) || !is_word_byte(words.back());
    if (starts && ends) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> texts_not_in_source(const Edition& edition, const Edition* previous,
                                             std::string_view source) {
  // The source as the reader read it: a PDF's or DOCX's text, else the bytes (UTF-16 decoded;
  // document/encoding.hpp).
  std::string storage;
  const std::optional<std::string> shown = document::binary_document_text(source, "source");
  const std::string text =
      folded(shown ? *shown : source_text(document::reader_text(source, "source", storage)));
  std::vector<std::string> missing;
  // One text of an item, in one language: passes when the item's previous revision has it
  // there, or the source holds it.
  const auto check = [&](const std::string& what, const LangText& now, const LangText* before) {
    for (const auto& [lang, value] : now) {
      if (before != nullptr && before->contains(lang) && before->at(lang) == value) continue;
      if (holds_words(text, folded(value))) continue;
      missing.push_back(what + " (" + lang + "), '" + value + "'");
    }
  };
  for (const Section section : kSections) {
    const std::string name(section == Section::priorities ? "priority" : "theme");
    const std::vector<Item>& items = edition.items(section);
    for (std::size_t i = 0; i < items.size(); ++i) {
      const Item& item = items[i];
      const Item* before = nullptr;
      if (previous != nullptr && i < previous->items(section).size()) {
        before = &previous->items(section)[i];
      }
      const std::string of = name + " " + std::to_string(item.rank);
      check("the title of " + of, item.title, before ? &before->title : nullptr);
      check("the description of " + of, item.description, before ? &before->description : nullptr);
      for (std::size_t s = 0; s < item.subtopics.size(); ++s) {
        const bool had = before != nullptr && s < before->subtopics.size();
        check("subtopic " + std::to_string(s + 1) + " of " + of, item.subtopics[s],
              had ? &before->subtopics[s] : nullptr);
      }
    }
  }
  return missing;
}

}  // namespace kiv
