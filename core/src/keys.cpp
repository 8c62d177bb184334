#include "kiv/keys.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "diff/matching.hpp"
#include "kiv/ids.hpp"
#include "similarity.hpp"

namespace kiv {
namespace {

// A key minted from a title has at most this many words, unless its edition needs more to
// tell it from another item's.
constexpr std::size_t kKeyWords = 3;

// Keys not yet taken in a section: a title's slug, else the slug with the first free suffix
// -2, -3, ... Each slug remembers its next suffix, so that N items of one title take N steps,
// not N^2 / 2.
class KeyMinter {
 public:
  bool taken(const std::string& key) const { return taken_.contains(key); }
  void take(const std::string& key) { taken_.insert(key); }

  // The first of `slugs` (each longer than the one before) not taken, else the first with a
  // suffix.
  std::string mint(const std::vector<std::string>& slugs) {
    for (const std::string& slug : slugs) {
      if (!taken(slug)) {
        take(slug);
        return slug;
      }
    }
    return mint(slugs.front());
  }

  std::string mint(const std::string& slug) {
    std::string key = slug;
    for (int& n = next_suffix_.try_emplace(slug, 2).first->second; taken(key); ++n) {
      const std::string suffix = "-" + std::to_string(n);
      key = slug.substr(0, kMaxIdLength - suffix.size()) + suffix;
    }
    take(key);
    return key;
  }

 private:
  std::set<std::string> taken_;
  std::map<std::string, int> next_suffix_;
};

bool inherit_section_keys(std::vector<Item>& items, const std::vector<Item>* previous_items,
                          const std::string& lang, const std::string& slug_lang) {
  KeyMinter keys;
  for (const Item& item : items) {
    if (!item.key.empty()) keys.take(item.key);
  }
  bool added = false;
  if (previous_items != nullptr && !lang.empty()) {
    for (const ItemMatch& match : match_items(*previous_items, items, lang)) {
      Item& item = items[match.to];
      const std::string& key = (*previous_items)[match.from].key;
      if (item.key.empty() && !key.empty() && !keys.taken(key)) {
        item.key = key;
        item.key_origin = KeyOrigin::inferred;
        keys.take(key);
        added = true;
      }
    }
  }
  for (Item& item : items) {
    if (!item.key.empty()) continue;
    item.key = keys.mint(key_candidates(text_in(item.title, slug_lang)));
    item.key_origin = KeyOrigin::minted;
    added = true;
  }
  return added;
}

}  // namespace

std::vector<std::string> key_candidates(std::string_view title) {
  const TitleProfile profile = profile_title(title);
  // The words a key is made of: the content words (all the words when none carries meaning);
  // the shortest key has those of the head, else of the title, kKeyWords at most.
  const std::vector<std::string>& words = profile.content.empty() ? profile.words : profile.content;
  const std::size_t head = profile.content.empty() ? 0 : profile.head;
  const std::size_t shortest = std::min(head > 0 ? head : words.size(), kKeyWords);
  std::vector<std::string> candidates;
  std::string slug;
  for (std::size_t k = 0; k < words.size(); ++k) {
    std::string ascii;
    for (const char c : words[k]) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) ascii += c;
    }
    if (ascii.empty()) continue;
    if (!slug.empty() && slug.size() + 1 + ascii.size() > kMaxIdLength) break;
    if (!slug.empty()) slug += '-';
    slug += ascii.substr(0, kMaxIdLength);
    if (k + 1 >= shortest) candidates.push_back(slug);
  }
  if (candidates.empty()) candidates.push_back(slug.empty() ? "item" : slug);
  return candidates;
}

std::string slug_from_title(std::string_view title) { return key_candidates(title).front(); }

bool inherit_keys(Edition& edition, const Edition* previous) {
  const std::string lang = previous == nullptr ? "" : common_language(*previous, edition);
  const auto languages = edition.languages();
  const std::string slug_lang = default_language(languages);
  bool added = false;
  for (const Section section : kSections) {
    auto& items = section == Section::priorities ? edition.priorities : edition.themes;
    const std::vector<Item>* previous_items =
        previous == nullptr ? nullptr : &previous->items(section);
    added = inherit_section_keys(items, previous_items, lang, slug_lang) || added;
  }
  return added;
}

}  // namespace kiv
