// HTML, parsed by libxml2's forgiving HTML parser: headings (h1-h6), lists (ol, ul, li; ol's
// start and li's value give the numbers), and paragraphs: each run of text between block
// elements, so text directly in a div or a table cell counts too. <br> breaks a line; script,
// style and the head carry no text.

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <climits>
#include <memory>
#include <optional>
#include <set>

#include "document/blocks.hpp"

namespace kiv::document {
namespace {

struct DocumentDeleter {
  void operator()(xmlDoc* document) const { xmlFreeDoc(document); }
};
using DocumentHandle = std::unique_ptr<xmlDoc, DocumentDeleter>;

struct XmlStringDeleter {
  void operator()(xmlChar* text) const { xmlFree(text); }
};
using XmlString = std::unique_ptr<xmlChar, XmlStringDeleter>;

constexpr int kMaxNumberDigits = 6;

const std::set<std::string_view> kInlineElements = {
    "a",     "abbr", "b",      "bdi", "bdo",   "cite", "code", "data", "dfn",
    "em",    "font", "i",      "kbd", "label", "mark", "q",    "s",    "samp",
    "small", "span", "strong", "sub", "sup",   "time", "u",    "var",  "wbr"};
const std::set<std::string_view> kSilentElements = {
    "head", "script", "style", "noscript", "template", "iframe", "object", "svg", "math"};

std::string_view name_of(const xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

bool is_heading(std::string_view name) {
  return name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';
}

bool is_list(std::string_view name) { return name == "ol" || name == "ul"; }

int line_of(const xmlNode* node) {
  for (; node != nullptr; node = node->parent) {
    const long line = xmlGetLineNo(node);
    if (line > 0) return line > INT_MAX ? INT_MAX : static_cast<int>(line);
  }
  return 0;
}

// A number attribute ("start", "value"), when it is one.
std::optional<long> number_attribute(xmlNode* node, const char* name) {
  const XmlString value(xmlGetProp(node, reinterpret_cast<const xmlChar*>(name)));
  if (!value) return std::nullopt;
  const std::string_view text = reinterpret_cast<const char*>(value.get());
  if (text.empty() || text.size() > kMaxNumberDigits) return std::nullopt;
  long number = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    number = number * 10 + (c - '0');
  }
  return number;
}

// Source line breaks and tabs are spaces in HTML.
void append_text(std::string& text, const xmlNode* node) {
  if (node->content == nullptr) return;
  for (const char c : std::string_view(reinterpret_cast<const char*>(node->content))) {
    text += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  }
}

class HtmlReader {
 public:
  explicit HtmlReader(std::string_view path) : path_(path) {}

  Blocks read(xmlNode* root) {
    read_blocks(root, 0);
    flush();
    return std::move(blocks_);
  }

 private:
  void check_depth(const xmlNode* node, int depth) const {
    if (depth > kMaxNesting) {
      fail_at(path_, line_of(node),
              "nested more than " + std::to_string(kMaxNesting) + " levels deep");
    }
  }

  void flush() {
    if (pending_.find_first_not_of(" \n") != std::string::npos) {
      blocks_.push_back({Block::Kind::paragraph, std::move(pending_), pending_line_, {}});
    }
    pending_.clear();
  }

  void read_blocks(xmlNode* parent, int depth) {
    check_depth(parent, depth);
    for (xmlNode* node = parent->children; node != nullptr; node = node->next) {
      if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
        if (pending_.empty()) pending_line_ = line_of(node);
        append_text(pending_, node);
        continue;
      }
      if (node->type != XML_ELEMENT_NODE) continue;
      const std::string_view name = name_of(node);
      if (kSilentElements.contains(name)) continue;
      if (name == "br") {
        pending_ += '\n';
      } else if (kInlineElements.contains(name)) {
        read_blocks(node, depth + 1);
      } else if (is_heading(name)) {
        flush();
        blocks_.push_back(
            {Block::Kind::heading, text_of(node, depth + 1), line_of(node), {}, name[1] - '0'});
      } else if (is_list(name)) {
        flush();
        blocks_.push_back({Block::Kind::list, "", line_of(node), items_of(node, depth + 1)});
      } else {
        flush();
        read_blocks(node, depth + 1);
        flush();
      }
    }
  }

