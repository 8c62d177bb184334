#pragma once
// Where the static site goes: its layout (every page's path, from ids checked against their
// patterns) and a writer that puts the whole site in OUTDIR at once, or nothing.
//
// Layout, relative to OUTDIR:
//   index.html, search.html, search-index.js, style.css, .kiv-site (the marker)
//   SERIES/EDITION/LANG.html          an edition in one language (its latest revision)
//   SERIES/EDITION/rev-N/LANG.html    an earlier revision N of it
//   SERIES/EDITION/rev-N-M.html       revision N -> M of an edition
//   SERIES/diff/FROM_TO.html          consecutive editions FROM -> TO
//   SERIES/timeline/KEY.html          one item's lineage
//   SERIES/matrix.html, SERIES/stats.html

#include <cstdio>
#include <filesystem>
#include <set>
#include <string>
#include <string_view>

namespace kiv::cli::site {

// Paths of the pages, relative to OUTDIR, '/'-separated. Each throws Error{input} naming the
// value when an id, language or revision does not match its pattern (kiv/ids.hpp), so that
// nothing but checked names ever becomes a path.
std::string edition_path(std::string_view series, std::string_view edition, std::string_view lang);
// SERIES/EDITION/attachments/SHA256: the bytes of an attachment of the edition, named by their
// SHA-256 (64 lowercase hexadecimal digits, checked), never by the name it was attached under.
std::string attachment_file_path(std::string_view series, std::string_view edition,
                                 std::string_view sha256);
// SERIES/EDITION/rev-N/NAME: a file kept with revision N (its source, its canonical JSON);
// `name` is kiv's own (source.pdf, edition.json), never a file name from the store.
std::string revision_file_path(std::string_view series, std::string_view edition, int revision,
                               std::string_view name);
std::string revision_path(std::string_view series, std::string_view edition, int revision,
                          std::string_view lang);
std::string revision_diff_path(std::string_view series, std::string_view edition, int from, int to);
std::string diff_path(std::string_view series, std::string_view from, std::string_view to);
std::string timeline_path(std::string_view series, std::string_view key);
std::string matrix_path(std::string_view series);
std::string stats_path(std::string_view series);
std::string flow_path(std::string_view series);

// The link from a page `depth` directories below OUTDIR to `path` (relative to OUTDIR):
// "../../" + path for depth 2. Links are always relative, so that the site works from a file
// system and from any path of a web server.
std::string link_from(int depth, std::string_view path);
// How many directories below OUTDIR the page at `path` is.
int depth_of(std::string_view path);

inline constexpr const char* kMarkerName = ".kiv-site";

class SiteWriter {
 public:
  // Takes OUTDIR, which must not exist, or be an empty directory, or hold a site kiv wrote
  // before (its marker file .kiv-site): anything else is refused with Error{input} naming it
  // and what was expected, and left untouched. Creates a temporary sibling directory
  // (OUTDIR's parent is created when missing) where the files are written until commit().
  explicit SiteWriter(std::filesystem::path outdir);
  ~SiteWriter();  // removes the temporary directory unless committed
  SiteWriter(const SiteWriter&) = delete;
  SiteWriter& operator=(const SiteWriter&) = delete;

  // Writes `bytes` to `path` (relative to OUTDIR, names of [a-z0-9._-] separated by '/'),
  // creating its directories. Throws Error{input} when the path is malformed or was written
  // already (an edition id that clashes with the layout, e.g. an edition named "timeline"),
  // and when the file cannot be written.
  void write(std::string_view path, std::string_view bytes);

  std::size_t files() const { return written_.size(); }
  std::size_t pages() const { return pages_; }  // the .html files among them

  // Writes the marker, then puts the site in OUTDIR's place: a previous site is removed, an
  // empty directory replaced. Throws Error{input} when that fails; OUTDIR is then as before.
  void commit();

  const std::filesystem::path& outdir() const { return outdir_; }

 private:
  void make_directories(std::string_view directory);

  std::filesystem::path outdir_;
  std::filesystem::path temp_;
  bool replaces_site_ = false;
  bool committed_ = false;
  std::set<std::string, std::less<>> written_;
  std::set<std::string, std::less<>> directories_;
  std::size_t pages_ = 0;
};

}  // namespace kiv::cli::site
