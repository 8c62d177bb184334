#pragma once
// Edition files for tests: the bundled ones, and small variants of them.

#include <stdexcept>
#include <string>

#include "kiv/archive.hpp"
#include "kiv/edition_format.hpp"
#include "support/temp_dir.hpp"

namespace kiv::test {

// A bundled edition file prepared for import, e.g. prepared_bundled("kiv/2022-2024.json").
inline PreparedImport prepared_bundled(const std::string& name) {
  return prepare_import({bundled(name).string(), read_file(bundled(name))});
}

// A bundled edition, parsed, e.g. bundled_edition("kiv/2016-2019.json").
inline Edition bundled_edition(const std::string& name) {
  return parse_edition(read_file(bundled(name)), name);
}

// `edition` with every item's key removed.
inline Edition without_keys(Edition edition) {
  for (auto* items : {&edition.priorities, &edition.themes}) {
    for (Item& item : *items) item.key.clear();
  }
  return edition;
}

// The bundled 2022-2024 edition as another edition of the series, `id` (e.g. "2040-2042"), as a
// file's bytes.
inline std::string bundled_2022_2024_as(const std::string& id) {
  std::string json = read_file(bundled("kiv/2022-2024.json"));
  const std::string field = "\"edition\": \"2022-2024\"";
  json.replace(json.find(field), field.size(), "\"edition\": \"" + id + "\"");
  return json;
}

// The bundled 2022-2024 edition with one text replaced (a correction), as a file's bytes.
inline std::string corrected_2022_2024(const std::string& from, const std::string& to) {
  std::string json = read_file(bundled("kiv/2022-2024.json"));
  const auto at = json.find(from);
  if (at == std::string::npos) throw std::invalid_argument("not in kiv/2022-2024.json: " + from);
  json.replace(at, from.size(), to);
  return json;
}

// The correction tests record as kiv/2022-2024@2: priority 10 "overlast" becomes "openbare
// overlast", as a file's bytes.
inline std::string corrected_overlast_2022_2024() {
  return corrected_2022_2024("\"nl\": \"overlast\"", "\"nl\": \"openbare overlast\"");
}

// What an import did, for a failing assertion's message: "created kiv/2022-2024@1", or the
// error of a failed file.
inline std::string describe(const ImportResult& result) {
  static const char* const kWords[] = {"created", "revised", "unchanged"};
  if (const auto* failed = std::get_if<ImportFailed>(&result)) return "failed: " + failed->error;
  if (const auto* unchanged = std::get_if<ImportUnchanged>(&result))
    return "unchanged: " + unchanged->latest.ref();
  return std::string(kWords[result.index()]) + " " + recorded(result)->revision.ref();
}

}  // namespace kiv::test
