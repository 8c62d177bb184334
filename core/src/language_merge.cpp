#include "language_merge.hpp"

#include <algorithm>
#include <map>

#include "kiv/error.hpp"

namespace kiv {
namespace {

void keep_unless_empty(std::string& value, const std::string& incoming) {
  if (!incoming.empty()) value = incoming;
}

void set_languages(LangText& text, const LangText& incoming) {
  for (const auto& [lang, value] : incoming) text[lang] = value;
}

std::string item_name(Section section, const Item& item) {
  return std::string(section_name(section)) + " " + std::to_string(item.rank);
}

void merge_item(Item& item, const Item& incoming, Section section, std::string_view source) {
  set_languages(item.title, incoming.title);
  set_languages(item.description, incoming.description);
  if (incoming.subtopics.empty()) return;
  if (item.subtopics.empty()) {
    item.subtopics = incoming.subtopics;
    return;
  }
  if (item.subtopics.size() != incoming.subtopics.size()) {
    throw Error(ErrorKind::input,
                std::string(source) + ": " + item_name(section, item) + " has " +
                    std::to_string(incoming.subtopics.size()) + " subtopics here and " +
                    std::to_string(item.subtopics.size()) + " in the recorded edition");
  }
  for (std::size_t i = 0; i < item.subtopics.size(); ++i) {
    set_languages(item.subtopics[i], incoming.subtopics[i]);
  }
}

void merge_section(std::vector<Item>& items, const std::vector<Item>& incoming, Section section,
                   const std::string& recorded_languages, std::string_view source) {
  if (items.size() != incoming.size()) {
    throw Error(ErrorKind::input, std::string(source) + ": it has " +
                                      std::to_string(incoming.size()) + " " +
                                      std::string(section_name(section)) +
                                      " and the recorded edition " + std::to_string(items.size()) +
                                      "; a page in another language must have the "
                                      "same items (the recorded edition is in " +
                                      recorded_languages +
                                      "; to change its items, import all its languages together)");
  }
  std::map<std::string, Item*> by_key;
  for (Item& item : items) by_key[item.key] = &item;
  for (std::size_t i = 0; i < incoming.size(); ++i) {
    Item* target = &items[i];
    if (!incoming[i].key.empty()) {
      const auto found = by_key.find(incoming[i].key);
      if (found == by_key.end()) {
        throw Error(ErrorKind::input, std::string(source) + ": " + item_name(section, incoming[i]) +
                                          " has key '" + incoming[i].key +
                                          "', which the recorded edition does not have");
      }
      target = found->second;
    }
    merge_item(*target, incoming[i], section, source);
  }
}

}  // namespace

Edition merge_languages(const Edition& existing, const Edition& incoming, std::string_view source) {
  const std::vector<std::string> incoming_languages = incoming.languages();
  std::string others;
  for (const std::string& lang : existing.languages()) {
    if (std::find(incoming_languages.begin(), incoming_languages.end(), lang) !=
        incoming_languages.end()) {
      continue;
    }
    others += (others.empty() ? "" : ", ") + lang;
  }
  Edition merged = others.empty() ? incoming : existing;
  if (!others.empty()) {
    set_languages(merged.title, incoming.title);
    merge_section(merged.priorities, incoming.priorities, Section::priorities, others, source);
    merge_section(merged.themes, incoming.themes, Section::themes, others, source);
  }
  merged.adopted = existing.adopted;
  keep_unless_empty(merged.adopted, incoming.adopted);
  // So is each value of when it is in force: a document rarely says, and what an archivist
  // recorded stays until another value is given.
  merged.in_force = existing.in_force;
  keep_unless_empty(merged.in_force.from, incoming.in_force.from);
  keep_unless_empty(merged.in_force.to, incoming.in_force.to);
  keep_unless_empty(merged.in_force.extended_to, incoming.in_force.extended_to);
  keep_unless_empty(merged.in_force.superseded_by, incoming.in_force.superseded_by);
  // The provenance is the incoming document's, and only its own: where another document came
  // from says nothing about this one (each revision's is kept with it).
  merged.provenance = incoming.provenance;
  if (!merged.period) merged.period = incoming.period;
  return merged;
}

}  // namespace kiv
