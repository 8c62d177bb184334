#pragma once
// Reading framework notes as archivists receive them (plain text, Markdown, HTML) into
// editions. A document yields one edition in one language: its priorities and themes (found by
// the headings or sentences that introduce them, in nl, fr, de and en), and its metadata
// (series, edition period, language, adoption date), each detected from the text and the file
// name unless the caller gives it. Pure functions: no I/O, no store.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiv/edition.hpp"

namespace kiv {

enum class DocumentFormat { json, text, markdown, html };

// "json", "text", "md", "html".
std::string_view document_format_name(DocumentFormat format) noexcept;
// The format a name ("json", "text", "txt", "md", "markdown", "html") stands for, else nullopt.
std::optional<DocumentFormat> parse_document_format(std::string_view name) noexcept;

// The format of a file, from its content first (a JSON object with a "format" field, HTML
// markup), then its extension (.json, .md/.markdown, .html/.htm, anything else: text).
DocumentFormat detect_document_format(std::string_view path, std::string_view bytes);

// Values given by the user; each one, when not empty, replaces what would be detected.
struct DocumentOverrides {
  std::string series;   // id, e.g. "kiv"
  std::string edition;  // id, e.g. "2022-2024"
  std::string lang;     // two lowercase letters
  std::string adopted;  // ISO date
};

// A value and where it came from, for people checking a dry run: e.g. {"2022-03-31", "text,
// line 47"}, {"nl", "file name"}, {"kiv", "--series"}. Empty value: not found.
struct Detected {
  std::string value;
  std::string origin;
};

struct DocumentReading {
  // The edition, valid in the canonical format: series, edition, title (the series' name in
  // the document's language and the edition id), period (when the edition id is one),
  // adopted, and the items in one language, ranked in document order, without keys.
  Edition edition;
  DocumentFormat format = DocumentFormat::text;
  Detected series;
  Detected edition_id;
  Detected lang;
  Detected adopted;
  std::vector<std::string> warnings;  // what people should check, e.g. "no themes section found"
};

// Reads a text, Markdown or HTML document; `path` names it in messages and its base name is a
// source of metadata (e.g. KIV_22-24_NL.html). Throws Error{input} naming the file and what was
// expected: "PATH: no section of priorities or themes found (expected a heading such as
// 'Beleidsprioriteiten' or 'Uitdagingen', or a sentence ending in ':' that names one)", or
// "PATH:LINE: ..." where a line is known; a value that cannot be detected is asked for by its
// option ("... give it with --edition"). Empty, binary and invalid UTF-8 input are errors.
// Throws Error{input} for DocumentFormat::json: canonical JSON is read by parse_edition.
DocumentReading read_document(std::string_view bytes, std::string_view path, DocumentFormat format,
                              const DocumentOverrides& overrides);

}  // namespace kiv
