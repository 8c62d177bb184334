#pragma once
// What a brief listing (Index::Listing::brief) must say of each edition, as lines to compare.

#include <fmt/core.h>

#include <string>
#include <vector>

#include "kiv/edition.hpp"
#include "kiv/index.hpp"
#include "kiv/text.hpp"
#include "support/editions.hpp"

namespace kiv::test {

// One line per edition holding every member that Listing::brief promises, the title in the
// edition's default language only.
inline std::vector<std::string> brief_lines(const std::vector<EditionSummary>& listing) {
  std::vector<std::string> lines;
  for (const EditionSummary& e : listing) {
    const std::string lang = default_language(e.languages);
    lines.push_back(fmt::format(
        "{}|{}|{}|{}|{}|{}|{}|{}|{}={}|{}|{}|{}|{}", e.latest.ref(), e.series, e.edition,
        e.period ? fmt::format("{}-{}", e.period->from, e.period->to) : "none", e.adopted,
        e.priorities, e.themes, join(e.languages, ","), lang, text_in(e.title, lang),
        e.in_force.from, e.in_force.to, e.in_force.extended_to, e.in_force.superseded_by));
  }
  return lines;
}

// The bundled kiv/2022-2024 as edition `id` of `period`, in French and German only (no Dutch,
// so its default language is its first, de), and in force on every day the fields name.
inline Edition edition_without_dutch(const std::string& id, Period period) {
  Edition edition = bundled_edition("kiv/2022-2024.json");
  edition.edition = id;
  edition.period = period;
  edition.title = {{"fr", "Note-cadre " + id}, {"de", "Rahmennote " + id}};
  for (std::vector<Item>* items : {&edition.priorities, &edition.themes}) {
    for (Item& item : *items) {
      const std::string dutch = text_in(item.title, "nl");
      item.title = {{"fr", dutch + " (fr)"}, {"de", dutch + " (de)"}};
      item.description.clear();
      item.subtopics.clear();
    }
  }
  return edition;
}

}  // namespace kiv::test
