#pragma once
// The site's search, which works offline: search-index.js sets the global KIV_SEARCH to the
// texts of every edition page (edition titles, item titles, descriptions, subtopics), and
// search.html holds a small script that matches words typed against them: case- and
// diacritics-insensitive, each word typed a prefix of a word of the text. A JS file rather
// than JSON, because Chromium refuses fetch() of a local file on file:// pages.

#include <string>
#include <unordered_map>
#include <vector>

#include "kiv/edition.hpp"
#include "site/site_history.hpp"

namespace kiv::cli::site {

class SearchIndex {
 public:
  // Adds the texts of `edition` in `lang`, found on its page at `page` (relative to OUTDIR);
  // `lineages` (none for a series without history pages) names each item's timeline page.
  void add(const Edition& edition, const std::string& lang, const std::string& page,
           const SeriesLineages* lineages);

  // search-index.js:
  //   window.KIV_SEARCH = {"pages": [[PATH, LABEL], ...], "lineages": [[PATH], ...],
  //                        "texts": [[TEXT, [PAGE, ANCHOR, LINEAGE, ...]], ...]};
  // PAGE indexes "pages"; ANCHOR is an item's (item_anchor) or "" for the edition's title;
  // LINEAGE indexes "lineages", the timeline pages of the items' lineages (-1: none, as for
  // titles), by which the page groups its results. A text that occurs on several pages is
  // listed once. '<', '>' and '&' are written as \u
  // escapes, so the file stays inert whatever the texts hold.
  std::string script() const;

 private:
  struct Place {
    int page = 0;
    std::string anchor;
    int lineage = -1;
  };
  void add_text(const std::string& text, const Place& place);
  int lineage_of(const std::string& series, const std::string& key, const SeriesLineages* lineages);

  std::vector<std::pair<std::string, std::string>> pages_;
  std::vector<std::string> lineages_;  // timeline page paths
  std::unordered_map<std::string, int> lineage_positions_;
  std::vector<std::pair<std::string, std::vector<Place>>> texts_;
  std::unordered_map<std::string, std::size_t> text_positions_;
};

// search.html: a search field, the results (links to the edition pages), the script.
std::string search_page();

}  // namespace kiv::cli::site
