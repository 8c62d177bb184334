// read_document: bytes -> checked text -> blocks (by format) -> sections and metadata -> a
// canonical edition.

#include "kiv/document.hpp"

#include <algorithm>
#include <array>

#include "document/blocks.hpp"
#include "document/encoding.hpp"
#include "document/metadata.hpp"
#include "document/sections.hpp"
#include "kiv/edition_format.hpp"
#include "kiv/error.hpp"
#include "kiv/text.hpp"
#include "source_location.hpp"

namespace kiv {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
// How far into a file the format detection looks for HTML markup.
constexpr std::size_t kMarkupWindow = 1024;
// A PDF's signature, which readers look for in the first kilobyte.
constexpr std::string_view kPdfSignature = "%PDF-";
constexpr std::size_t kPdfWindow = 1024;
// A DOCX is a ZIP archive (local file header signature) holding its text in this part.
constexpr std::string_view kZipSignature = "PK\x03\x04";
constexpr std::string_view kDocxPart = "word/document.xml";
// More control characters than one in this many bytes: binary, not text.
constexpr std::size_t kMaxControlShare = 10;
// The years the edition format allows in a period.
constexpr int kMinYear = 1800;
constexpr int kMaxYear = 2999;

std::string_view without_byte_order_mark(std::string_view bytes) {
  if (bytes.starts_with(kByteOrderMark)) bytes.remove_prefix(kByteOrderMark.size());
  return bytes;
}

bool is_control(unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
}

// The document's text: UTF-8 without a byte-order mark, neither empty nor binary.
std::string_view checked_text(std::string_view bytes, std::string_view path) {
  const std::string_view text = without_byte_order_mark(bytes);
  if (text.find_first_not_of(" \t\r\n\f") == std::string_view::npos) {
    document::fail_at(
        path, 0,
        "the file is empty (expected a framework note as text, Markdown, HTML, PDF or DOCX)");
  }
  const auto controls = static_cast<std::size_t>(std::count_if(
      text.begin(), text.end(), [](char c) { return is_control(static_cast<unsigned char>(c)); }));
  if (text.find('\0') != std::string_view::npos || controls * kMaxControlShare > text.size()) {
    document::fail_at(
        path, 0,
        "this is a binary file (expected a framework note as text, Markdown, HTML, PDF or DOCX)");
  }
  if (const auto invalid = find_invalid_utf8(text)) {
    throw Error(ErrorKind::input, std::string(path) + ":" + line_and_column(text, *invalid) +
                                      ": invalid UTF-8 (expected a text in UTF-8)");
  }
  return text;
}

document::Blocks blocks_of(std::string_view text, std::string_view path, DocumentFormat format) {
  switch (format) {
    case DocumentFormat::markdown:
      return document::read_markdown_blocks(text, path);
    case DocumentFormat::html:
      return document::read_html_blocks(text, path);
    case DocumentFormat::text:
    case DocumentFormat::json:
    case DocumentFormat::pdf:
    case DocumentFormat::docx:
      break;
  }
  return document::read_text_blocks(text);
}

std::vector<Item> items_of(const std::vector<document::FoundItem>& found, const std::string& lang) {
  std::vector<Item> items;
  items.reserve(found.size());
  for (const auto& item : found) {
    Item& added = items.emplace_back();
    added.rank = static_cast<int>(items.size());
    added.key = item.key;  // given in the document; else inherited or minted on import
    added.title = {{lang, item.title}};
    for (const auto& subtopic : item.subtopics) added.subtopics.push_back({{lang, subtopic}});
  }
  return items;
}

// The period an edition id such as "2022-2024" names.
std::optional<Period> period_of(std::string_view id) {
  const auto year = [&](std::size_t at) {
    int value = 0;
    for (std::size_t k = at; k < at + 4; ++k) {
      if (id[k] < '0' || id[k] > '9') return -1;
      value = value * 10 + (id[k] - '0');
    }
    return value;
  };
  if (id.size() != 9 || id[4] != '-') return std::nullopt;
  const int from = year(0);
  const int to = year(5);
  if (from < kMinYear || to > kMaxYear || from > to) return std::nullopt;
  return Period{from, to};
}

}  // namespace

