#pragma once
// Editions made of a list of titles, for the diff's tests: the labelled sets and the corpus
// (tests/data/diff-labelled.json, tests/data/diff-corpus) hold their cases as such lists.

#include <rapidjson/document.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "kiv/edition.hpp"
#include "support/temp_dir.hpp"

namespace kiv::test {

// An edition whose priorities have these titles in `lang`, in rank order, and no keys.
inline Edition keyless_edition(const std::vector<std::string>& titles,
                               const std::string& lang = "nl") {
  Edition edition;
  edition.series = "test";
  edition.edition = "x";
  edition.title = {{lang, "test"}};
  for (std::size_t i = 0; i < titles.size(); ++i)
    edition.priorities.push_back({static_cast<int>(i + 1), "", {{lang, titles[i]}}, {}, {}});
  return edition;
}

// A JSON array of strings as a list.
inline std::vector<std::string> titles_of(const rapidjson::Value& array) {
  std::vector<std::string> titles;
  for (const auto& title : array.GetArray()) titles.emplace_back(title.GetString());
  return titles;
}

// The old and new titles of the case `name` of tests/data/diff-corpus/`file`.
struct TitleLists {
  std::vector<std::string> old_titles;
  std::vector<std::string> new_titles;
};
inline TitleLists corpus_case(const std::string& file, const std::string& name) {
  rapidjson::Document corpus;
  corpus.Parse(read_file(test_data("diff-corpus/" + file)).c_str());
  for (const auto& test_case : corpus["cases"].GetArray()) {
    if (test_case["name"].GetString() == name)
      return {titles_of(test_case["old"]), titles_of(test_case["new"])};
  }
  throw std::invalid_argument("no case " + name + " in diff-corpus/" + file);
}

}  // namespace kiv::test
