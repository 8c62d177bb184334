#include "kiv/keys.hpp"

#include <gtest/gtest.h>

#include "kiv/edition_format.hpp"
#include "kiv/ids.hpp"
#include "support/editions.hpp"
#include "support/temp_dir.hpp"

namespace kiv {
namespace {

using test::bundled_edition;

TEST(Keys, SlugsAreIdsMadeFromTheTitle) {
  EXPECT_EQ(slug_from_title("Cybercrime en cyber security"), "cybercrime-en-cyber-security");
  EXPECT_EQ(slug_from_title("geactualiseerd integraal en geïntegreerd drugsbeleid"),
            "geactualiseerd-integraal-en-geintegreerd-drugsbeleid");
  EXPECT_EQ(slug_from_title("!!!"), "item");
  const std::string long_slug = slug_from_title(std::string(200, 'a') + " b");
  EXPECT_LE(long_slug.size(), 64U);
  EXPECT_TRUE(is_valid_id(
      slug_from_title("geweldcriminaliteit, aantasting van de persoonlijke integriteit en "
                      "discriminatie: intrafamiliaal geweld, seksueel geweld")));
}

TEST(Keys, MatchedItemsInheritTheKeysOfThePreviousEdition) {
  const Edition previous = bundled_edition("kiv/2016-2019.json");
  Edition edition = test::without_keys(bundled_edition("kiv/2022-2024.json"));
  EXPECT_TRUE(inherit_keys(edition, &previous));
  for (const Section section : kSections) {
    for (std::size_t i = 0; i < edition.items(section).size(); ++i) {
      EXPECT_EQ(edition.items(section)[i].key, previous.items(section)[i].key) << i;
    }
  }
  EXPECT_EQ(edition.priorities[4].key, "cybercrime");  // reworded, matched by similarity
}

TEST(Keys, NewItemsGetUniqueSlugs) {
  const Edition previous = bundled_edition("kiv/2016-2019.json");
  Edition edition = test::without_keys(bundled_edition("kiv/2022-2024.json"));
  edition.priorities.push_back({11, "", {{"nl", "leefmilieu"}}, {}, {}});  // the same title again
  edition.priorities.push_back({12, "", {{"nl", "Drones en nieuwe technologieën"}}, {}, {}});
  inherit_keys(edition, &previous);
  EXPECT_EQ(edition.priorities[7].key, "leefmilieu");
  EXPECT_EQ(edition.priorities[10].key, "leefmilieu-2");
  EXPECT_EQ(edition.priorities[11].key, "drones-en-nieuwe-technologieen");
}

TEST(Keys, WithoutAPreviousEditionEveryItemGetsASlugAndGivenKeysStay) {
  Edition edition = test::without_keys(bundled_edition("kiv/2022-2024.json"));
  edition.themes[0].key = "handhaving";
  EXPECT_TRUE(inherit_keys(edition, nullptr));
  EXPECT_EQ(edition.priorities[7].key, "leefmilieu");
  EXPECT_EQ(edition.themes[0].key, "handhaving");
  Edition keyed = bundled_edition("kiv/2022-2024.json");
  EXPECT_FALSE(inherit_keys(keyed, nullptr));
}

}  // namespace
}  // namespace kiv
