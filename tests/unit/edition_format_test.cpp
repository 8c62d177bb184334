#include "kiv/edition_format.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "kiv/error.hpp"
#include "support/temp_dir.hpp"

namespace kiv {
namespace {

const char* kMinimal = R"({
  "format": "kiv-edition/1", "series": "kiv", "edition": "2030-2033",
  "title": {"nl": "Kadernota 2030", "fr": "Note-cadre 2030"},
  "priorities": [
    {"rank": 2, "key": "drugs", "title": {"nl": "drugs", "fr": "drogues"}},
    {"rank": 1, "title": {"nl": "terrorisme", "fr": "terrorisme"},
     "description": {"nl": "uitleg"}, "subtopics": [{"nl": "a", "fr": "b"}]}
  ],
  "themes": []
})";

// The message of the input error parse_edition throws for `json`.
std::string error_for(const std::string& json) {
  try {
    parse_edition(json, "note.json");
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::input);
    return e.what();
  }
  ADD_FAILURE() << "accepted: " << json;
  return "";
}

std::string with(const std::string& from, const std::string& to) {
  std::string json = kMinimal;
  const auto at = json.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return json.replace(at, from.size(), to);
}

TEST(EditionFormat, ParsesEveryFieldAndOrdersItemsByRank) {
  const Edition edition = parse_edition(kMinimal, "note.json");
  EXPECT_EQ(edition.id(), "kiv/2030-2033");
  EXPECT_EQ(edition.languages(), (std::vector<std::string>{"fr", "nl"}));
  ASSERT_EQ(edition.priorities.size(), 2U);
  EXPECT_EQ(edition.priorities[0].rank, 1);
  EXPECT_EQ(text_in(edition.priorities[0].description, "nl"), "uitleg");
  EXPECT_EQ(edition.priorities[0].subtopics.size(), 1U);
  EXPECT_EQ(edition.priorities[1].key, "drugs");
  EXPECT_TRUE(edition.themes.empty());
}

TEST(EditionFormat, CanonicalJsonRoundTripsAndIsStable) {
  const Edition edition = parse_edition(kMinimal, "note.json");
  const std::string canonical = to_canonical_json(edition);
  EXPECT_EQ(to_canonical_json(parse_edition(canonical, "canonical.json")), canonical);
  EXPECT_EQ(canonical.back(), '\n');
  // Field order is fixed, languages sorted, items by rank.
  EXPECT_LT(canonical.find("\"format\""), canonical.find("\"series\""));
  EXPECT_LT(canonical.find("\"fr\""), canonical.find("\"nl\""));
  EXPECT_LT(canonical.find("terrorisme"), canonical.find("drugs"));
}

TEST(EditionFormat, BundledEditionsAreValid) {
  for (const char* name : {"kiv/2016-2019.json", "kiv/2022-2024.json"}) {
    const Edition edition = parse_edition(test::read_file(test::bundled(name)), name);
    EXPECT_EQ(edition.priorities.size(), 10U);
    EXPECT_EQ(edition.themes.size(), 5U);
    for (const Section section : kSections) {
      for (const Item& item : edition.items(section)) EXPECT_FALSE(item.key.empty());
    }
  }
}

// PreparedAhead validates files on a second thread while the import reads editions on the
// first. Bounded: 2 threads x 100 parses of an edition with 15 keys and dates to match.
TEST(EditionFormat, TwoThreadsValidateAtOnce) {
  const std::string json = test::read_file(test::bundled("kiv/2022-2024.json"));
  std::atomic<int> failures = 0;
  const auto parse_many = [&] {
    for (int i = 0; i < 100; ++i) {
      try {
        parse_edition(json, "kiv/2022-2024.json");
      } catch (const Error&) {
        ++failures;
      }
    }
  };
  std::thread other(parse_many);
  parse_many();
  other.join();
  EXPECT_EQ(failures.load(), 0);
}

TEST(EditionFormat, SyntaxErrorsNameLineAndColumn) {
  EXPECT_EQ(error_for("{\n  \"format\": \"kiv-edition/1\",\n  \"series\" \"kiv\"\n}"),
            "note.json:3:12: Missing a colon after a name of object member.");
  EXPECT_EQ(error_for(""), "note.json:1:1: The document is empty.");
}

TEST(EditionFormat, InvalidUtf8IsAnErrorWithItsPlace) {
  EXPECT_EQ(error_for(with("\"terrorisme\", \"fr\"", "\"terror\xFFisme\", \"fr\"")),
            "note.json:6:40: invalid UTF-8 byte sequence");
}

TEST(EditionFormat, AByteOrderMarkIsSkipped) {
  EXPECT_EQ(parse_edition(std::string("\xEF\xBB\xBF") + kMinimal, "bom.json").series, "kiv");
}

