#pragma once
// A generator of synthetic archives: editions in the canonical format (kiv-edition/1) with
// realistic sizes, the same for every run with the same shape.
//
// Each edition is bilingual (nl, fr) and has `items` items, 3/4 priorities and 1/4 themes,
// each with a key and a title of 5-15 words; one item in 3 also has a description of 20-40
// words. Editions come in series of at most 100 (ids reeks-01, reeks-02, ...; edition ids are
// periods 1900-1903, 1901-1904, ...). Like real framework notes, an edition carries over part
// of its predecessor's items unchanged (same key, same texts): `carry_over_percent` of them on
// average; the rest are new.

#include <filesystem>
#include <string>
#include <vector>

namespace kiv::bench {

struct ArchiveShape {
  static constexpr int kEditionsPerSeries = 100;
  static constexpr unsigned kSeed = 20241105;  // fixed: every run generates the same archive

  int editions = 1000;
  int items = 200;
  int carry_over_percent = 50;

  int priorities() const { return items - items / 4; }
  int themes() const { return items / 4; }
  int series() const { return (editions + kEditionsPerSeries - 1) / kEditionsPerSeries; }
};

// One line saying what an archive of this shape holds, for reports.
std::string describe(const ArchiveShape& shape);

// One generated edition, as a file would hold it.
struct EditionDocument {
  std::string ref;   // SERIES/EDITION
  std::string json;  // canonical JSON (to_canonical_json of the generated edition)

  std::string file_name() const { return ref + ".json"; }  // relative to an archive directory
};

// The editions of an archive of `shape`, series by series, oldest edition first.
std::vector<EditionDocument> generate_archive(const ArchiveShape& shape);

// Writes each document to DIR/SERIES/EDITION.json, creating directories. Throws
// std::runtime_error naming the file that cannot be written.
void write_archive(const std::filesystem::path& dir, const std::vector<EditionDocument>& documents);

}  // namespace kiv::bench
