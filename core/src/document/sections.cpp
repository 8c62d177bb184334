#include "document/sections.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

#include "document/words.hpp"
#include "kiv/ids.hpp"

namespace kiv::document {
namespace {

// Folded words (or their endings, for nl and de compounds such as "beleidsprioriteiten" and
// "Querschnittsthemen") that name a section, in nl, fr, de and en. The police's plan (NVP)
// and the zonal security plans call their priorities security phenomena
// ("Veiligheidsfenomenen", "phénomènes prioritaires", "strategische Schwerpunktbereiche").
constexpr std::array<std::string_view, 9> kPriorityWords = {
    "prioriteiten", "priorites",           "prioritaten",  "priorities", "fenomenen",
    "phenomenes",   "schwerpunktbereiche", "schwerpunkte", "phenomena"};
constexpr std::array<std::string_view, 12> kThemeWords = {
    "uitdagingen", "thema",        "themas", "transversale",      "themes",
    "defis",       "transversaux", "themen", "herausforderungen", "challenges",
    "transversal", "transversales"};
// A line standing alone with at most this many words may be a heading.
constexpr std::size_t kMaxHeadingWords = 8;
// A heading number's parts have at most this many digits.
constexpr std::size_t kMaxNumberDigits = 6;

std::optional<Section> section_named_by(const Word& word) {
  const auto ends = [&](std::string_view ending) { return word.folded.ends_with(ending); };
  if (std::any_of(kPriorityWords.begin(), kPriorityWords.end(), ends)) return Section::priorities;
  if (std::any_of(kThemeWords.begin(), kThemeWords.end(), ends)) return Section::themes;
  return std::nullopt;
}

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

bool is_heading_like(const Block& block, const std::vector<Word>& words) {
  if (block.kind == Block::Kind::heading) return true;
  const std::string_view text = trimmed(block.text);
  return block.kind == Block::Kind::paragraph && text.find('\n') == std::string_view::npos &&
         !words.empty() && words.size() <= kMaxHeadingWords && !text.ends_with('.') &&
         !text.ends_with(';') && !text.ends_with(',');
}

// The folded words of each given heading, with the section it names.
using GivenHeadings = std::vector<std::pair<std::vector<std::string>, Section>>;

GivenHeadings given_headings(const SectionHeadings& headings) {
  GivenHeadings given;
  for (const auto& [names, section] : {std::pair{&headings.priorities, Section::priorities},
                                       std::pair{&headings.themes, Section::themes}}) {
    for (const std::string& name : *names) {
      std::vector<std::string> folded;
      for (const Word& word : words_of(name)) folded.push_back(word.folded);
      if (!folded.empty()) given.emplace_back(std::move(folded), section);
    }
  }
  return given;
}

// The section a given heading names in `words` from `first` on, as whole words.
std::optional<Section> given_section(const std::vector<Word>& words, std::size_t first,
                                     const GivenHeadings& given) {
  for (const auto& [names, section] : given) {
    for (std::size_t at = first; at + names.size() <= words.size(); ++at) {
      if (std::equal(
              names.begin(), names.end(), words.begin() + static_cast<std::ptrdiff_t>(at),
              [](const std::string& name, const Word& word) { return name == word.folded; })) {
        return section;
      }
    }
  }
  return std::nullopt;
}

// The section a block introduces: a heading by a given heading in it, else the first section
// word in it, a paragraph ending in ':' by a given heading or the last section word in its last
// sentence.
std::optional<Section> section_introduced_by(const Block& block, const GivenHeadings& given) {
  if (block.kind == Block::Kind::list) return std::nullopt;
  const std::string text = collapse_spaces(block.text);
  const std::vector<Word> words = words_of(text);
  if (is_heading_like(block, words)) {
    if (const auto section = given_section(words, 0, given)) return section;
    for (const Word& word : words) {
      if (const auto section = section_named_by(word)) return section;
    }
    return std::nullopt;
  }
  if (!text.ends_with(':')) return std::nullopt;
  const auto sentence_end = text.find_last_of(".!?", text.size() - 1);
  const std::size_t sentence_begin = sentence_end == std::string::npos ? 0 : sentence_end + 1;
  std::size_t first = 0;
  while (first < words.size() && words[first].begin < sentence_begin) ++first;
  if (const auto section = given_section(words, first, given)) return section;
  for (auto word = words.rbegin(); word != words.rend() && word->begin >= sentence_begin; ++word) {
    if (const auto section = section_named_by(*word)) return section;
  }
  return std::nullopt;
}

std::string title_of(std::string_view text) {
  std::string title = collapse_spaces(text);
  while (!title.empty() && (title.back() == ';' || title.back() == ',' || title.back() == '.' ||
                            title.back() == ' ')) {
    title.pop_back();
  }
  return title;
}

// An item's title and the key given at its end ("... {#cybercrime}"; empty: none).
std::pair<std::string, std::string> titled(std::string_view text, std::string_view path, int line,
                                           int page) {
  const std::string written = collapse_spaces(text);  // no space at either end
  const std::size_t open = written.rfind("{#");
  if (!written.ends_with('}') || open == std::string::npos) return {title_of(written), ""};
  std::string key = written.substr(open + 2, written.size() - open - 3);
  if (!is_valid_id(key)) {
    fail_at(path, line,
            "'{#" + key +
                "}' gives no key (expected lowercase letters, digits and '-', e.g. {#cybercrime})",
            page);
  }
  return {title_of(std::string_view(written).substr(0, open)), std::move(key)};
}

// Fails when an item's given key was given to an item before it in the section.
void check_unique_key(const std::vector<FoundItem>& items, const FoundItem& item,
                      std::string_view path, int line, int page) {
  if (item.key.empty()) return;
  if (std::any_of(items.begin(), items.end(),
                  [&](const FoundItem& other) { return other.key == item.key; })) {
    fail_at(path, line, "the key '" + item.key + "' is given to two items of the section", page);
  }
}

void add_subtopics(const std::vector<ListItem>& children, std::vector<std::string>& subtopics) {
  for (const ListItem& child : children) {
    std::string title = title_of(child.text);
    if (!title.empty()) subtopics.push_back(std::move(title));
    add_subtopics(child.children, subtopics);
  }
}

// The item as written: a bullet whose only content is one numbered item is that item ("- 1.
// text" in Markdown is a bullet holding a list that starts at 1).
const ListItem& as_written(const ListItem& item) {
  const bool wraps_numbered_item = item.text.find_first_not_of(" \n") == std::string::npos &&
                                   !item.number && item.children.size() == 1 &&
                                   item.children.front().number;
  return wraps_numbered_item ? item.children.front() : item;
}

std::vector<FoundItem> items_of(const Block& list, std::string_view path) {
  const bool numbered = std::any_of(list.items.begin(), list.items.end(), [](const ListItem& item) {
    return as_written(item).number.has_value();
  });
  std::vector<FoundItem> items;
  items.reserve(list.items.size());
  long expected = 0;
  for (const ListItem& written : list.items) {
    const ListItem& item = as_written(written);
    ++expected;
    if (numbered && item.number != expected) {
      fail_at(path, item.line,
              "expected item " + std::to_string(expected) + ", found " +
                  (item.number ? std::to_string(*item.number) : "an item without a number"),
              item.page);
    }
    auto [title, key] = titled(item.text, path, item.line, item.page);
    FoundItem found{std::move(title), {}, std::move(key)};
    check_unique_key(items, found, path, item.line, item.page);
    if (found.title.empty())
      fail_at(path, item.line, "item " + std::to_string(expected) + " has no title", item.page);
    add_subtopics(item.children, found.subtopics);
    items.push_back(std::move(found));
  }
  return items;
}

// A heading's number ("3.1.", "2.", "4.2") and where its title starts; nullopt: none.
std::optional<std::pair<long, std::size_t>> heading_number(std::string_view text) {
  long last = -1;
  std::size_t at = 0;
  while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
    const std::size_t begin = at;
    while (at < text.size() && at - begin < kMaxNumberDigits && text[at] >= '0' && text[at] <= '9')
      ++at;
    last = std::stol(std::string(text.substr(begin, at - begin)));
    if (at < text.size() && text[at] == '.') ++at;
  }
  if (last < 0 || at >= text.size() || (text[at] != ' ' && text[at] != '\t')) return std::nullopt;
  return std::pair{last, at};
}

// The items of a chapter: from `first`, a heading deeper than the introduction at
// `intro_level`, every heading at its depth until a heading as high as the introduction (which
// `first` is left on); the text between them is their explanation, not their title.
std::vector<FoundItem> chapter_items(const Blocks& blocks, std::size_t& first, int intro_level,
                                     std::string_view path) {
  const int depth = blocks[first].level;
  std::vector<const Block*> headings;
  for (; first < blocks.size(); ++first) {
    const Block& block = blocks[first];
    if (block.kind != Block::Kind::heading) continue;
    if (block.level <= intro_level) break;
    if (block.level == depth) headings.push_back(&block);
  }
  const bool numbered = std::any_of(headings.begin(), headings.end(), [](const Block* heading) {
    return heading_number(trimmed(heading->text)).has_value();
  });
  std::vector<FoundItem> items;
  for (const Block* heading : headings) {
    const long expected = static_cast<long>(items.size()) + 1;
    std::string_view text = trimmed(heading->text);
    const auto number = heading_number(text);
    if (numbered && (!number || number->first != expected)) {
      fail_at(path, heading->line,
              "expected section " + std::to_string(expected) + " of the chapter, found " +
                  (number ? std::to_string(number->first) : "a heading without a number"),
              heading->page);
    }
    if (number) text.remove_prefix(number->second);
    auto [title, key] = titled(text, path, heading->line, heading->page);
    FoundItem found{std::move(title), {}, std::move(key)};
    check_unique_key(items, found, path, heading->line, heading->page);
    if (found.title.empty()) {
      fail_at(path, heading->line, "section " + std::to_string(expected) + " has no title",
              heading->page);
    }
    items.push_back(std::move(found));
  }
  return items;
}

}  // namespace