TEST(EditionFormat, TitlesAreNormalisedToNfc) {
  const Edition edition =
      parse_edition(with("\"drugs\", \"fr\"", "\"gei\xCC\x88ntegreerd\", \"fr\""), "x");
  EXPECT_EQ(text_in(edition.priorities[1].title, "nl"), "ge\xC3\xAFntegreerd");
}

TEST(EditionFormat, UnknownFieldsAreRejectedWithTheirJsonPath) {
  EXPECT_EQ(error_for(with("\"themes\": []", "\"themes\": [], \"colour\": 1")),
            "note.json: /colour: unknown field 'colour'");
  EXPECT_EQ(error_for(with("\"key\": \"drugs\",", "\"key\": \"drugs\", \"weight\": 3,")),
            "note.json: /priorities/0/weight: unknown field 'weight'");
}

TEST(EditionFormat, SchemaViolationsNameThePathAndWhatWasExpected) {
  EXPECT_EQ(error_for(with("\"format\": \"kiv-edition/1\"", "\"format\": \"kiv-edition/2\"")),
            "note.json: /format: expected \"kiv-edition/1\"");
  EXPECT_EQ(error_for(with("\"series\": \"kiv\"", "\"series\": \"KIV\"")),
            "note.json: /series: 'KIV' is not a valid id (expected lowercase letters, digits and "
            "'-', starting with a letter or digit, at most 64 characters)");
  EXPECT_EQ(error_for(with("\"rank\": 2", "\"rank\": \"2\"")),
            "note.json: /priorities/0/rank: expected an integer, found a string");
  EXPECT_EQ(error_for(with("\"rank\": 2", "\"rank\": 0")),
            "note.json: /priorities/0/rank: must be at least 1");
  EXPECT_EQ(error_for(with("\"themes\": []", "\"themes\": {}")),
            "note.json: /themes: expected an array, found an object");
  EXPECT_EQ(error_for(with("\"title\": {\"nl\": \"drugs\", \"fr\": \"drogues\"}", "\"titel\": {}")),
            "note.json: /priorities/0/titel: unknown field 'titel'");
  EXPECT_EQ(error_for(with(",\n  \"themes\": []", "")),
            "note.json: /: required field 'themes' is missing");
  EXPECT_EQ(error_for(with("{\"nl\": \"a\", \"fr\": \"b\"}", "{\"NL\": \"a\"}")),
            "note.json: /priorities/1/subtopics/0/NL: 'NL' is not a language code (expected "
            "two lowercase letters, e.g. nl, fr, de, en)");
  EXPECT_EQ(error_for(with("\"themes\": []", "\"themes\": [], \"adopted\": \"31/03/2022\"")),
            "note.json: /adopted: '31/03/2022' is not a date (expected YYYY-MM-DD)");
}

TEST(EditionFormat, RulesBeyondTheSchemaAreEnforced) {
  EXPECT_EQ(error_for(with("\"themes\": []", "\"themes\": [], \"adopted\": \"2022-02-30\"")),
            "note.json: /adopted: '2022-02-30' is not a calendar date");
  EXPECT_EQ(error_for(with("\"rank\": 2", "\"rank\": 3")),
            "note.json: /priorities: ranks must be 1 to 2, each once; rank 2 is missing");
  EXPECT_EQ(error_for(with("\"rank\": 2", "\"rank\": 1")),
            "note.json: /priorities: ranks must be 1 to 2, each once; rank 2 is missing");
  EXPECT_EQ(error_for(with("\"rank\": 1,", "\"rank\": 1, \"key\": \"drugs\",")),
            "note.json: /priorities/1/key: key 'drugs' is used by another item of this section");
  EXPECT_EQ(error_for(with("{\"nl\": \"drugs\", \"fr\": \"drogues\"}", "{\"nl\": \"drugs\"}")),
            "note.json: /priorities/0/title: has no text in 'fr', a language of the edition");
  EXPECT_EQ(
      error_for(with("\"description\": {\"nl\": \"uitleg\"}", "\"description\": {\"de\": \"x\"}")),
      "note.json: /priorities/1/description/de: language 'de' is not a language of the "
      "edition title");
  EXPECT_EQ(error_for(with("\"themes\": []",
                           "\"themes\": [], \"period\": {\"from\": 2024, \"to\": 2022}")),
            "note.json: /period: 'from' (2024) is later than 'to' (2022)");
  EXPECT_EQ(error_for(with("\"series\": \"kiv\",", "\"series\": \"kiv\", \"series\": \"nvp\",")),
            "note.json: /series: field appears twice");
}

}  // namespace
}  // namespace kiv
