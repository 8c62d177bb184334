#pragma once
// The frame every page of the site shares: the HTML5 skeleton (render/html.hpp), the local
// stylesheet, and a navigation bar back to the index and to the search page. Text passed
// as `title` and in `trail` labels is escaped here; `body` is markup built from escaped text.

#include <string>
#include <string_view>
#include <vector>

namespace kiv::cli::site {

// One step of the navigation bar: a label and the page it leads to (relative to OUTDIR);
// an empty path for the current page.
struct Crumb {
  std::string label;
  std::string path;
};

struct SitePage {
  std::string path;  // where the page is written, relative to OUTDIR (decides its links)
  std::string lang;  // of the page's main text, e.g. "nl"
  std::string title;
  std::vector<Crumb> trail;  // after "Archive" (the index), e.g. {"kiv", "index.html#kiv"}
  std::string body;
};

// The whole page: <head> links style.css, <body> is the navigation bar then <main>.
std::string site_page(const SitePage& page);

// A link from the page at `from` (relative to OUTDIR) to `path`: <a href="...">label</a>, the
// label escaped.
std::string link(std::string_view from, std::string_view path, std::string_view label);

// The site's style.css: its own rules and those of the diff pages (diff_html_style()).
std::string site_stylesheet();

}  // namespace kiv::cli::site
