#pragma once
// The index of a store: what its git history holds, arranged for queries, in one SQLite file
// (STORE/index.sqlite). Every read of kiv is answered here: the editions, their revisions,
// their items (Index::load), the curated links (kiv/links.hpp), the full-text search
// (kiv/search.hpp) and the history (kiv/history.hpp). The index never reads git and never
// writes: an Archive (kiv/archive.hpp) keeps it in line with git, and an Index opened on its
// own is one that already is.
//
// Terms:
//   store      a directory holding `git/` (the history, the source of truth), `index.sqlite`
//              and `lock`; see kiv/archive.hpp.
//   current    an index is current when it reflects the commit git's branch main points at.
//   revision   one recorded state of an edition, numbered 1, 2, ... per edition; a REF names
//              one (kiv/ids.hpp), or an edition's latest.
//
// An Index is a read-only view: its members change nothing, and one that throws has read
// nothing that matters. Errors are kiv::Error (kiv/error.hpp).

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kiv/edition.hpp"
#include "kiv/ids.hpp"

namespace kiv {

class IndexDb;  // its implementation (core/src/index/)

struct RevisionInfo {
  std::string series;
  std::string edition;
  int revision = 0;           // 1, 2, ... per edition
  std::string commit;         // git commit id (hex) that recorded this revision
  std::string imported_at;    // ISO 8601 UTC, e.g. 2026-11-24T10:00:00Z
  std::string imported_by;    // "Name <email>"
  std::string message;        // the commit message
  std::string source_name;    // base name of the imported file
  std::string source_sha256;  // hex SHA-256 of the imported bytes
  // The rest of the document the revision was imported from (one per revision: the ingest
  // event). Revisions recorded before kiv kept these have them empty (-1 for the size).
  std::vector<std::string> document_languages;  // the languages it gave (sorted); empty: all
  std::string media_type;                       // "application/pdf", "text/html", ...
  std::int64_t source_size = -1;                // bytes
  std::string kiv_version;                      // of the kiv that imported it, e.g. "0.1.0"
  Provenance provenance;  // where the document came from (--source-url, --retrieved, --note)

  // Whether the document gave the revision's texts in `lang`.
  bool gave_language(const std::string& lang) const;

  std::string ref() const;  // "kiv/2022-2024@2"
};

// Among `revisions` of one edition, oldest first: the index of the latest one up to `upto`
// whose document gave `lang` (RevisionInfo::gave_language); `upto` when none did.
std::size_t document_revision(const std::vector<RevisionInfo>& revisions, std::size_t upto,
                              const std::string& lang);

struct EditionSummary {
  std::string series;
  std::string edition;
  LangText title;
  std::optional<Period> period;
  std::string adopted;
  Validity in_force;                   // as its latest revision records it
  std::vector<std::string> languages;  // sorted
  int priorities = 0;
  int themes = 0;
  RevisionInfo latest;
};

// The default store directory: $KIV_STORE, else ${XDG_DATA_HOME:-$HOME/.local/share}/kiv.
// Throws Error{store} when none of them is set.
std::filesystem::path default_store_path();

class Index {
 public:
  // The index of the store at `dir` when it is current (see Terms), which is told from git's
  // files without reading the history. nullopt when it is not (git is ahead, the index is
  // missing or was emptied by a migration, the branch cannot be read that way) or `dir` is no
  // store: Archive::open then catches it up, or says why. The index file is created or
  // migrated when needed, as by Archive::open, under the store lock. Throws Error{store} for
  // an index of a newer schema (left untouched) or one that cannot be read.
  static std::optional<Index> open_current(const std::filesystem::path& dir);

  Index(Index&&) noexcept;
  Index& operator=(Index&&) noexcept;
  ~Index();

  // The store directory.
  const std::filesystem::path& store_path() const;

  // Every edition, sorted by series, then period (editions without one last), then id. With
  // Listing::brief, for a listing that shows no more: the `latest` revision of each says its
  // series, edition and revision number only (its other members are left empty), and `title`
  // holds the title in the edition's default language (default_language of `languages`)
  // only; the rest is as with Listing::full. A brief listing costs one row per edition.
  enum class Listing { full, brief };
  std::vector<EditionSummary> list(Listing detail = Listing::full) const;
  // The store's series, sorted.
  std::vector<std::string> series() const;
  // Throws Error{not_found} unless the store holds the series `series`, naming those it holds:
  // "no series 'S' in the store; its series: a, b".
  void require_series(const std::string& series) const;
  // The series `requested` names (checked as require_series), or when it is empty the store's
  // only series. Throws Error{not_found} when the store is empty ("the store is empty; import
  // editions with 'kiv import FILE'"), and Error{input} when `requested` is empty and the
  // store holds several: "the store holds several series (a, b); " followed by `name_one` of
  // the first, which says how the caller names one ("name one with --series, e.g. --series a").
  std::string series_or_only(const std::string& requested,
                             const std::function<std::string(const std::string&)>& name_one) const;

  // The revision a REF names (its latest revision when the REF names none); a REF without a
  // series names the store's only series (series_or_only). Throws Error{not_found} naming the
  // editions or revisions that exist, Error{input} when the series is left out of a store of
  // several.
  RevisionInfo resolve(const Ref& ref) const;

  // Revisions, newest first: of one edition (up to the REF's revision when it names one), or
  // of the whole store when `ref` is empty. Error{not_found} as resolve.
  std::vector<RevisionInfo> log(const std::optional<Ref>& ref) const;

  // The edition a revision records, whole: its title, period, adoption date, provenance and
  // items (key, rank, title, description, subtopics) in every language, equal to what git
  // holds (Archive::load), so that to_canonical_json of it is the revision's canonical JSON.
  // Throws Error{not_found} when the index has no such revision.
  Edition load(const RevisionInfo& revision) const;

  // Where a revision's texts in `lang` come from: the latest revision up to `revision` whose
  // document gave that language (RevisionInfo::gave_language), its provenance with it. Each
  // document keeps its own: a page in another language, imported later, lends nothing to this
  // one. Throws as log.
  RevisionInfo document_of(const RevisionInfo& revision, const std::string& lang) const;

 private:
  friend class IndexDb;  // IndexDb::of: the library's modules reach the index through it
  friend class Archive;  // which opens, writes and replaces the index it keeps
  Index(std::filesystem::path store, std::unique_ptr<IndexDb> db);
  std::filesystem::path store_;
  std::unique_ptr<IndexDb> db_;
};

}  // namespace kiv
