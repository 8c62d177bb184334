#pragma once
// Renderers of an import: what was recorded, what a dry run would record, and the summary.
// `results[i]` is the result of `files[i]`; there may be fewer results (--fail-fast).

#include <optional>
#include <string>
#include <vector>

#include "kiv/import.hpp"
#include "output.hpp"

namespace kiv::cli {

// What the report shows of a file given to the import: its path, and what was detected of a
// document.
struct ImportedFile {
  std::string path;
  std::optional<DocumentReading> reading;
};

// One line per recorded file: "created  kiv/2022-2024@1  from FILE" (failures are not listed:
// they are reported as errors).
std::string render_import_results(const std::vector<ImportedFile>& files,
                                  const std::vector<ImportResult>& results, const Style& style);

// Per file: what would be recorded (revision, the detected metadata and where each value came
// from, warnings, the items with their keys) and the diff with the edition it follows.
std::string render_import_preview(const std::vector<ImportedFile>& files,
                                  const std::vector<ImportResult>& results, const Style& style);

// "4 files: 2 created, 1 unchanged, 1 failed" (in a dry run: "would be created", and
// "nothing was written"); `skipped` files of the directories given that are not note files
// are counted apart ("2 other files of the directories skipped").
std::string render_import_summary(std::size_t files, const std::vector<ImportResult>& results,
                                  std::size_t failed, std::size_t skipped, bool dry_run,
                                  const Style& style);

}  // namespace kiv::cli
