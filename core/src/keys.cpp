#include "kiv/keys.hpp"

#include <algorithm>
#include <set>

#include "kiv/ids.hpp"
#include "matching.hpp"
#include "similarity.hpp"

namespace kiv {
namespace {

std::string unique_key(std::string key, const std::set<std::string>& taken) {
  if (!taken.contains(key)) return key;
  for (int n = 2;; ++n) {
    std::string suffix = "-";
    suffix += std::to_string(n);
    const std::string candidate = key.substr(0, kMaxIdLength - suffix.size()) + suffix;
    if (!taken.contains(candidate)) return candidate;
  }
}

bool inherit_section_keys(std::vector<Item>& items, const std::vector<Item>* previous_items,
                          const std::string& lang, const std::string& slug_lang) {
  std::set<std::string> taken;
  for (const Item& item : items) {
    if (!item.key.empty()) taken.insert(item.key);
  }
  bool added = false;
  if (previous_items != nullptr && !lang.empty()) {
    for (const ItemMatch& match : match_items(*previous_items, items, lang)) {
      Item& item = items[match.to];
      const std::string& key = (*previous_items)[match.from].key;
      if (item.key.empty() && !key.empty() && !taken.contains(key)) {
        item.key = key;
        item.key_origin = KeyOrigin::inferred;
        taken.insert(key);
        added = true;
      }
    }
  }
  for (Item& item : items) {
    if (!item.key.empty()) continue;
    item.key = unique_key(slug_from_title(text_in(item.title, slug_lang)), taken);
    item.key_origin = KeyOrigin::minted;
    taken.insert(item.key);
    added = true;
  }
  return added;
}

}  // namespace

std::string slug_from_title(std::string_view title) {
  std::string slug;
  for (const auto& word : profile_title(title).words) {
    std::string ascii;
    for (const char c : word) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) ascii += c;
    }
    if (ascii.empty()) continue;
    if (!slug.empty() && slug.size() + 1 + ascii.size() > kMaxIdLength) break;
    if (!slug.empty()) slug += '-';
    slug += ascii.substr(0, kMaxIdLength);
  }
  return slug.empty() ? "item" : slug;
}

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
