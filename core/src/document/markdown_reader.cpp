// Markdown, parsed by cmark: headings, paragraphs and lists (their items' paragraphs and nested
// lists), also inside block quotes. Code, HTML blocks and thematic breaks carry no sections.

#include <cmark.h>

#include <memory>

#include "document/blocks.hpp"

namespace kiv::document {
namespace {

struct NodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
using NodeHandle = std::unique_ptr<cmark_node, NodeDeleter>;

constexpr int kMaxNumberDigits = 6;

class MarkdownReader {
 public:
  MarkdownReader(std::string_view text, std::string_view path) : text_(text), path_(path) {
    line_starts_.push_back(0);
    for (std::size_t at = 0; at < text.size(); ++at) {
      if (text[at] == '\n') line_starts_.push_back(at + 1);
    }
  }

  void read_blocks(cmark_node* parent, int depth, Blocks& blocks) const {
    check_depth(parent, depth);
    for (cmark_node* node = cmark_node_first_child(parent); node != nullptr;
         node = cmark_node_next(node)) {
      switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HEADING:
          blocks.push_back({Block::Kind::heading,
                            inline_text(node, depth + 1),
                            line_of(node),
                            {},
                            cmark_node_get_heading_level(node)});
          break;
        case CMARK_NODE_PARAGRAPH:
          blocks.push_back(
              {Block::Kind::paragraph, inline_text(node, depth + 1), line_of(node), {}});
          break;
        case CMARK_NODE_LIST:
          blocks.push_back({Block::Kind::list, "", line_of(node), items_of(node, depth + 1)});
          break;
        case CMARK_NODE_BLOCK_QUOTE:
          read_blocks(node, depth + 1, blocks);
          break;
        default:
          break;
      }
    }
  }

 private:
  static int line_of(cmark_node* node) { return cmark_node_get_start_line(node); }

  void check_depth(cmark_node* node, int depth) const {
    if (depth > kMaxNesting) {
      fail_at(path_, line_of(node),
              "nested more than " + std::to_string(kMaxNesting) + " levels deep");
    }
  }

  // The text of a heading or paragraph: line breaks kept, markup dropped, links by their text.
  std::string inline_text(cmark_node* parent, int depth) const {
    check_depth(parent, depth);
    std::string text;
    for (cmark_node* node = cmark_node_first_child(parent); node != nullptr;
         node = cmark_node_next(node)) {
      switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
          text += cmark_node_get_literal(node);
          break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
          text += '\n';
          break;
        case CMARK_NODE_HTML_INLINE:
          break;
        default:
          text += inline_text(node, depth + 1);
      }
    }
    return text;
  }

  std::vector<ListItem> items_of(cmark_node* list, int depth) const {
    check_depth(list, depth);
    const bool ordered = cmark_node_get_list_type(list) == CMARK_ORDERED_LIST;
    long next_number = cmark_node_get_list_start(list);
    std::vector<ListItem> items;
    for (cmark_node* node = cmark_node_first_child(list); node != nullptr;
         node = cmark_node_next(node)) {
      ListItem& item = items.emplace_back();
      item.line = line_of(node);
      if (ordered) {
        item.number = written_number(node).value_or(next_number);
        next_number = *item.number + 1;
      }
      for (cmark_node* part = cmark_node_first_child(node); part != nullptr;
           part = cmark_node_next(part)) {
        const cmark_node_type type = cmark_node_get_type(part);
        if (type == CMARK_NODE_LIST) {
          auto nested = items_of(part, depth + 1);
          item.children.insert(item.children.end(), std::make_move_iterator(nested.begin()),
                               std::make_move_iterator(nested.end()));
        } else if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING) {
          if (!item.text.empty()) item.text += '\n';
          item.text += inline_text(part, depth + 1);
        }
      }
    }
    return items;
  }

  // The number an ordered item's marker shows in the source ("4." -> 4): cmark numbers items
  // from the list's start, and a gap or repeat must be reported as written.
  std::optional<long> written_number(cmark_node* item) const {
    const int line = cmark_node_get_start_line(item);
    const int column = cmark_node_get_start_column(item);
    if (line < 1 || static_cast<std::size_t>(line) > line_starts_.size() || column < 1)
      return std::nullopt;
    std::size_t at =
        line_starts_[static_cast<std::size_t>(line) - 1] + static_cast<std::size_t>(column) - 1;
    while (at < text_.size() && (text_[at] == ' ' || text_[at] == '\t')) ++at;
    long number = 0;
    int digits = 0;
    for (; at < text_.size() && text_[at] >= '0' && text_[at] <= '9' && digits < kMaxNumberDigits;
         ++at, ++digits) {
      number = number * 10 + (text_[at] - '0');
    }
    if (digits == 0) return std::nullopt;
    return number;
  }

  std::string_view text_;
  std::string_view path_;
  std::vector<std::size_t> line_starts_;
};

}  // namespace

Blocks read_markdown_blocks(std::string_view text, std::string_view path) {
  const NodeHandle document(cmark_parse_document(text.data(), text.size(), CMARK_OPT_DEFAULT));
  if (!document) fail_at(path, 0, "could not be read as Markdown");
  Blocks blocks;
  MarkdownReader(text, path).read_blocks(document.get(), 0, blocks);
  return blocks;
}

}  // namespace kiv::document
