// prepare_import: a file's bytes -> a validated edition ready to record, whatever its format.

#include <fmt/core.h>

#include <filesystem>

#include "archive/sha256.hpp"
#include "kiv/edition_format.hpp"
#include "kiv/error.hpp"
#include "kiv/import.hpp"
#include "kiv/text.hpp"

namespace kiv {
namespace {

bool any_override(const DocumentOverrides& overrides) {
  return !overrides.series.empty() || !overrides.edition.empty() || !overrides.lang.empty() ||
         !overrides.adopted.empty() || !overrides.priority_headings.empty() ||
         !overrides.theme_headings.empty();
}

bool any_field(const Provenance& provenance) {
  return !provenance.source_url.empty() || !provenance.retrieved.empty() ||
         !provenance.note.empty();
}

void replace_unless_empty(std::string& value, const std::string& given) {
  if (!given.empty()) value = given;
}

// The first control character of `text` (kiv/text.hpp's control_at), as U+XXXX with its place
// in code points; "" when there is none.
std::string first_control(std::string_view text) {
  const std::size_t at = find_control(text);
  if (at == std::string_view::npos) return "";
  return fmt::format("U+{:04X} at character {}", control_at(text, at)->code,
                     count_code_points(text.substr(0, at)) + 1);
}

// Refuses an edition whose texts hold control characters other than tab and newline: they
// would reach terminals and files as commands (an ESC sequence retitles a window or clears the
// screen), and no published note has them.
void require_plain_texts(const Edition& edition, const std::string& file) {
  const auto check_text = [&](const std::string& value, const std::string& where) {
    if (const std::string control = first_control(value); !control.empty()) {
      throw Error(ErrorKind::input, file + ": " + where + " holds the control character " +
                                        control + "; texts may hold tabs and newlines only");
    }
  };
  const auto check = [&](const LangText& text, const std::string& where) {
    for (const auto& [lang, value] : text) check_text(value, where + " (" + lang + ")");
  };
  check(edition.title, "the edition title");
  for (const Section section : kSections) {
    const std::string name(section == Section::priorities ? "priority" : "theme");
    for (const Item& item : edition.items(section)) {
      const std::string where = name + " " + std::to_string(item.rank);
      check(item.title, "the title of " + where);
      check(item.description, "the description of " + where);
      for (std::size_t s = 0; s < item.subtopics.size(); ++s) {
        check(item.subtopics[s], "subtopic " + std::to_string(s + 1) + " of " + where);
      }
    }
  }
  check_text(edition.provenance.source_url, "the source URL");
  check_text(edition.provenance.note, "the provenance note");
}

}  // namespace

std::string too_large_message(const std::string& path, std::uintmax_t size) {
  return fmt::format("{}: {:.1f} MB is more than a note can be; expected at most {} MB", path,
                     static_cast<double>(size) / 1e6, kMaxImportBytes >> 20);
}

PreparedImport prepare_import(ImportFile file, const PrepareOptions& options) {
  if (file.bytes.size() > kMaxImportBytes) {
    throw Error(ErrorKind::input, too_large_message(file.path, file.bytes.size()));
  }
  PreparedImport prepared;
  prepared.format =
      options.format ? *options.format : detect_document_format(file.path, file.bytes);
  if (prepared.format == DocumentFormat::json) {
    if (any_override(options.overrides)) {
      throw Error(ErrorKind::input, file.path +
                                        ": --series, --edition, --lang, --adopted and the "
                                        "heading options apply to documents (PDF, DOCX, HTML, "
                                        "Markdown, text); a canonical JSON file says them itself");
    }
    prepared.edition = parse_edition(file.bytes, file.path);
  } else {
    prepared.reading = read_document(file.bytes, file.path, prepared.format, options.overrides);
    prepared.edition = prepared.reading->edition;
  }
  if (any_field(options.provenance) || !options.in_force.empty()) {
    Provenance& provenance = prepared.edition.provenance;
    replace_unless_empty(provenance.source_url, options.provenance.source_url);
    replace_unless_empty(provenance.retrieved, options.provenance.retrieved);
    replace_unless_empty(provenance.note, options.provenance.note);
    Validity& in_force = prepared.edition.in_force;
    replace_unless_empty(in_force.from, options.in_force.from);
    replace_unless_empty(in_force.to, options.in_force.to);
    replace_unless_empty(in_force.extended_to, options.in_force.extended_to);
    replace_unless_empty(in_force.superseded_by, options.in_force.superseded_by);
    // Validated as the file's own values are: a bad --retrieved is named by its JSON path, as
    // is an --in-force-to before the recorded start.
    prepared.edition = parse_edition(to_canonical_json(prepared.edition), file.path);
  }
  require_plain_texts(prepared.edition, file.path);
  prepared.canonical_json = to_canonical_json(prepared.edition);
  prepared.sha256 = sha256_hex(file.bytes);
  prepared.path = std::move(file.path);
  prepared.bytes = std::move(file.bytes);
  return prepared;
}

}  // namespace kiv
