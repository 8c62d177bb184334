// revision.json (revision_record.hpp): what each revision records of its document.

#include "revision_record.hpp"

#include <gtest/gtest.h>

#include "kiv/error.hpp"

namespace kiv {
namespace {

RevisionInfo recorded() {
  RevisionInfo revision;
  revision.series = "kiv";
  revision.edition = "2022-2024";
  revision.revision = 2;
  revision.source_name = "KIV_22-24_FR.html";
  revision.source_sha256 = std::string(64, 'a');
  revision.document_languages = {"fr"};
  revision.media_type = "text/html";
  revision.source_size = 2255;
  revision.kiv_version = "0.1.0";
  return revision;
}

TEST(RevisionRecord, TheDocumentIsWrittenAndReadBack) {
  const std::string json = revision_record_json(recorded());
  EXPECT_NE(json.find("\"document\": {\n    \"languages\": [\n      \"fr\"\n    ],\n"
                      "    \"media_type\": \"text/html\",\n    \"size\": 2255,\n"
                      "    \"kiv_version\": \"0.1.0\"\n  }"),
            std::string::npos)
      << json;
  RevisionInfo read;
  read_revision_record(json, "kiv/2022-2024/revision.json", read);
  EXPECT_EQ(read.document_languages, std::vector<std::string>{"fr"});
  EXPECT_EQ(read.media_type, "text/html");
  EXPECT_EQ(read.source_size, 2255);
  EXPECT_EQ(read.kiv_version, "0.1.0");
  EXPECT_EQ(read.revision, 2);
}

TEST(RevisionRecord, ARecordWrittenBeforeDocumentsHasNone) {
  RevisionInfo old = recorded();
  old.document_languages.clear();
  old.media_type.clear();
  const std::string json = revision_record_json(old);
  EXPECT_EQ(json.find("document"), std::string::npos) << json;
  RevisionInfo read = recorded();  // fields left from an earlier read are cleared
  read_revision_record(json, "r.json", read);
  EXPECT_TRUE(read.document_languages.empty());
  EXPECT_TRUE(read.gave_language("nl"));
  EXPECT_EQ(read.media_type, "");
  EXPECT_EQ(read.source_size, -1);
}

TEST(RevisionRecord, AMalformedDocumentIsAStoreErrorNamingTheRecord) {
  std::string json = revision_record_json(recorded());
  json.replace(json.find("\"fr\""), 4, "\"FRA\"");
  try {
    RevisionInfo read;
    read_revision_record(json, "kiv/2022-2024/revision.json", read);
    FAIL() << "read";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::store);
    EXPECT_STREQ(error.what(),
                 "kiv/2022-2024/revision.json: malformed revision record (document: languages)");
  }
}

}  // namespace
}  // namespace kiv
