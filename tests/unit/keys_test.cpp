#include "kiv/keys.hpp"

#include <gtest/gtest.h>

#include "kiv/edition_format.hpp"
#include "kiv/ids.hpp"
#include "support/editions.hpp"
#include "support/temp_dir.hpp"

namespace kiv {
namespace {

using test::bundled_edition;

// Keys people can type: the head's content words, three at most.
TEST(Keys, SlugsAreShortIdsMadeFromTheHeadOfTheTitle) {
  EXPECT_EQ(slug_from_title("Cybercrime en cyber security"), "cybercrime-cyber-security");
  EXPECT_EQ(slug_from_title("geactualiseerd integraal en geïntegreerd drugsbeleid"),
            "geactualiseerd-integraal-geintegreerd");
  EXPECT_EQ(slug_from_title("radicalisering, gewelddadig extremisme en terrorisme"),
            "radicalisering");
  EXPECT_EQ(slug_from_title("de bestuurlijke handhaving en informatie-uitwisseling: een "
                            "essentieel onderdeel van de integrale aanpak"),
            "bestuurlijke-handhaving-informatie");
  EXPECT_EQ(slug_from_title("Leefmilieu (gelinkt aan fraude): afvalfraude"), "leefmilieu");
  EXPECT_EQ(slug_from_title("de: het"), "de-het");  // function words only: its words
  EXPECT_EQ(slug_from_title("!!!"), "item");
  const std::string long_slug = slug_from_title(std::string(200, 'a') + " b");
  EXPECT_LE(long_slug.size(), 64U);
  EXPECT_TRUE(is_valid_id(
      slug_from_title("geweldcriminaliteit, aantasting van de persoonlijke integriteit en "
                      "discriminatie: intrafamiliaal geweld, seksueel geweld")));
}

// A key taken in the section: the next word of the title tells them apart, else a suffix.
TEST(Keys, AKeyTakenInItsSectionGrowsByTheTitlesNextWordThenASuffix) {
  Edition edition;
  edition.series = "kiv";
  edition.edition = "2030-2032";
  edition.title = {{"nl", "KIV 2030-2032"}};
  for (const std::string title : {"fraude: sociale", "fraude: fiscale", "fraude", "fraude"}) {
    Item& item = edition.priorities.emplace_back();
    item.rank = static_cast<int>(edition.priorities.size());
    item.title = {{"nl", title}};
  }
  EXPECT_TRUE(inherit_keys(edition, nullptr));
  EXPECT_EQ(edition.priorities[0].key, "fraude");
  EXPECT_EQ(edition.priorities[1].key, "fraude-fiscale");
  EXPECT_EQ(edition.priorities[2].key, "fraude-2");
  EXPECT_EQ(edition.priorities[3].key, "fraude-3");
  EXPECT_EQ(edition.priorities[1].key_origin, KeyOrigin::minted);
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
  EXPECT_EQ(edition.priorities[11].key, "drones-nieuwe-technologieen");
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