FoundSections find_sections(const Blocks& blocks, std::string_view path,
                            const SectionHeadings& headings) {
  const GivenHeadings given = given_headings(headings);
  FoundSections found;
  std::optional<Section> pending;  // introduced, its list not yet seen
  int pending_line = 0;
  int pending_page = 0;
  int pending_level = 0;  // of the introducing heading; 0: not a heading
  const auto take = [&](std::vector<FoundItem> items) {
    auto& section = *pending == Section::priorities ? found.priorities : found.themes;
    if (section) {
      found.warnings.push_back(place_of(pending_line, pending_page) + ": a second list of " +
                               std::string(section_name(*pending)) + " was ignored");
    } else {
      section = std::move(items);
    }
    pending.reset();
  };
  for (std::size_t at = 0; at < blocks.size(); ++at) {
    const Block& block = blocks[at];
    if (block.kind == Block::Kind::list) {
      if (pending) take(items_of(block, path));
    } else if (pending && pending_level > 0 && block.kind == Block::Kind::heading &&
               block.level > pending_level) {
      take(chapter_items(blocks, at, pending_level, path));
      --at;  // the heading that ended the chapter is read again
    } else if (const auto introduced = section_introduced_by(block, given)) {
      pending = introduced;
      pending_line = block.line;
      pending_page = block.page;
      pending_level = block.kind == Block::Kind::heading ? block.level : 0;
    } else if (block.kind == Block::Kind::heading) {
      pending.reset();
    }
  }
  return found;
}

}  // namespace kiv::document
