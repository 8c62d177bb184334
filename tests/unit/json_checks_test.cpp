// The checks made on JSON before RapidJSON parses it (core/src/json_depth.hpp): half a UTF-16
// surrogate pair in a \u escape, which RapidJSON would decode into bytes that are no UTF-8.

#include <gtest/gtest.h>

#include "json_depth.hpp"
#include "kiv/edition_format.hpp"
#include "kiv/error.hpp"
#include "support/editions.hpp"

namespace kiv {
namespace {

TEST(JsonChecks, HalfASurrogatePairIsFoundAndAWholeOneIsNot) {
  EXPECT_EQ(find_lone_surrogate(R"({"a": "x\udc00"})"), 8U);         // a low half alone
  EXPECT_EQ(find_lone_surrogate(R"({"a": "\ud800x"})"), 7U);         // a high half alone
  EXPECT_EQ(find_lone_surrogate(R"({"a": "\ud800\u0041"})"), 7U);    // not followed by a low
  EXPECT_EQ(find_lone_surrogate(R"(["\ud800\udde5\uddD0"])"), 14U);  // a pair, then a low half
  EXPECT_EQ(find_lone_surrogate(R"({"a": "\ud83d\ude00 \u00e9"})"), std::nullopt);
  EXPECT_EQ(find_lone_surrogate(R"({"a": "\\udc00"})"), std::nullopt);  // an escaped backslash
  EXPECT_EQ(find_lone_surrogate(R"({"a": "\uDBFF\uDFFF"})"), std::nullopt);
  EXPECT_EQ(find_lone_surrogate(R"({"\udc00": 1})"), 2U);            // in a key too
  EXPECT_EQ(find_lone_surrogate(R"({"a": "\u12"})"), std::nullopt);  // the parser's to refuse
}

TEST(JsonChecks, ParseJsonRefusesHalfAPairNamingWhere) {
  rapidjson::Document document;
  try {
    parse_json(document, R"({"retrieved": "2022\udde5"})", "t/attachments.json", ErrorKind::store);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::store);
    EXPECT_EQ(std::string(e.what()),
              "t/attachments.json: not JSON (half a UTF-16 surrogate pair in a \\u escape at byte "
              "19)");
  }
  EXPECT_NO_THROW(parse_json(document, R"({"a": "\ud83d\ude00"})", "t", ErrorKind::store));
}

TEST(JsonChecks, AnEditionWithHalfAPairIsRefusedByLineAndColumn) {
  std::string json = test::read_file(test::bundled("kiv/2022-2024.json"));
  const std::string title = "\"nl\": \"leefmilieu\"";
  json.replace(json.find(title), title.size(), "\"nl\": \"leefmilieu\\udc00\"");
  try {
    parse_edition(json, "bad.json");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::input);
    EXPECT_NE(std::string(e.what()).find("bad.json:"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("half a UTF-16 surrogate pair"), std::string::npos)
        << e.what();
  }
}

}  // namespace
}  // namespace kiv
