#pragma once
// Scripts the site ships as files of their own, compiled in from cli/site/ (cmake/Embed.cmake).

#include <string_view>
#include <vector>

namespace kiv::cli::site {

struct SiteScript {
  std::string_view name;   // base name, e.g. "stemmers.js"
  std::string_view bytes;  // exact contents
};

// stemmers.js: the Snowball stemmers of Dutch, French, German and English (libstemmer 2.2.0's
// algorithms, written again in JavaScript and checked against it word for word on Snowball's
// vocabularies by tests/site/stemmers_test.sh), as the global KIV_STEM {nl, fr, de, en}.
extern const std::vector<SiteScript> scripts;

}  // namespace kiv::cli::site
