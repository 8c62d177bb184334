#pragma once
// Importing notes: reading a file into an edition ready to record (prepare_import, which
// touches no store), and what Archive::import reports of each file it records.
//
// Terms:
//   canonical JSON   the edition format (kiv/edition_format.hpp), what the store records;
//   document         a note as published: text, Markdown or HTML (kiv/document.hpp). A
//                    document gives one language of an edition.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <future>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "kiv/diff.hpp"
#include "kiv/document.hpp"
#include "kiv/edition.hpp"
#include "kiv/index.hpp"

namespace kiv {

// One file to import: its bytes and the name it is known by (for messages and provenance).
struct ImportFile {
  std::string path;
  std::string bytes;
};

// How to read a file to import.
struct PrepareOptions {
  std::optional<DocumentFormat> format;  // empty: detect_document_format
  DocumentOverrides overrides;           // for documents; given for JSON: Error{input}
  Provenance provenance;                 // its non-empty fields replace the file's
  Validity in_force;                     // its non-empty fields replace the file's
};

// A file parsed, validated and ready to record. Making one reads and writes no store, so
// every problem with the input is found before a store is touched.
struct PreparedImport {
  std::string path;   // as given, for messages; its base name is recorded
  std::string bytes;  // the original bytes, recorded as the revision's source
  Edition edition;
  std::string canonical_json;
  std::string sha256;  // of `bytes`
  DocumentFormat format = DocumentFormat::json;
  std::optional<DocumentReading> reading;  // what was detected, for documents

  // A document (not canonical JSON) gives one language of an edition: imported over an
  // edition that has others, it adds its language to the same items (see Archive::import).
  bool adds_languages() const { return format != DocumentFormat::json; }
};

// The language the edition `recorded` from `file` is shown and compared in by a dry run: the
// document's own, else default_language of the edition.
inline std::string shown_language(const std::optional<DocumentReading>& reading,
                                  const Edition& recorded) {
  return reading ? reading->lang.value : default_language(recorded.languages());
}
inline std::string shown_language(const PreparedImport& file, const Edition& recorded) {
  return shown_language(file.reading, recorded);
}

// The largest file an import reads: a framework note is some kilobytes; a list of 100,000
// items some megabytes.
inline constexpr std::size_t kMaxImportBytes = 32u << 20;

// Reads `file` in its format (canonical JSON: parse_edition; text, Markdown, HTML:
// read_document) and applies the options. Throws Error{input} naming the file, also for a
// file larger than kMaxImportBytes.
PreparedImport prepare_import(ImportFile file, const PrepareOptions& options = {});

// Files read and prepared on a second thread, one ahead of the one taken: while an import
// records a file (Archive::import with an ImportSource), the next one is read, parsed and
// validated. prepare_import touches no store, so the two never meet; on a machine with two
// cores a bulk import takes the longer of the two instead of their sum. Holds at most two
// files at once.
class PreparedAhead {
 public:
  // `read(i)` gives file i of `count`; it is called in order, on the second thread, and what
  // it throws is thrown by take() in its place.
  PreparedAhead(std::size_t count, std::function<ImportFile(std::size_t index)> read,
                PrepareOptions options = {});
  ~PreparedAhead();  // waits for the file being prepared, if any
  PreparedAhead(const PreparedAhead&) = delete;
  PreparedAhead& operator=(const PreparedAhead&) = delete;

  std::size_t taken() const { return taken_; }  // files taken so far
  bool done() const { return taken_ == count_; }
  // File taken() (before the call), prepared, and starts on the one after. Throws what reading
  // or preparing it threw (Error{input} for a file that is not an edition); the next call
  // goes on with the file after it. Call only when !done().
  PreparedImport take();

 private:
  void start();

