// kiv import: record notes in the store (canonical JSON, or documents as published: text,
// Markdown, HTML), one commit per new edition revision; or, with --dry-run, show what would be.

#include <fcntl.h>
#include <fmt/core.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <optional>
#include <utility>

#include "command.hpp"
#include "input_file.hpp"
#include "kiv/attachments.hpp"
#include "kiv/dates.hpp"
#include "kiv/error.hpp"
#include "kiv/ids.hpp"
#include "kiv/series.hpp"
#include "kiv/text.hpp"
#include "open_archive.hpp"
#include "output.hpp"
#include "progress.hpp"
#include "render/import_render.hpp"
#include "temp_store.hpp"

namespace kiv::cli {
namespace {

namespace fs = std::filesystem;

// "-" among the inputs: the note is read from standard input, and named "stdin".

// ".PDF" -> ".pdf".
std::string lowercase_extension(const fs::path& path) {
  return ascii_lowercase(path.extension().string());
}

// The extensions taken from a directory; files named one by one are taken whatever their name.
bool is_note_file(const fs::path& path) {
  static const char* const kExtensions[] = {".json", ".txt", ".md",  ".markdown",
                                            ".html", ".htm", ".pdf", ".docx"};
  return std::find(std::begin(kExtensions), std::end(kExtensions), lowercase_extension(path)) !=
         std::end(kExtensions);
}

bool is_hidden(const fs::path& path) { return path.filename().string().starts_with('.'); }

// Why a file of a directory is not imported: a word processor format kiv does not read, or any
// other file.
std::string skip_reason(const fs::path& path) {
  const std::string extension = lowercase_extension(path);
  if (extension == ".doc" || extension == ".odt" || extension == ".rtf") {
    return "a word processor format kiv does not read; save it as DOCX or PDF and import that";
  }
  return "not a note file (expected .json, .txt, .md, .html, .pdf or .docx)";
}

struct Inputs {
  std::vector<std::string> files;    // to import, in order
  std::vector<std::string> skipped;  // files of the directories that are not imported, why
};

// The files to import: each FILE as given, each DIR's note files (recursively, hidden ones
// skipped), sorted by path; the directories' other files, each with why it is not imported.
Inputs expand_inputs(const std::vector<std::string>& inputs) {
  Inputs expanded;
  std::vector<std::string>& files = expanded.files;
  if (std::count(inputs.begin(), inputs.end(), kStandardInput) > 1) {
    throw Error(ErrorKind::input, "'-' (standard input) can be given once only");
  }
  for (const std::string& input : inputs) {
    std::error_code error;
    if (input == kStandardInput || !fs::is_directory(input, error)) {
      files.push_back(input);
      continue;
    }
    std::vector<std::string> found;
    for (auto it = fs::recursive_directory_iterator(input, error); !error && it != fs::end(it);
         it.increment(error)) {
      if (is_hidden(it->path())) {
        if (it->is_directory()) it.disable_recursion_pending();
        continue;
      }
      if (!it->is_regular_file()) continue;
      if (is_note_file(it->path())) {
        found.push_back(it->path().string());
      } else {
        expanded.skipped.push_back(it->path().string() + ": skipped: " + skip_reason(it->path()));
      }
    }
    if (error)
      throw Error(ErrorKind::input, input + ": cannot read the directory: " + error.message());
    if (found.empty()) {
      throw Error(
          ErrorKind::input,
          input +
              ": no note files in the directory (expected .json, .txt, .md, .html, .pdf or .docx)" +
              (expanded.skipped.empty() ? "" : "; " + expanded.skipped.front()));
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  std::sort(expanded.skipped.begin(), expanded.skipped.end());
  return expanded;
}

// The name an input is known by in messages and as the recorded source: "stdin" for "-".
std::string input_name(const std::string& path) {
  return path == kStandardInput ? std::string(kStandardInputName) : path;
}

// "2022-03-31": the shape of an ISO date; the calendar is checked with the edition.
bool looks_like_iso_date(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  return true;
}

class ImportCommand : public ArchiveCommand {
 public:
  explicit ImportCommand(CLI::App& sub) {
    sub.add_option("FILE", inputs_,
                   "Files to import, or directories of them: canonical JSON (kiv-edition/1), or "
                   "the note as published, as PDF, DOCX, HTML, Markdown or text; '-' reads "
                   "standard input")
        ->required();
    sub.add_option("--format", format_,
                   "How to read the files (default: detected from the content, then the extension)")
        ->check(CLI::IsMember({"json", "text", "md", "html", "pdf", "docx"}))
        ->option_text("json|text|md|html|pdf|docx");
    sub.add_option("--series", prepare_.overrides.series,
                   "The series, when not detected (e.g. kiv)")
        ->option_text("ID");
    sub.add_option("--edition", prepare_.overrides.edition,
                   "The edition, when not detected (e.g. 2022-2024)")
        ->option_text("ID");
    sub.add_option("--lang", prepare_.overrides.lang, "The language of a document (nl, fr, de, en)")
        ->option_text("L");
    sub.add_option("--adopted", prepare_.overrides.adopted, "The adoption date of the note")
        ->option_text("YYYY-MM-DD");
    sub.add_option("--priorities-heading", prepare_.overrides.priority_headings,
                   "A heading that introduces the priorities in these documents, when kiv does not "
                   "know it (e.g. \"Strategische Ziele\"); may be given more than once")
        ->option_text("TEXT");
    sub.add_option("--themes-heading", prepare_.overrides.theme_headings,
                   "A heading that introduces the themes, when kiv does not know it")
        ->option_text("TEXT");
    sub.add_option("--source-url", prepare_.provenance.source_url, "Where the note was published")
        ->option_text("URL");
    sub.add_option("--retrieved", prepare_.provenance.retrieved, "When it was retrieved from there")
        ->option_text("YYYY-MM-DD");
    sub.add_option("--note", prepare_.provenance.note,
                   "A provenance note, recorded with the edition")
        ->option_text("TEXT");
    sub.add_option("--in-force-from", prepare_.in_force.from,
                   "The day the edition came into force (default: 1 January of its period's "
                   "first year)")
        ->option_text("YYYY-MM-DD");
    sub.add_option("--in-force-to", prepare_.in_force.to,
                   "The day its term ended (default: 31 December of its period's last year)")
        ->option_text("YYYY-MM-DD");
    sub.add_option("--extended-to", prepare_.in_force.extended_to,
                   "The day its term was extended to")
        ->option_text("YYYY-MM-DD");
    sub.add_option("--superseded-by", prepare_.in_force.superseded_by,
                   "The edition of the same series that replaced it (e.g. 2025-2028)")
        ->option_text("EDITION");
    sub.add_option("--attach", attach_to_,
                   "Keep the files as attachments of the edition REF names (fixity, listed by "
                   "show), not read for its items: a full note kiv cannot read, an annex")
        ->option_text("REF");
    sub.add_option(
        "--author", options_.author,
        "Who imports, as \"Name <email>\" (default: $KIV_AUTHOR, else kiv <kiv@localhost>)");
    sub.add_option("-m,--message", options_.message,
                   "The commit message (default: \"Import SERIES/EDITION revision N from FILE\")");
    sub.add_flag("-n,--dry-run", options_.dry_run,
                 "Show what would be recorded (metadata, items, keys, the diff with the previous "
                 "edition) and write nothing");
    sub.add_flag("--fail-fast", options_.fail_fast, "Stop at the first file that fails");
    sub.add_flag("--replace,--drop-languages", options_.replace,
                 "Record a JSON edition even when it lacks languages its latest revision has or "
                 "is an earlier revision as it was (refused otherwise: nothing is lost without "
                 "a word)");
  }

  int run(const Globals& globals) override {
    check_options();
    if (!attach_to_.empty()) return attach(globals);
    // The series the store describes are read with its documents (kiv series add).
    if (Archive::exists(globals.store_path())) {
      for (SeriesRecord& record : described_series(open_archive(globals).index()))
        prepare_.overrides.described_series.push_back(std::move(record.description));
    }
    const Inputs inputs = expand_inputs(inputs_);
    const std::vector<std::string>& paths = inputs.files;
    for (const std::string& skipped : inputs.skipped) print_note(skipped);
    Progress progress = Progress::detect(stderr);
    std::size_t failed = 0;
    std::vector<ImportedFile> shown;  // each file given to the import, for the report
    // Files are read as the import records them, one ahead on a second thread, so that a batch
    // of any size holds two files at a time.
    PreparedAhead ahead(
        paths.size(),
        [&](std::size_t i) {
          return ImportFile{input_name(paths[i]), read_input_file(paths[i])};
        },
        prepare_);
    // The next file that reads and validates; those that do not are reported and skipped.
    const auto prepare_next = [&]() -> std::optional<PreparedImport> {
      while (!ahead.done() && !(options_.fail_fast && failed > 0)) {
        progress.update("importing", ahead.taken(), paths.size(), paths[ahead.taken()]);
        try {
          PreparedImport file = ahead.take();
          shown.push_back({file.path, file.reading});
          return file;
        } catch (const Error& error) {
          if (error.kind() != ErrorKind::input) throw;
          progress.clear();
          print_error(error.what());
          ++failed;
        }
      }
      progress.update("importing", ahead.taken(), paths.size());
      return std::nullopt;
    };
    // The store is opened, or created, only once a file is ready to be recorded.
    std::optional<PreparedImport> first = prepare_next();
    std::vector<ImportResult> results;
    if (first) {
      results = record(globals, [&]() -> std::optional<PreparedImport> {
        if (first) return std::exchange(first, std::nullopt);
        return prepare_next();
      });
    }
    progress.clear();
    const Style style = Style::detect(stdout);
    for (const ImportResult& result : results) {
      if (const auto* failure = std::get_if<ImportFailed>(&result)) {
        print_error(failure->error);
        ++failed;
      }
    }
    print(options_.dry_run ? render_import_preview(shown, results, style)
                           : render_import_results(shown, results, style));
    if (paths.size() > 1 || options_.dry_run || !inputs.skipped.empty()) {
      print(render_import_summary(paths.size(), results, failed, inputs.skipped.size(),
                                  options_.dry_run, style));
    }
    return failed > 0 ? kExitUsage : kExitSuccess;
  }

 private:
  // --attach: each file kept with the edition, one commit each; a file that fails is reported
  // and the others are kept.
  int attach(const Globals& globals) {
    if (prepare_.format || !prepare_.overrides.series.empty() ||
        !prepare_.overrides.edition.empty() || !prepare_.overrides.lang.empty() ||
        !prepare_.overrides.adopted.empty() || !prepare_.in_force.empty() ||
        !prepare_.overrides.priority_headings.empty() ||
        !prepare_.overrides.theme_headings.empty() || options_.dry_run || options_.replace) {
      throw Error(ErrorKind::input,
                  "--attach keeps files as they are: --format, --series, --edition, --lang, "
                  "--adopted, the in-force and heading options, --dry-run and --replace apply to "
                  "notes read for their items");
    }
    const Ref edition = parse_ref(attach_to_);
    if (edition.revision) {
      throw Error(ErrorKind::input, "--attach " + attach_to_ +
                                        ": attachments belong to an edition, not to one of its "
                                        "revisions; name it without @N");
    }
    Archive archive = open_archive(globals);
    std::size_t failed = 0;
    for (const std::string& path : inputs_) {
      try {
        const Attachment attachment =
            kiv::attach(archive, edition, input_name(path), read_input_file(path),
                        prepare_.provenance, options_.author, options_.message);
        note_index_behind(archive);
        print(fmt::format("attached {} to {}/{} (sha256 {}, {} bytes)\n", attachment.name,
                          attachment.series, attachment.edition, attachment.sha256,
                          attachment.size));
      } catch (const Error& error) {
        if (error.kind() != ErrorKind::input) throw;
        print_error(error.what());
        ++failed;
        if (options_.fail_fast) break;
      }
    }
    return failed > 0 ? kExitUsage : kExitSuccess;
  }

  void check_options() {
    if (!options_.author.empty() && !is_valid_author(options_.author)) {
      throw Error(ErrorKind::input,
                  "--author '" + options_.author + "': expected \"Name <email>\"");
    }
    if (!prepare_.provenance.retrieved.empty() &&
        !looks_like_iso_date(prepare_.provenance.retrieved)) {
      throw Error(ErrorKind::input, "--retrieved '" + prepare_.provenance.retrieved +
                                        "': expected a date YYYY-MM-DD");
    }
    for (const auto& [option, value] :
         {std::pair{"--in-force-from", &prepare_.in_force.from},
          std::pair{"--in-force-to", &prepare_.in_force.to},
          std::pair{"--extended-to", &prepare_.in_force.extended_to}}) {
      if (!value->empty() && !is_iso_date(*value)) {
        throw Error(ErrorKind::input, std::string(option) + " '" + *value +
                                          "': expected a date YYYY-MM-DD that exists");
      }
    }
    if (const std::string& successor = prepare_.in_force.superseded_by;
        !successor.empty() && !is_valid_id(successor)) {
      throw Error(ErrorKind::input,
                  "--superseded-by '" + successor + "': expected an edition id such as 2025-2028");
    }
    if (!format_.empty()) prepare_.format = parse_document_format(format_);
  }

  // Records the files; a dry run works against the store when there is one, else against an
  // empty one made for the occasion, and writes nothing to either.
  std::vector<ImportResult> record(const Globals& globals, const Archive::ImportSource& next) {
    if (!options_.dry_run) {
      Archive archive = open_or_create_archive(globals);
      std::vector<ImportResult> results = archive.import(next, options_);
      note_index_behind(archive);
      return results;
    }
    if (Archive::exists(globals.store_path())) {
      Archive archive = open_archive(globals);
      return archive.import(next, options_);
    }
    TempStore empty;
    return empty.archive().import(next, options_);
  }

  std::vector<std::string> inputs_;
  std::string attach_to_;
  std::string format_;
  PrepareOptions prepare_;
  ImportOptions options_;
};

}  // namespace

std::unique_ptr<ArchiveCommand> add_import_command(CLI::App& app) {
  CLI::App* sub = app.add_subcommand(
      "import", "Record notes in the store: JSON, PDF, DOCX, HTML, Markdown or text");
  sub->footer(
      "Each edition whose content is new becomes one git commit: revision 1 for a new edition, "
      "N+1 for a changed one; content identical to the latest revision records nothing. The "
      "original file is kept byte for byte, with its SHA-256, the importer and the time.\n\n"
      "A document (PDF, DOCX, HTML, Markdown, text) is read for its priorities and themes (a "
      "list after a heading that names them, or the sections of a chapter that does) and for its "
      "series, edition, language and adoption date; give what is not detected with --series, "
      "--edition, --lang, --adopted. A document in another language of an edition in the store "
      "adds that language to the same items, as a new revision.\n\n"
      "Each file stands on its own: one that fails is reported and the others are recorded; the "
      "exit status is then 2. A progress bar shows on a terminal.\n\n"
      "Examples:\n"
      "  kiv import editions/kiv/2016-2019.json editions/kiv/2022-2024.json\n"
      "  kiv import --dry-run kiv-2022-2024.nl.txt\n"
      "  kiv import KIV_22-24_NL.pdf\n"
      "  curl -s https://example.org/kiv.html | kiv import - --format html --lang nl\n"
      "  kiv import KIV_22-24_FR.html --source-url https://example.org/ncsi --retrieved "
      "2026-11-24\n"
      "  kiv import notes/ --fail-fast\n"
      "  kiv import --attach kiv/2022-2024 KIV_22-24_bijlage.pdf --source-url "
      "https://example.org/kiv/bijlage.pdf\n"
      "  kiv export kiv/2016-2019 -o e.json && kiv import e.json --extended-to 2021-12-31\n"
      "  kiv import page.txt --series kiv --edition 2025-2028 --lang nl --adopted 2025-06-30\n"
      "  kiv import corrected.json --author \"An Archivist <an@example.org>\" "
      "-m \"Fix the title of priority 5\"");
  return std::make_unique<ImportCommand>(*sub);
}

}  // namespace kiv::cli
