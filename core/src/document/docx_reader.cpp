// DOCX (Office Open XML), opened by libzip and parsed by libxml2: the paragraphs of
// word/document.xml in order (tables' cells included), each read by its style (styles.xml) and
// numbering (numbering.xml) as the word processor shows it:
// - a paragraph whose style (or its own properties) has an outline level is a heading of that
//   level, with its automatic number written before it ("3.1. Radicalisering ...");
// - a paragraph with list numbering is a list entry: numbered when its level counts (decimal,
//   letters, roman), a bullet otherwise; deeper levels nest under the entry before them;
//   a paragraph typed with its own mark ("1. ...") is an entry too;
// - contents paragraphs (TOC styles) and empty ones carry nothing; deleted text (tracked
//   changes) and field codes are not text; a tab is a space, a line break a '\n'.
// Places are paragraphs, counted from 1 in document order.

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "document/blocks.hpp"
#include "document/list_markers.hpp"
#include "kiv/text.hpp"

namespace kiv::document {
namespace {

constexpr const char* kWordNamespace =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
// A part larger than this, uncompressed, is refused (a guard against ZIP bombs; real notes'
// document.xml holds a few megabytes).
constexpr zip_uint64_t kMaxPartSize = 64ULL << 20U;
// basedOn chains longer than this are cut (a guard against loops).
constexpr int kMaxStyleChain = 16;
// A number attribute (w:ilvl, w:numId, w:start, ...) has at most this many digits.
constexpr std::size_t kMaxAttributeDigits = 6;
// Numbering levels a DOCX may have (w:ilvl 0 to 8).
constexpr int kLevels = 9;
constexpr std::string_view kExpected = " (expected a framework note as a DOCX document)";

struct ZipDeleter {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct ZipFileDeleter {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};
struct DocumentDeleter {
  void operator()(xmlDoc* document) const { xmlFreeDoc(document); }
};
using XmlDocument = std::unique_ptr<xmlDoc, DocumentDeleter>;

std::string_view name_of(const xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

bool is_word(const xmlNode* node, std::string_view name) {
  return node->type == XML_ELEMENT_NODE && node->ns != nullptr &&
         std::string_view(reinterpret_cast<const char*>(node->ns->href)) == kWordNamespace &&
         name_of(node) == name;
}

const xmlNode* child_named(const xmlNode* parent, std::string_view name) {
  if (parent == nullptr) return nullptr;
  for (const xmlNode* node = parent->children; node != nullptr; node = node->next) {
    if (is_word(node, name)) return node;
  }
  return nullptr;
}

// The w:val (or another w:) attribute of a node, when it has one.
std::optional<std::string> word_attribute(const xmlNode* node, const char* name = "val") {
  if (node == nullptr) return std::nullopt;
  xmlChar* value = xmlGetNsProp(node, reinterpret_cast<const xmlChar*>(name),
                                reinterpret_cast<const xmlChar*>(kWordNamespace));
  if (value == nullptr) return std::nullopt;
  std::string text(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return text;
}

std::optional<int> int_attribute(const xmlNode* node, const char* name = "val") {
  const auto text = word_attribute(node, name);
  if (!text || text->empty() || text->size() > kMaxAttributeDigits ||
      !std::all_of(text->begin(), text->end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  return std::stoi(*text);
}

class Package {
 public:
  Package(std::string_view bytes, std::string_view path) : path_(path) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source != nullptr) {
      archive_.reset(zip_open_from_source(source, ZIP_RDONLY, &error));
      if (!archive_) zip_source_free(source);
    }
    const std::string reason = zip_error_strerror(&error);
    zip_error_fini(&error);
    if (!archive_)
      fail_at(path_, 0, "this DOCX cannot be opened: " + reason + std::string(kExpected));
  }

  // A part's XML; nullopt when the package has no such part.
  std::optional<XmlDocument> xml(const char* part) const {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive_.get(), part, 0, &stat) != 0) return std::nullopt;
    if ((stat.valid & ZIP_STAT_SIZE) == 0 || stat.size > kMaxPartSize) {
      fail_at(path_, 0,
              std::string(part) + " is larger than kiv reads (64 MiB)" + std::string(kExpected));
    }
    const std::unique_ptr<zip_file_t, ZipFileDeleter> file(zip_fopen(archive_.get(), part, 0));
    std::string content(stat.size, '\0');
    if (!file ||
        zip_fread(file.get(), content.data(), stat.size) != static_cast<zip_int64_t>(stat.size)) {
      fail_at(path_, 0,
              std::string(part) + " cannot be read: " + zip_strerror(archive_.get()) +
                  std::string(kExpected));
    }
    XmlDocument document(xmlReadMemory(content.data(), static_cast<int>(content.size()), part,
                                       nullptr,
                                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
    if (!document)
      fail_at(path_, 0, std::string(part) + " is not well-formed XML" + std::string(kExpected));
    return document;
  }

 private:
  std::string_view path_;
  std::unique_ptr<zip_t, ZipDeleter> archive_;
};

struct Numbered {
  std::optional<int> num_id;
  std::optional<int> level;
};

struct Style {
  std::optional<int> outline;  // 0-based outline level
  Numbered numbering;
  std::string based_on;
  bool contents = false;  // a table of contents style
};

struct Format {
  std::string kind = "decimal";  // w:numFmt: decimal, bullet, none, lowerLetter, ...
  long start = 1;
  std::string text;  // w:lvlText: "%1.%2."
};

// Reads a paragraph's (or a style's) w:pPr: outline level and numbering.
void read_properties(const xmlNode* properties, std::optional<int>& outline, Numbered& numbered) {
  if (properties == nullptr) return;
  if (const auto level = int_attribute(child_named(properties, "outlineLvl"))) outline = *level;
  if (const xmlNode* numbering = child_named(properties, "numPr")) {
    if (const auto id = int_attribute(child_named(numbering, "numId"))) numbered.num_id = *id;
    if (const auto level = int_attribute(child_named(numbering, "ilvl"))) numbered.level = *level;
  }
}

std::map<std::string, Style> styles_of(const Package& package) {
  std::map<std::string, Style> styles;
  const auto document = package.xml("word/styles.xml");
  if (!document) return styles;
  for (const xmlNode* node = xmlDocGetRootElement(document->get())->children; node != nullptr;
       node = node->next) {
    if (!is_word(node, "style")) continue;
    const auto id = word_attribute(node, "styleId");
    if (!id) continue;
    Style& style = styles[*id];
    read_properties(child_named(node, "pPr"), style.outline, style.numbering);
    style.based_on = word_attribute(child_named(node, "basedOn")).value_or("");
    const std::string lower_id = ascii_lowercase(*id);
    const std::string name =
        ascii_lowercase(word_attribute(child_named(node, "name")).value_or(""));
    style.contents = lower_id.starts_with("toc") || lower_id.starts_with("contents") ||
                     name.starts_with("toc ") || name.starts_with("contents ");
  }
  return styles;
}

class Numbering {
 public:
  explicit Numbering(const Package& package) {
    const auto document = package.xml("word/numbering.xml");
    if (!document) return;
    std::map<int, std::array<Format, kLevels>> abstract;
    std::map<int, int> instance_of;  // w:num -> its w:abstractNum
    for (const xmlNode* node = xmlDocGetRootElement(document->get())->children; node != nullptr;
         node = node->next) {
      if (is_word(node, "abstractNum")) {
        auto& levels = abstract[int_attribute(node, "abstractNumId").value_or(-1)];
        for (const xmlNode* level = node->children; level != nullptr; level = level->next) {
          const auto index = int_attribute(level, "ilvl");
          if (!is_word(level, "lvl") || !index || *index >= kLevels) continue;
          Format& format = levels[static_cast<std::size_t>(*index)];
          format.kind = word_attribute(child_named(level, "numFmt")).value_or("decimal");
          format.start = int_attribute(child_named(level, "start")).value_or(1);
          format.text = word_attribute(child_named(level, "lvlText")).value_or("");
        }
      } else if (is_word(node, "num")) {
        const auto id = int_attribute(node, "numId");
        const auto of = int_attribute(child_named(node, "abstractNumId"));
        if (id && of) instance_of[*id] = *of;
      }
    }
    for (const auto& [id, of] : instance_of) {
      if (const auto found = abstract.find(of); found != abstract.end())
        formats_[id] = found->second;
    }
  }

  // Counts a paragraph at `level` of list `num_id`: its number and the label shown ("3.1."),
  // or nullopt for a bullet or an unnumbered level.
  std::optional<std::pair<long, std::string>> count(int num_id, int level) {
    const auto formats = formats_.find(num_id);
    if (formats == formats_.end() || level < 0 || level >= kLevels) return std::nullopt;
    auto& counters = counters_[num_id];
    const auto at = static_cast<std::size_t>(level);
    const Format& format = formats->second[at];
    counters[at] = counters[at] == 0 ? format.start : counters[at] + 1;
    for (std::size_t deeper = at + 1; deeper < kLevels; ++deeper) counters[deeper] = 0;
    if (format.kind == "bullet" || format.kind == "none") return std::nullopt;
    std::string label;
    for (std::size_t k = 0; k < format.text.size(); ++k) {
      const char next = k + 1 < format.text.size() ? format.text[k + 1] : '\0';
      if (format.text[k] == '%' && next >= '1' && next <= '9') {
        label += std::to_string(counters[static_cast<std::size_t>(next - '1')]);
        ++k;
      } else {
        label += format.text[k];
      }
    }
    return std::pair{counters[at], label};
  }

 private:
  std::map<int, std::array<Format, kLevels>> formats_;
  std::map<int, std::array<long, kLevels>> counters_;
};

// The text of a paragraph as shown: runs' text, tabs as spaces, breaks as '\n'.
void add_text(const xmlNode* parent, std::string& text) {
  for (const xmlNode* node = parent->children; node != nullptr; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    if (is_word(node, "t")) {
      xmlChar* content = xmlNodeGetContent(node);
      if (content != nullptr) text += reinterpret_cast<const char*>(content);
      xmlFree(content);
    } else if (is_word(node, "tab")) {
      text += ' ';
    } else if (is_word(node, "br") || is_word(node, "cr")) {
      if (word_attribute(node, "type").value_or("textWrapping") == "textWrapping") text += '\n';
    } else if (!is_word(node, "pPr") && !is_word(node, "rPr") && !is_word(node, "txbxContent") &&
               !is_word(node, "delText") && !is_word(node, "instrText")) {
      add_text(node, text);  // runs, hyperlinks, insertions, simple fields, smart tags
    }
  }
}

class DocxReader {
 public:
  DocxReader(const Package& package, std::string_view path)
      : path_(path), styles_(styles_of(package)), numbering_(package) {}

  void read_body(const xmlNode* parent, int depth) {
    if (depth > kMaxNesting)
      fail_at(path_, paragraphs_, "tables nest too deeply", kParagraphPlaces);
    for (const xmlNode* node = parent->children; node != nullptr; node = node->next) {
      if (is_word(node, "p")) {
        read_paragraph(node);
      } else if (node->type == XML_ELEMENT_NODE && !is_word(node, "sectPr")) {
        read_body(node, depth + 1);  // tables, rows, cells, content controls
      }
    }
  }

  Blocks take() { return std::move(blocks_); }

 private:
  // A style's properties with those of the styles it is based on.
  Style resolved(const std::string& id) const {
    Style style;
    std::string at = id;
    for (int step = 0; step < kMaxStyleChain && !at.empty(); ++step) {
      const auto found = styles_.find(at);
      if (found == styles_.end()) break;
      if (!style.outline) style.outline = found->second.outline;
      if (!style.numbering.num_id) style.numbering.num_id = found->second.numbering.num_id;
      if (!style.numbering.level) style.numbering.level = found->second.numbering.level;
      style.contents = style.contents || found->second.contents;
      at = found->second.based_on;
    }
    return style;
  }

  void read_paragraph(const xmlNode* paragraph) {
    const int number = ++paragraphs_;
    const xmlNode* properties = child_named(paragraph, "pPr");
    Style style = resolved(word_attribute(child_named(properties, "pStyle")).value_or(""));
    read_properties(properties, style.outline, style.numbering);
    std::string text;
    add_text(paragraph, text);
    if (style.contents || text.find_first_not_of(" \t\n") == std::string::npos) return;
    // numId 0 takes a style's numbering away.
    const bool numbered = style.numbering.num_id && *style.numbering.num_id != 0;
    const int level = style.numbering.level.value_or(0);
    std::optional<std::pair<long, std::string>> counted;
    if (numbered) counted = numbering_.count(*style.numbering.num_id, level);
    if (style.outline && *style.outline < kLevels) {
      if (counted && !counted->second.empty()) text = counted->second + " " + text;
      blocks_.push_back({Block::Kind::heading,
                         std::move(text),
                         number,
                         {},
                         *style.outline + 1,
                         kParagraphPlaces});
      list_open_ = false;
    } else if (numbered) {
      ListItem entry{std::move(text), number, std::nullopt, {}, kParagraphPlaces};
      if (counted) entry.number = counted->first;
      add_entry(std::move(entry), level);
    } else if (const auto marker = list_marker_of(text);
               marker && marker->text_begin < text.size()) {
      add_entry({text.substr(marker->text_begin), number, marker->number, {}, kParagraphPlaces}, 0);
    } else {
      blocks_.push_back({Block::Kind::paragraph, std::move(text), number, {}, 0, kParagraphPlaces});
      list_open_ = false;
    }
  }

  void add_entry(ListItem entry, int level) {
    if (!list_open_) {
      blocks_.push_back({Block::Kind::list, "", entry.line, {}, 0, kParagraphPlaces});
      list_open_ = true;
      list_level_ = level;
    }
    auto& entries = blocks_.back().items;
    (level > list_level_ && !entries.empty() ? entries.back().children : entries)
        .push_back(std::move(entry));
  }

  std::string_view path_;
  std::map<std::string, Style> styles_;
  Numbering numbering_;
  Blocks blocks_;
  int paragraphs_ = 0;
  bool list_open_ = false;
  int list_level_ = 0;
};

}  // namespace

Blocks read_docx_blocks(std::string_view bytes, std::string_view path) {
  const Package package(bytes, path);
  const auto document = package.xml("word/document.xml");
  if (!document) {
    fail_at(path, 0, "this ZIP archive holds no word/document.xml" + std::string(kExpected));
  }
  const xmlNode* root = xmlDocGetRootElement(document->get());
  const xmlNode* body = child_named(root, "body");
  if (body == nullptr) fail_at(path, 0, "word/document.xml has no body" + std::string(kExpected));
  DocxReader reader(package, path);
  reader.read_body(body, 0);
  return reader.take();
}

}  // namespace kiv::document