namespace document {

std::string place_of(int line, int page) {
  if (page == kParagraphPlaces) return "paragraph " + std::to_string(line);
  const std::string at_line = "line " + std::to_string(line);
  return page > 0 ? "page " + std::to_string(page) + ", " + at_line : at_line;
}

void fail_at(std::string_view path, int line, const std::string& message, int page) {
  if (page != 0 && line > 0) {
    throw Error(ErrorKind::input, std::string(path) + ": " + place_of(line, page) + ": " + message);
  }
  throw Error(ErrorKind::input,
              std::string(path) + (line > 0 ? ":" + std::to_string(line) : "") + ": " + message);
}

namespace {

void add_entries_text(const std::vector<ListItem>& entries, std::string& text) {
  for (const ListItem& entry : entries) {
    text.append(entry.text).append("\n");
    add_entries_text(entry.children, text);
  }
}

}  // namespace

std::optional<std::string> binary_document_text(std::string_view bytes, std::string_view path) {
  const DocumentFormat format = detect_document_format("", bytes);
  if (format != DocumentFormat::pdf && format != DocumentFormat::docx) return std::nullopt;
  const Blocks blocks =
      format == DocumentFormat::pdf ? read_pdf_blocks(bytes, path) : read_docx_blocks(bytes, path);
  std::string text;
  for (const Block& block : blocks) {
    text.append(block.text).append("\n");
    add_entries_text(block.items, text);
  }
  return text;
}

}  // namespace document

std::string_view document_format_name(DocumentFormat format) noexcept {
  switch (format) {
    case DocumentFormat::json:
      return "json";
    case DocumentFormat::markdown:
      return "md";
    case DocumentFormat::html:
      return "html";
    case DocumentFormat::pdf:
      return "pdf";
    case DocumentFormat::docx:
      return "docx";
    case DocumentFormat::text:
      break;
  }
  return "text";
}

std::string_view document_media_type(DocumentFormat format) noexcept {
  switch (format) {
    case DocumentFormat::json:
      return "application/json";
    case DocumentFormat::markdown:
      return "text/markdown";
    case DocumentFormat::html:
      return "text/html";
    case DocumentFormat::pdf:
      return "application/pdf";
    case DocumentFormat::docx:
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    case DocumentFormat::text:
      break;
  }
  return "text/plain";
}

std::optional<DocumentFormat> parse_document_format(std::string_view name) noexcept {
  if (name == "json") return DocumentFormat::json;
  if (name == "text" || name == "txt") return DocumentFormat::text;
  if (name == "md" || name == "markdown") return DocumentFormat::markdown;
  if (name == "html") return DocumentFormat::html;
  if (name == "pdf") return DocumentFormat::pdf;
  if (name == "docx") return DocumentFormat::docx;
  return std::nullopt;
}

DocumentFormat detect_document_format(std::string_view path, std::string_view bytes) {
  if (bytes.substr(0, kPdfWindow).find(kPdfSignature) != std::string_view::npos) {
    return DocumentFormat::pdf;
  }
  if (bytes.starts_with(kZipSignature) && bytes.find(kDocxPart) != std::string_view::npos) {
    return DocumentFormat::docx;
  }
  // UTF-16: the beginning decoded, which is all the markup test reads.
  std::optional<std::string> decoded;
  try {
    decoded = document::decoded_utf16(bytes.substr(0, 2 * kMarkupWindow + 2), path);
  } catch (const Error&) {
    decoded = "";  // a character cut at the window's end, or a malformed one: read_document says
  }
  if (decoded) bytes = *decoded;
  const std::string_view text = without_byte_order_mark(bytes);
  const std::size_t start = std::min(text.find_first_not_of(" \t\r\n"), text.size());
  if (text.substr(start).starts_with('{') && text.find("\"format\"") != std::string_view::npos) {
    return DocumentFormat::json;
  }
  const std::string head = ascii_lowercase(text.substr(start, kMarkupWindow));
  constexpr std::array<std::string_view, 10> kMarkup = {
      "<!doctype html", "<html", "<head", "<body", "<ol>", "<ol ", "<ul>", "<ul ", "<p>", "<p "};
  if (std::any_of(kMarkup.begin(), kMarkup.end(), [&](std::string_view markup) {
        return head.find(markup) != std::string::npos;
      })) {
    return DocumentFormat::html;
  }
  const std::string lower_path = ascii_lowercase(path);
  const auto has_extension = [&](std::string_view extension) {
    return lower_path.ends_with(extension);
  };
  if (has_extension(".json")) return DocumentFormat::json;
  if (has_extension(".md") || has_extension(".markdown")) return DocumentFormat::markdown;
  if (has_extension(".html") || has_extension(".htm")) return DocumentFormat::html;
  if (has_extension(".pdf")) return DocumentFormat::pdf;
  if (has_extension(".docx")) return DocumentFormat::docx;
  return DocumentFormat::text;
}

