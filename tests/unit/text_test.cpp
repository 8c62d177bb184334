#include "kiv/text.hpp"

#include <gtest/gtest.h>

#include "source_location.hpp"

namespace kiv {
namespace {

TEST(Text, FindsTheFirstInvalidUtf8Byte) {
  EXPECT_FALSE(find_invalid_utf8("geïntegreerd").has_value());
  EXPECT_EQ(find_invalid_utf8("ab\xC3(cd"), 2U);
  EXPECT_EQ(find_invalid_utf8("\xED\xA0\x80"), 0U);  // an encoded surrogate
  EXPECT_EQ(find_invalid_utf8("x\xC0\xAF"), 1U);     // an overlong '/'
}

TEST(Text, NormalisesToNfc) {
  EXPECT_EQ(to_nfc("gei\xCC\x88ntegreerd"), "ge\xC3\xAFntegreerd");  // i + combining diaeresis
  EXPECT_EQ(to_nfc("already NFC: ï"), "already NFC: ï");
}

TEST(Text, NormalisesWhatLiesAboveTheFastPathToo) {
  EXPECT_EQ(to_nfc("\xC3\xAF"), "\xC3\xAF");                     // U+00EF stays: below U+0300
  EXPECT_EQ(to_nfc("\xE2\x84\xAB"), "\xC3\x85");                 // U+212B ANGSTROM SIGN -> U+00C5
  EXPECT_EQ(to_nfc("e\xCC\x81t\xC3\xA9"), "\xC3\xA9t\xC3\xA9");  // e + U+0301 -> U+00E9
}

TEST(Text, LineAndColumnCountCodePoints) {
  EXPECT_EQ(line_and_column("ab\ncd", 0), "1:1");
  EXPECT_EQ(line_and_column("ab\ncd", 4), "2:2");
  EXPECT_EQ(line_and_column("ïï\nx", 4), "1:3");
}

}  // namespace
}  // namespace kiv
