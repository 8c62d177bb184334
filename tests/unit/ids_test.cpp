#include "kiv/ids.hpp"

#include <gtest/gtest.h>

#include "kiv/error.hpp"

namespace kiv {
namespace {

TEST(Ids, AcceptsLowercaseLettersDigitsAndDashes) {
  EXPECT_TRUE(is_valid_id("kiv"));
  EXPECT_TRUE(is_valid_id("2022-2024"));
  EXPECT_TRUE(is_valid_id(std::string(64, 'a')));
}

TEST(Ids, RejectsWhatCouldEscapeAPathOrIsNotAnId) {
  for (const char* bad : {"", "-kiv", "Kiv", "kiv/x", "..", "a.b", "a b", "é"}) {
    EXPECT_FALSE(is_valid_id(bad)) << bad;
  }
  EXPECT_FALSE(is_valid_id(std::string(65, 'a')));
}

TEST(Ids, LanguageCodesAreTwoLowercaseLetters) {
  EXPECT_TRUE(is_valid_lang("nl"));
  EXPECT_FALSE(is_valid_lang("NL"));
  EXPECT_FALSE(is_valid_lang("nld"));
}

TEST(Ref, ParsesSeriesEditionAndRevision) {
  const Ref ref = parse_ref("kiv/2022-2024@2");
  EXPECT_EQ(ref.series, "kiv");
  EXPECT_EQ(ref.edition, "2022-2024");
  EXPECT_EQ(ref.revision, 2);
  EXPECT_EQ(ref.to_string(), "kiv/2022-2024@2");
}

TEST(Ref, SeriesAndRevisionAreOptional) {
  const Ref ref = parse_ref("2016-2019");
  EXPECT_EQ(ref.series, "");
  EXPECT_EQ(ref.edition, "2016-2019");
  EXPECT_FALSE(ref.revision.has_value());
}

TEST(Ref, RejectsMalformedReferencesWithTheExpectedForm) {
  for (const char* bad :
       {"", "kiv/", "kiv/../etc", "kiv/2022@0", "kiv/2022@x", "kiv/2022@", "a/b/c", "KIV/2022"}) {
    try {
      parse_ref(bad);
      ADD_FAILURE() << "accepted " << bad;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::input);
      EXPECT_NE(std::string(e.what()).find("SERIES/EDITION[@REVISION]"), std::string::npos);
    }
  }
}

}  // namespace
}  // namespace kiv