DocumentReading read_document(std::string_view bytes, std::string_view path, DocumentFormat format,
                              const DocumentOverrides& overrides) {
  if (format == DocumentFormat::json) {
    document::fail_at(
        path, 0, "a JSON edition is imported as it is (parse_edition), not read as a document");
  }
  document::Blocks blocks;
  if (format == DocumentFormat::pdf) {
    blocks = document::read_pdf_blocks(bytes, path);
  } else if (format == DocumentFormat::docx) {
    blocks = document::read_docx_blocks(bytes, path);
  } else {
    // The source kept is `bytes`; the readers take them decoded, with \n line ends.
    std::string storage;
    blocks =
        blocks_of(checked_text(document::reader_text(bytes, path, storage), path), path, format);
  }
  // The headings of every series the store describes count beside the given ones: which
  // series the document is, is told by its names, after its sections are found.
  std::vector<std::string> priority_headings = overrides.priority_headings;
  std::vector<std::string> theme_headings = overrides.theme_headings;
  for (const SeriesDescription& described : overrides.described_series) {
    for (const auto& [lang, headings] : described.priority_headings)
      priority_headings.insert(priority_headings.end(), headings.begin(), headings.end());
    for (const auto& [lang, headings] : described.theme_headings)
      theme_headings.insert(theme_headings.end(), headings.begin(), headings.end());
  }
  document::FoundSections sections =
      document::find_sections(blocks, path, {priority_headings, theme_headings});
  if (!sections.priorities && !sections.themes) {
    document::fail_at(
        path, 0,
        "no section of priorities or themes found (expected a heading such as "
        "'Beleidsprioriteiten' or 'Uitdagingen', or a sentence ending in ':' that names one, "
        "followed by a list; name other headings with --priorities-heading or "
        "--themes-heading)");
  }
  document::Metadata metadata = document::detect_metadata(blocks, path, overrides);

  DocumentReading reading;
  reading.format = format;
  const std::string& lang = metadata.lang.value;
  Edition& edition = reading.edition;
  edition.series = metadata.series.value;
  edition.edition = metadata.edition_id.value;
  edition.title = {{lang, document::edition_title(edition.series, edition.edition, lang,
                                                  overrides.described_series)}};
  edition.period = period_of(edition.edition);
  edition.adopted = metadata.adopted.value;
  if (sections.priorities) edition.priorities = items_of(*sections.priorities, lang);
  if (sections.themes) edition.themes = items_of(*sections.themes, lang);
  reading.edition = parse_edition(to_canonical_json(edition), path);

  reading.series = std::move(metadata.series);
  reading.edition_id = std::move(metadata.edition_id);
  reading.lang = std::move(metadata.lang);
  reading.adopted = std::move(metadata.adopted);
  if (!sections.priorities) reading.warnings.emplace_back("no priorities section found");
  if (!sections.themes) reading.warnings.emplace_back("no themes section found");
  reading.warnings.insert(reading.warnings.end(), sections.warnings.begin(),
                          sections.warnings.end());
  reading.warnings.insert(reading.warnings.end(), metadata.warnings.begin(),
                          metadata.warnings.end());
  return reading;
}

}  // namespace kiv
