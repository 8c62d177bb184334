#include "kiv/edition.hpp"

#include <algorithm>

namespace kiv {

std::string_view section_name(Section section) noexcept {
  return section == Section::priorities ? "priorities" : "themes";
}

std::string_view key_origin_name(KeyOrigin origin) noexcept {
  switch (origin) {
    case KeyOrigin::inferred:
      return "inferred";
    case KeyOrigin::minted:
      return "minted";
    case KeyOrigin::given:
      break;
  }
  return "given";
}

std::optional<KeyOrigin> key_origin_named(std::string_view name) noexcept {
  for (const KeyOrigin origin : {KeyOrigin::given, KeyOrigin::inferred, KeyOrigin::minted}) {
    if (key_origin_name(origin) == name) return origin;
  }
  return std::nullopt;
}

const std::vector<Item>& Edition::items(Section section) const {
  return section == Section::priorities ? priorities : themes;
}

std::vector<std::string> Edition::languages() const {
  std::vector<std::string> langs;
  for (const auto& [lang, text] : title) langs.push_back(lang);
  return langs;
}

std::string default_language(const std::vector<std::string>& languages) {
  if (std::find(languages.begin(), languages.end(), "nl") != languages.end()) return "nl";
  return languages.empty() ? std::string() : languages.front();
}

std::string common_language(const Edition& a, const Edition& b) {
  std::vector<std::string> both;
  for (const auto& [lang, text] : a.title) {
    if (b.title.contains(lang)) both.push_back(lang);
  }
  return default_language(both);
}

const std::string& text_in(const LangText& text, std::string_view lang) {
  static const std::string empty;
  const auto found = text.find(std::string(lang));
  return found == text.end() ? empty : found->second;
}

}  // namespace kiv
