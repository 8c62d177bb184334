#pragma once
// A DOCX written by the tests themselves: a ZIP (libzip) of word/document.xml, and of
// word/styles.xml and word/numbering.xml when given, as word processors write them.

#include <zip.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace kiv::test {

inline constexpr const char* kWordNamespaceDeclaration =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

// The document part around `body` (w:p, w:tbl, ... elements).
inline std::string docx_document(const std::string& body) {
  return std::string(
             "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document ") +
         kWordNamespaceDeclaration + "><w:body>" + body + "</w:body></w:document>";
}

// A paragraph of one run of `text`, with paragraph properties `properties` (inside w:pPr).
inline std::string docx_paragraph(const std::string& text, const std::string& properties = "") {
  return "<w:p>" + (properties.empty() ? "" : "<w:pPr>" + properties + "</w:pPr>") +
         "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

// The bytes of a DOCX of `parts` (name, content).
inline std::string docx_bytes(const std::vector<std::pair<std::string, std::string>>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* archive = buffer == nullptr ? nullptr : zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (archive == nullptr) throw std::runtime_error("cannot make a zip in memory");
  zip_source_keep(buffer);
  for (const auto& [name, content] : parts) {
    zip_source_t* part = zip_source_buffer(archive, content.data(), content.size(), 0);
    if (part == nullptr || zip_file_add(archive, name.c_str(), part, ZIP_FL_ENC_UTF_8) < 0) {
      throw std::runtime_error("cannot add " + name);
    }
  }
  if (zip_close(archive) != 0) throw std::runtime_error("cannot write the zip");
  std::string bytes;
  if (zip_source_open(buffer) == 0) {
    char chunk[4096];
    zip_int64_t n = 0;
    while ((n = zip_source_read(buffer, chunk, sizeof chunk)) > 0) {
      bytes.append(chunk, static_cast<std::size_t>(n));
    }
    zip_source_close(buffer);
  }
  zip_source_free(buffer);
  zip_error_fini(&error);
  return bytes;
}

}  // namespace kiv::test