  std::size_t count_;
  std::function<ImportFile(std::size_t)> read_;
  PrepareOptions options_;
  std::size_t taken_ = 0;
  std::future<PreparedImport> ahead_;  // file taken_ being prepared, once started
};

// "PATH: 50.0 MB is more than a note can be; expected at most 32 MB".
std::string too_large_message(const std::string& path, std::uintmax_t size);

// True when `author` has the form "Name <email>".
bool is_valid_author(std::string_view author);

struct ImportOptions {
  std::string author;      // "Name <email>"; empty: $KIV_AUTHOR, else "kiv <kiv@localhost>"
  std::string message;     // commit message; empty: "Import SERIES/EDITION revision N from FILE"
  bool dry_run = false;    // work out every result, write nothing
  bool fail_fast = false;  // stop at the first file that fails
  // Record a canonical JSON edition even when it lacks languages its latest revision has, or
  // is an earlier revision as it was (recording it would undo what later revisions changed);
  // without it such a file is refused (Error{input} saying what would be lost), so that
  // nothing is lost without a word.
  bool replace = false;
  // Called after each file with the number of files done, when set.
  std::function<void(std::size_t done)> progress = {};
};

// What a dry run finds when it compares a file's edition with the edition before it.
struct ImportPreview {
  RevisionInfo previous;  // the edition compared with (its commit empty when this batch made it)
  // diff_editions of the two in `lang` with the series' curated links, as `kiv diff` of them
  // would show it: `lang` is the file's language (a document's; else default_language) when
  // both have it, else their common language (diff_language).
  std::optional<EditionDiff> diff;
  // Whether `previous` comes after the file's edition in the series (by period): the file is an
  // older edition than every one the store holds. The diff then goes from the file's edition to
  // it, as `kiv diff` of the two in the series' order shows it.
  bool later = false;
  std::string lang;
  std::string not_compared;  // when there is no diff: why (they have no language in common)
};

// What an import did with one file, one type per case, so that a field is read only where it
// means something: ImportCreated (a new edition, revision 1), ImportRevised (an existing
// edition with new content, revision N+1), ImportUnchanged (content identical to the latest
// revision: nothing recorded), ImportFailed (the file cannot be recorded; nothing of it is).
//
// `preview`: in a dry run, how the file compares with the edition
// before it: the same edition's latest revision, else the previous edition of the series as
// for key inheritance (for an edition older than all the store has, the last imported, then
// compared in the series' order: ImportPreview::later); none for a series' first edition, and
// none outside a dry run.
struct ImportRecorded {
  RevisionInfo revision;  // the new revision (its commit empty in a dry run)
  // In a dry run, what would be recorded: with keys, languages merged. After an import,
  // nullopt: a batch keeps none of what it recorded in memory; Index::load(revision) reads it.
  std::optional<Edition> edition;
  std::optional<ImportPreview> preview;
};
struct ImportCreated : ImportRecorded {};
struct ImportRevised : ImportRecorded {};
struct ImportUnchanged {
  RevisionInfo latest;  // the revision whose content the file repeats
};
struct ImportFailed {
  std::string path;   // the file, as given
  std::string error;  // the whole message, naming the file
};
using ImportResult = std::variant<ImportCreated, ImportRevised, ImportUnchanged, ImportFailed>;

// The case of a result, for a switch or a count.
enum class ImportOutcome { created, revised, unchanged, failed };  // in ImportResult's order
static_assert(std::is_same_v<std::variant_alternative_t<3, ImportResult>, ImportFailed> &&
              std::is_same_v<std::variant_alternative_t<2, ImportResult>, ImportUnchanged>);
inline ImportOutcome outcome_of(const ImportResult& result) {
  return static_cast<ImportOutcome>(result.index());
}

// The recorded revision of a created or revised result; nullptr for the others.
inline const ImportRecorded* recorded(const ImportResult& result) {
  if (const auto* created = std::get_if<ImportCreated>(&result)) return created;
  return std::get_if<ImportRevised>(&result);
}

}  // namespace kiv