  // The text of an element, without that of nested lists (collected by `nested` when given);
  // block elements inside it start a new line.
  std::string text_of(xmlNode* parent, int depth, std::vector<ListItem>* nested = nullptr) const {
    check_depth(parent, depth);
    std::string text;
    for (xmlNode* node = parent->children; node != nullptr; node = node->next) {
      if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
        append_text(text, node);
        continue;
      }
      if (node->type != XML_ELEMENT_NODE) continue;
      const std::string_view name = name_of(node);
      if (kSilentElements.contains(name)) continue;
      if (name == "br") {
        text += '\n';
      } else if (is_list(name)) {
        if (nested == nullptr) continue;
        auto items = items_of(node, depth + 1);
        nested->insert(nested->end(), std::make_move_iterator(items.begin()),
                       std::make_move_iterator(items.end()));
      } else {
        const bool block = !kInlineElements.contains(name);
        if (block && !text.empty()) text += '\n';
        text += text_of(node, depth + 1, nested);
      }
    }
    return text;
  }

  std::vector<ListItem> items_of(xmlNode* list, int depth) const {
    check_depth(list, depth);
    const bool ordered = name_of(list) == "ol";
    long next_number = ordered ? number_attribute(list, "start").value_or(1) : 0;
    std::vector<ListItem> items;
    for (xmlNode* node = list->children; node != nullptr; node = node->next) {
      if (node->type != XML_ELEMENT_NODE || name_of(node) != "li") continue;
      ListItem& item = items.emplace_back();
      item.line = line_of(node);
      if (ordered) {
        item.number = number_attribute(node, "value").value_or(next_number);
        next_number = *item.number + 1;
      }
      item.text = text_of(node, depth + 1, &item.children);
    }
    return items;
  }

  std::string_view path_;
  Blocks blocks_;
  std::string pending_;  // the text of the paragraph being read
  int pending_line_ = 0;
};

// A paragraph written as a list item ("<p>1. terrorisme</p>", "<p>• drugs</p>", as word
// processors and content management systems export lists): the item, as the text reader reads
// the same line; none for any other paragraph.
std::optional<ListItem> paragraph_item(const Block& block) {
  if (block.kind != Block::Kind::paragraph) return std::nullopt;
  Blocks read = read_text_blocks(block.text);
  if (read.size() != 1 || read[0].kind != Block::Kind::list || read[0].items.size() != 1) {
    return std::nullopt;
  }
  ListItem item = std::move(read[0].items[0]);
  item.line = block.line;
  return item;
}

// Runs of two or more paragraphs that each are a list item made into lists (one such paragraph
// alone, "2016. Een nieuw plan", stays a paragraph).
Blocks with_paragraph_lists(Blocks blocks) {
  Blocks out;
  std::size_t i = 0;
  while (i < blocks.size()) {
    std::vector<ListItem> run;
    std::size_t end = i;
    for (; end < blocks.size(); ++end) {
      std::optional<ListItem> item = paragraph_item(blocks[end]);
      if (!item) break;
      run.push_back(std::move(*item));
    }
    if (run.size() >= 2) {
      out.push_back({Block::Kind::list, "", blocks[i].line, std::move(run)});
      i = end;
    } else {
      out.push_back(std::move(blocks[i]));
      ++i;
    }
  }
  return out;
}

}  // namespace

Blocks read_html_blocks(std::string_view text, std::string_view path) {
  if (text.size() > INT_MAX) fail_at(path, 0, "too large to be read as HTML");
  // libxml2 asks to be initialised once before use from more than one thread (files are read
  // on PreparedAhead's thread).
  static const bool initialised = (xmlInitParser(), true);
  (void)initialised;
  const std::string url(path);
  const DocumentHandle document(
      htmlReadMemory(text.data(), static_cast<int>(text.size()), url.c_str(), "UTF-8",
                     HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET));
  xmlNode* root = document ? xmlDocGetRootElement(document.get()) : nullptr;
  if (root == nullptr) fail_at(path, 0, "could not be read as HTML");
  return with_paragraph_lists(HtmlReader(path).read(root));
}

}  // namespace kiv::document
