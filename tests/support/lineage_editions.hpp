#pragma once
// Two small editions of a test series whose lineage the matching cannot see, for the tests of
// curated links: between t/2010-2012 and t/2013-2015 an item was renamed beyond recognition
// (fietsdiefstal -> tweewielers), one was split in two (mensenhandel -> uitbuiting, smokkel)
// and two were merged (inbraken, overvallen -> vermogen). Without links the diff sees only
// removed and added items there; drugs and preventie keep their keys.

#include <string>
#include <utility>
#include <vector>

#include "kiv/edition.hpp"
#include "kiv/edition_format.hpp"

namespace kiv::test {

inline Edition lineage_edition(const std::string& id, int from, int to,
                               const std::vector<std::pair<std::string, std::string>>& priorities) {
  Edition edition;
  edition.series = "t";
  edition.edition = id;
  edition.title = {{"nl", "Testnota " + id}};
  edition.period = Period{from, to};
  for (const auto& [key, title] : priorities) {
    edition.priorities.push_back(
        {static_cast<int>(edition.priorities.size()) + 1, key, {{"nl", title}}, {}, {}});
  }
  edition.themes.push_back({1, "preventie", {{"nl", "preventie"}}, {}, {}});
  return edition;
}

inline Edition lineage_old() {
  return lineage_edition("2010-2012", 2010, 2012,
                         {{"fietsdiefstal", "fietsdiefstal"},
                          {"drugs", "drugshandel en drugsgebruik"},
                          {"mensenhandel", "mensenhandel"},
                          {"inbraken", "woninginbraken"},
                          {"overvallen", "gewapende overvallen"}});
}

inline Edition lineage_new() {
  return lineage_edition("2013-2015", 2013, 2015,
                         {{"tweewielers", "tweewielercriminaliteit"},
                          {"drugs", "drugshandel en drugsgebruik"},
                          {"uitbuiting", "economische uitbuiting"},
                          {"smokkel", "smokkel van personen"},
                          {"vermogen", "vermogenscriminaliteit"}});
}

inline std::string lineage_old_json() { return to_canonical_json(lineage_old()); }
inline std::string lineage_new_json() { return to_canonical_json(lineage_new()); }

}  // namespace kiv::test
