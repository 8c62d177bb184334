#include "site/site_html.hpp"

#include <fmt/core.h>

#include "render/diff_render.hpp"
#include "render/history_render.hpp"
#include "render/html.hpp"
#include "site/site_writer.hpp"

namespace kiv::cli::site {
namespace {

constexpr const char* kSiteStyle = R"(
nav{margin:-1rem 0 1.5rem;padding-bottom:.5rem;border-bottom:1px solid #ddd;font-size:.95em}
nav .search{float:right}
a{color:#0645ad}
h1{font-size:1.6rem}h2{margin-top:2rem}
.meta{color:#555}
ol.items li{margin:.3rem 0}ol.items .key{color:#666;font-size:.85em;margin-left:.5em;overflow-wrap:anywhere}
ol.items .description{margin:.2rem 0;color:#444}
dl.provenance{display:grid;grid-template-columns:max-content auto;gap:.3rem 1rem}
dl.provenance dt{font-weight:600}dl.provenance dd{margin:0;overflow-wrap:anywhere}
code{font-size:.9em;overflow-wrap:anywhere}
td.number{text-align:right}
#q{font-size:1.1rem;padding:.4rem;width:min(40rem,100%)}
#results li{margin:.4rem 0}#results .where{color:#666;font-size:.9em;margin-left:.5em}
.figure{overflow-x:auto;margin:1rem 0}
.note{color:#555;font-size:.9em}tr.absent{color:#6c757d}
td.id{white-space:nowrap}
body.changes-only tr.unchanged{display:none}
main table{display:block;max-width:100%;overflow-x:auto}
@media print{nav{display:none}a{color:inherit;text-decoration:none}.figure{overflow:visible}
main table{display:table;max-width:none;overflow:visible}
main{max-width:none}body{margin:0;color:#000}}
)";

}  // namespace

std::string link(std::string_view from, std::string_view path, std::string_view label) {
  return fmt::format("<a href=\"{}\">{}</a>", escape_html(link_from(depth_of(from), path)),
                     escape_html(label));
}

std::string site_page(const SitePage& page) {
  const int depth = depth_of(page.path);
  std::string nav = "<nav>" + link(page.path, "index.html", "Archive");
  for (const Crumb& crumb : page.trail) {
    nav += " › ";
    nav += crumb.path.empty() ? escape_html(crumb.label) : link(page.path, crumb.path, crumb.label);
  }
  nav += fmt::format(" <span class=\"search\">{}</span></nav>\n",
                     link(page.path, "search.html", "Search"));
  return html_document({page.lang, page.title,
                        fmt::format("<meta name=\"viewport\" content=\"width=device-width, "
                                    "initial-scale=1\">\n<link rel=\"stylesheet\" href=\"{}\">\n",
                                    link_from(depth, "style.css")),
                        nav + "<main>\n" + page.body + "</main>\n"});
}

std::string site_stylesheet() {
  return fmt::format("{}\n{}{}", diff_html_style(), kSiteStyle, matrix_table_style());
}

}  // namespace kiv::cli::site
