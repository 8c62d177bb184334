#pragma once
// Shortcuts for tests of the document importers.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "kiv/document.hpp"
#include "kiv/edition.hpp"
#include "kiv/error.hpp"

namespace kiv::test {

// Reads `bytes` as a document of `format` named `path`, without overrides.
inline DocumentReading read_as(DocumentFormat format, const std::string& bytes,
                               const std::string& path = "note.txt",
                               const DocumentOverrides& overrides = {}) {
  return read_document(bytes, path, format, overrides);
}

// The message of the Error{input} that reading `bytes` throws; "no error" when it reads.
inline std::string reading_error(DocumentFormat format, const std::string& bytes,
                                 const std::string& path, const DocumentOverrides& overrides = {}) {
  try {
    read_document(bytes, path, format, overrides);
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::input) << error.what();
    return error.what();
  }
  return "no error";
}

// The titles of `items` in `lang`, in rank order.
inline std::vector<std::string> titles(const std::vector<Item>& items, const std::string& lang) {
  std::vector<std::string> result;
  for (const Item& item : items) result.push_back(text_in(item.title, lang));
  return result;
}

}  // namespace kiv::test
