#pragma once
// Reading framework notes as archivists receive them (plain text, Markdown, HTML, and the PDF
// and DOCX files they are published as) into
// editions. A document yields one edition in one language: its priorities and themes (found by
// the headings or sentences that introduce them, in nl, fr, de and en), and its metadata
// (series, edition period, language, adoption date), each detected from the text and the file
// name unless the caller gives it. Pure functions: no I/O, no store.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiv/edition.hpp"
#include "kiv/series.hpp"

namespace kiv {

enum class DocumentFormat { json, text, markdown, html, pdf, docx };

// "json", "text", "md", "html", "pdf", "docx".
std::string_view document_format_name(DocumentFormat format) noexcept;
// The media type of a format: "application/json", "text/plain", "text/markdown",
// "text/html", "application/pdf", "application/vnd.openxmlformats-officedocument.
// wordprocessingml.document".
std::string_view document_media_type(DocumentFormat format) noexcept;

// The format a name ("json", "text", "txt", "md", "markdown", "html", "pdf", "docx") stands
// for, else nullopt.
std::optional<DocumentFormat> parse_document_format(std::string_view name) noexcept;

// The format of a file, from its content first (a PDF's "%PDF-" signature, a ZIP archive holding
// word/document.xml, a JSON object with a "format" field, HTML markup), then its extension
// (.json, .md/.markdown, .html/.htm, .pdf, .docx, anything else: text).
DocumentFormat detect_document_format(std::string_view path, std::string_view bytes);

// Values given by the user; each one, when not empty, replaces what would be detected (and
// must be valid: an id, a language code, a real ISO date).
struct DocumentOverrides {
  std::string series;   // id, e.g. "kiv"
  std::string edition;  // id, e.g. "2022-2024"
  std::string lang;     // two lowercase letters
  std::string adopted;  // ISO date
  // Headings kiv does not know that introduce a section in this document (a zonal plan's
  // "Strategische Ziele"), beside the built-in ones; compared as the built-in ones are (case
  // folded, without diacritics), as whole words anywhere in a heading or in the last sentence
  // of a paragraph ending in ':'.
  std::vector<std::string> priority_headings;
  std::vector<std::string> theme_headings;
  // The series the store describes (kiv series add): their names tell a document's series and
  // edition, and their headings introduce sections, beside kiv's own.
  std::vector<SeriesDescription> described_series;
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

// Reads a text, Markdown, HTML, PDF or DOCX document; `path` names it in messages and its base name
// (without its extension) is a source of metadata (e.g. KIV_22-24_NL.html). A byte-order mark and
// CRLF line ends are accepted.
//
// Sections: a section is the first list after its introduction: a heading, or a short line
// standing alone, that names it ("Beleidsprioriteiten", "Défis", "Herausforderungen", "Policy
// priorities", ...), or a paragraph ending in ':' whose last sentence names it ("... worden
// beschouwd als beleidsprioriteiten:"); words compare case-folded, without diacritics.
// Paragraphs may stand between an introduction and its list, a heading may not. Items rank in
// document order; their titles keep what is written (typographic quotes too) but with spaces
// collapsed (no-break spaces included) and without a final ';', ',' or '.'; nested lists
// become subtopics. Numbered items must run 1, 2, 3... as written. An item's key may be given
// at the end of its text as "{#KEY}" ("cybercrime en cyber security {#cybercrime}"), unique in
// its section; items without one get theirs on import (kiv/keys.hpp). Chapter structure: when an
// introducing heading is followed, before any list, by a deeper heading, the section's items
// are the headings at that depth up to the next heading as high as the introduction (a full
// note: "3. Beleidsprioriteiten", then "3.1. Radicalisering ..." with pages of text); their
// numbers ("3.1.") are not part of the title, and their last parts must run 1, 2, 3...
//
// PDF (read by poppler): the printed page's layout gives the blocks: headings by type size and
// weight, lists by their marks, wrapped lines and hanging indents joined, running headers and
// footers, page numbers and contents lines dropped (rules in document/pdf_layout.hpp); places
// are "page P, line L". DOCX (read by libzip and libxml2): paragraphs by their styles
// (headings, list paragraphs with their numbering), as the word processor shows them.
//
// Metadata: the edition id comes from the file name, else the first period beside the series'
// name ("KIV 2022-2024", "Kadernota Integrale Veiligheid 22-24", "KIV_22-24_NL"), else the first
// period written with four-digit years; the language from the file name (_NL, .fr., -de), else
// the function words of the text; the adoption date from a line with an adoption word
// (goedgekeurd, adoptée, genehmigt, approved, ...) or the line after it, else the first date
// outside URLs. No date: `adopted` stays empty with a warning.
//
// Throws Error{input} naming the file and what was expected: "PATH: no section of priorities
// or themes found (expected a heading such as 'Beleidsprioriteiten' or 'Uitdagingen', or a
// sentence ending in ':' that names one, ...)", or "PATH:LINE: ..." where a line is known
// ("PATH:12: expected item 4, found 5"); a value that cannot be detected is asked for by its
// option ("... give it with --edition"), a malformed override is named by its option
// ("--adopted: '2022-02-30' is not a date ..."). Empty, binary and invalid UTF-8 input are
// errors, and so are lists nested more than 64 levels deep; a PDF that is damaged, protected
// by a password or holds no text (a scan), and a DOCX that is no word processing document.
// Throws Error{input} for DocumentFormat::json: canonical JSON is read by parse_edition.
DocumentReading read_document(std::string_view bytes, std::string_view path, DocumentFormat format,
                              const DocumentOverrides& overrides);

}  // namespace kiv
