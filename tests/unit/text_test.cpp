#include "kiv/text.hpp"

#include <gtest/gtest.h>

#include <random>

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

TEST(Text, ControlCharactersAreC0ButTabAndNewlineDelAndC1) {
  EXPECT_EQ(control_at("a\x1b", 1)->code, 0x1bU);
  EXPECT_FALSE(control_at("\t\n", 0));
  EXPECT_FALSE(control_at("\t\n", 1));
  EXPECT_EQ(control_at("\x7f", 0)->length, 1U);
  const auto c1 = control_at("\xc2\x9b", 0);  // CSI
  ASSERT_TRUE(c1);
  EXPECT_EQ(c1->code, 0x9bU);
  EXPECT_EQ(c1->length, 2U);
  EXPECT_FALSE(control_at("\xc2\xa0", 0));  // no-break space
}

TEST(Text, FindControlFindsTheFirstOneFromAPosition) {
  EXPECT_EQ(find_control("plain text\tand\nlines"), std::string_view::npos);
  EXPECT_EQ(find_control("caf\xc3\xa9 \xc2\xa0x\x07"), 9U);
  EXPECT_EQ(find_control("a\rb\x1b[2J", 0), 1U);
  EXPECT_EQ(find_control("a\rb\x1b[2J", 2), 3U);
  EXPECT_EQ(find_control("x\xc2\x85", 0), 1U);                  // NEL, C1
  EXPECT_EQ(find_control("x\xc2", 0), std::string_view::npos);  // cut before its second byte
  EXPECT_EQ(find_control("abc", 3), std::string_view::npos);
}

}  // namespace

// The eight-bytes-at-a-time scans give what a byte-by-byte scan gives, wherever the bytes that
// matter fall.
TEST(Text, WordAtATimeScansAreTheByteByteOnes) {
  std::mt19937 random(7);
  const std::string bytes =
      std::string("abcXYZ ~09\t\n\x1f\x7f\x80\xbf\xc2\x85\xa0\xc3\xa9\xe2\x80\x93\x1b\x20\x21", 28);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const std::size_t size = random() % 40;
    for (std::size_t k = 0; k < size; ++k)
      text += random() % 3 == 0 ? bytes[random() % bytes.size()]
                                : static_cast<char>('a' + random() % 26);
    std::size_t points = 0;
    for (const char c : text) points += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U ? 1 : 0;
    ASSERT_EQ(count_code_points(text), points) << testing::PrintToString(text);
    const std::size_t from = text.empty() ? 0 : random() % text.size();
    std::size_t control = std::string_view::npos;
    for (std::size_t at = from; at < text.size() && control == std::string_view::npos; ++at) {
      if (control_at(text, at)) control = at;
    }
    ASSERT_EQ(find_control(text, from), control)
        << testing::PrintToString(text) << " from " << from;
  }
}

}  // namespace kiv
