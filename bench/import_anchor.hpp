#pragma once
// The anchor of the bulk-import target (issue 16): the work of a kiv import done by the plain
// tools, measured on the same files.
//
//   git     `git fast-import` writes one commit per edition into a new bare repository, each
//           with the edition's JSON as SERIES/EDITION/edition.json and as SERIES/EDITION/source
//           (one blob, as kiv records a canonical file) and a small revision.json;
//   SQLite  a plain bulk insert, in one transaction, of every item's key and texts (one row per
//           item and language: title, description) into a table, and of the same texts into a
//           full-text table (FTS5, unicode61 without diacritics, as kiv's). The texts are read
//           from the files with RapidJSON (a parse without validation: kiv's import parses and
//           validates).
//
// Needs git on PATH.

#include <filesystem>
#include <vector>

#include "synthetic_archive.hpp"

namespace kiv::bench {

struct AnchorTimes {
  double git_seconds = 0;
  double sqlite_seconds = 0;
  double total() const { return git_seconds + sqlite_seconds; }
};

// Runs both halves, one after the other, in the new directories DIR/anchor.git and
// DIR/anchor.sqlite. Throws std::runtime_error when git fails or a file is not an edition.
AnchorTimes measure_import_anchor(const std::vector<EditionDocument>& documents,
                                  const std::filesystem::path& dir);

}  // namespace kiv::bench
