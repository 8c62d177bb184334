#include "kiv/diff.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>

#include "kiv/edition_format.hpp"
#include "kiv/error.hpp"
#include "similarity.hpp"
#include "support/editions.hpp"
#include "support/temp_dir.hpp"
#include "support/title_lists.hpp"

namespace kiv {
namespace {

using test::bundled_edition;

using Op = WordEdit::Op;

// An edition whose priorities have these Dutch titles, in rank order, and no keys.
Edition edition_of(const std::vector<std::string>& titles, const std::string& lang = "nl") {
  return test::keyless_edition(titles, lang);
}

TEST(WordDiff, ARewordingIsOneDeletionAndOneInsertion) {
  EXPECT_EQ(diff_words("cybercrime en cybersecurity", "cybercrime en cyber security"),
            (std::vector<WordEdit>{{Op::equal, "cybercrime en "},
                                   {Op::remove, "cybersecurity"},
                                   {Op::insert, "cyber security"}}));
}

TEST(WordDiff, ChangedWordsSeparatedBySpacesAreGrouped) {
  EXPECT_EQ(diff_words("de oude tekst hier", "de nieuwe versie hier"),
            (std::vector<WordEdit>{{Op::equal, "de "},
                                   {Op::remove, "oude tekst"},
                                   {Op::insert, "nieuwe versie"},
                                   {Op::equal, " hier"}}));
}

TEST(WordDiff, IdenticalAndEmptyTexts) {
  EXPECT_EQ(diff_words("leefmilieu", "leefmilieu"),
            (std::vector<WordEdit>{{Op::equal, "leefmilieu"}}));
  EXPECT_EQ(diff_words("", "overlast"), (std::vector<WordEdit>{{Op::insert, "overlast"}}));
  EXPECT_TRUE(diff_words("", "").empty());
}

// The test of a split's part: at least 60% of its content words are in the whole.
TEST(TitleSimilarity, ContainedAtLeastAShareOfTheWords) {
  const TitleProfile whole = profile_title("preventie van fraude bij sociale uitkeringen", "nl");
  const auto at_least = [&](const char* part, double share) {
    const TitleProfile profile = profile_title(part, "nl");
    return contained_at_least(profile, profile.content.size(), whole, whole.content.size(), share);
  };
  // 3 of 5 words: 0.6 exactly. The misses come first, then last.
  EXPECT_TRUE(at_least("drugs terrorisme preventie fraude uitkeringen", 0.6));
  EXPECT_TRUE(at_least("preventie fraude uitkeringen drugs terrorisme", 0.6));
  EXPECT_FALSE(at_least("drugs terrorisme preventie fraude uitkeringen", 0.61));
  EXPECT_FALSE(at_least("drugs terrorisme cyber preventie fraude", 0.6));  // 2 of 5
  EXPECT_TRUE(at_least("sociale fraude", 1.0));
  const TitleProfile none = profile_title("", "nl");
  EXPECT_FALSE(contained_at_least(none, 0, whole, whole.content.size(), 0.6));
  EXPECT_TRUE(contained_at_least(none, 0, whole, whole.content.size(), 0.0));
}

TEST(TitleSimilarity, IgnoresCaseDiacriticsPunctuationAndSpacing) {
  EXPECT_DOUBLE_EQ(title_similarity("Geïntegreerd drugsbeleid", "geintegreerd, drugsbeleid"), 1.0);
  EXPECT_GT(title_similarity("cybercrime en cybersecurity", "cybercrime en cyber security"), 0.85);
  EXPECT_GT(title_similarity("cybercrime", "cybercriminaliteit"), 0.5);
  EXPECT_LT(title_similarity("leefmilieu", "mensenhandel"), 0.3);
}

TEST(CosmeticForm, IgnoresCaseQuotesPunctuationAndSpacingButNotSpelling) {
  EXPECT_EQ(cosmetic_form("Radicalisering"), cosmetic_form("radicalisering"));
  EXPECT_EQ(cosmetic_form("l'Europe  et  l\u2019Afrique."),
            cosmetic_form("l\u2019europe et l'Afrique"));
  EXPECT_EQ(cosmetic_form("\u00abDrugs\u00bb \u2013 productie"),
            cosmetic_form("\"drugs\": productie"));
  EXPECT_EQ(cosmetic_form("e-commerce"), "e commerce");
  // Diacritics and word boundaries are spelling, not style.
  EXPECT_NE(cosmetic_form("geintegreerd"), cosmetic_form("geïntegreerd"));
  EXPECT_NE(cosmetic_form("cybersecurity"), cosmetic_form("cyber security"));
  EXPECT_NE(cosmetic_form("drugs"), cosmetic_form("drug"));
}

TEST(Diff, ATitleThatDiffersOnlyInCaseOrPunctuationIsCosmeticNotReworded) {
  const EditionDiff diff =
      diff_editions(edition_of({"radicalisering", "mensenhandel", "drugs en wapens"}),
                    edition_of({"Radicalisering", "mensenhandel.", "drugs, en wapens"}), "nl");
  ASSERT_EQ(diff.priorities.changes.size(), 3U);
  for (const Change& change : diff.priorities.changes) {
    EXPECT_EQ(change.kind, ChangeKind::changed) << change.to.front().title;
    EXPECT_EQ(change.aspects, std::vector<Aspect>{Aspect::cosmetic}) << change.to.front().title;
    EXPECT_FALSE(change.wording.empty());  // what changed is still shown
  }
  EXPECT_EQ(aspect_name(Aspect::cosmetic), "cosmetic");
  // A word changed besides the case: wording, not cosmetic.
  const EditionDiff reworded = diff_editions(edition_of({"radicalisering"}),
                                             edition_of({"Radicalisering en polarisering"}), "nl");
  EXPECT_EQ(reworded.priorities.changes.front().aspects, std::vector<Aspect>{Aspect::wording});
}

TEST(Diff, WithoutCosmeticLeavesOutOnlyCosmeticChanges) {
  Edition from = edition_of({"radicalisering", "mensenhandel", "drugs"});
  Edition to = edition_of({"Radicalisering", "mensenhandel", "Drugs"});
  to.priorities[2].description = {{"nl", "Productie en handel."}};
  const EditionDiff diff = without_cosmetic(diff_editions(from, to, "nl"));
  EXPECT_EQ(diff.priorities.changes[0].kind, ChangeKind::unchanged);
  EXPECT_TRUE(diff.priorities.changes[0].aspects.empty());
  EXPECT_TRUE(diff.priorities.changes[0].wording.empty());
  EXPECT_EQ(diff.priorities.changes[2].kind, ChangeKind::changed);
  EXPECT_EQ(diff.priorities.changes[2].aspects, std::vector<Aspect>{Aspect::description});
  EXPECT_TRUE(diff.has_differences());
  to.priorities[2].description.clear();
  EXPECT_TRUE(diff_editions(from, to, "nl").has_differences());
  EXPECT_FALSE(without_cosmetic(diff_editions(from, to, "nl")).has_differences());
}

// The police's Nationaal Veiligheidsplan 2016-2019 restates each KIV 2016-2019 priority
// (../shared/sources/nvp-2016-2019.nl.txt and kiv-2016-2019.nl.md, as published; the real
// cases of the labelled corpus).
const test::TitleLists& kiv_to_nvp() {
  static const test::TitleLists lists =
      test::corpus_case("real.json", "kiv-2016-2019-to-nvp-2016-2019-priorities");
  return lists;
}

// Each pair of the diff's priorities as (old rank, new rank, how it was matched).
std::vector<std::tuple<int, int, MatchKind>> pairs_of(const EditionDiff& diff) {
  std::vector<std::tuple<int, int, MatchKind>> pairs;
  for (const Change& change : diff.priorities.changes) {
    if (change.from.size() == 1 && change.to.size() == 1)
      pairs.emplace_back(change.from[0].rank, change.to[0].rank, *change.match);
  }
  std::sort(pairs.begin(), pairs.end());
  return pairs;
}

TEST(Diff, PairsEveryKivPriorityWithItsElaborationInTheNationaalVeiligheidsplan) {
  const EditionDiff diff =
      diff_editions(edition_of(kiv_to_nvp().old_titles), edition_of(kiv_to_nvp().new_titles), "nl");
  const auto pairs = pairs_of(diff);
  ASSERT_EQ(pairs.size(), 10U);
  for (int rank = 1; rank <= 10; ++rank) {
    EXPECT_EQ(std::get<0>(pairs[rank - 1]), rank);
    EXPECT_EQ(std::get<1>(pairs[rank - 1]), rank);
  }
  // The restatements of one- or two-word priorities are found by their heads.
  EXPECT_EQ(std::get<2>(pairs[2]), MatchKind::contained);  // drugsbeleid ~ Drugs: ...
  EXPECT_EQ(std::get<2>(pairs[7]), MatchKind::contained);  // leefmilieu ~ Leefmilieu (...): ...
  EXPECT_EQ(std::get<2>(pairs[9]), MatchKind::contained);  // overlast ~ Overlast: ...
  EXPECT_EQ(match_kind_name(MatchKind::contained), "contained");
  // The same read backwards: shortened, not removed and added.
  EXPECT_EQ(pairs_of(diff_editions(edition_of(kiv_to_nvp().new_titles),
                                   edition_of(kiv_to_nvp().old_titles), "nl"))
                .size(),
            10U);
}

TEST(Diff, ATitleExtendedByACorrectionIsTheSameItem) {
  std::vector<std::string> corrected = kiv_to_nvp().old_titles;
  corrected[9] = "overlast en openbare orde";
  corrected[7] = "leefmilieu en milieucriminaliteit";
  const EditionDiff diff =
      diff_editions(edition_of(kiv_to_nvp().old_titles), edition_of(corrected), "nl");
  EXPECT_EQ(diff.priorities.count(ChangeKind::added), 0);
  EXPECT_EQ(diff.priorities.count(ChangeKind::removed), 0);
  EXPECT_EQ(diff.priorities.count(ChangeKind::changed), 2);
}

TEST(Diff, ContainmentNeverPairsItemsThatShareNoContentWord) {
  // "de" and "en" are function words: nothing of "drugs" is in "de fraude en de corruptie".
  const EditionDiff diff =
      diff_editions(edition_of({"terrorisme", "drugs", "verkeer"}),
                    edition_of({"terrorisme", "de fraude en de corruptie", "verkeer"}), "nl");
  EXPECT_EQ(diff.priorities.count(ChangeKind::removed), 1);
  EXPECT_EQ(diff.priorities.count(ChangeKind::added), 1);
}

TEST(Diff, AnItemBetweenTheSamePairedNeighboursSharingAWordPairsByPosition) {
  const EditionDiff diff = diff_editions(
      edition_of({"terrorisme", "illegale wapenhandel in de haven", "verkeer"}),
      edition_of({"terrorisme", "vuurwapens en hun illegale verspreiding", "verkeer"}), "nl");
  const auto pairs = pairs_of(diff);
  ASSERT_EQ(pairs.size(), 3U);
  EXPECT_EQ(pairs[1], std::make_tuple(2, 2, MatchKind::position));
  EXPECT_EQ(match_kind_name(MatchKind::position), "position");
  // The same two titles elsewhere than between the same neighbours stay apart when the word
  // they share is in other items too (else it is distinctive: MatchKind::shared).
  const EditionDiff apart =
      diff_editions(edition_of({"illegale wapenhandel in de haven", "terrorisme",
                                "illegale transmigratie", "verkeer"}),
                    edition_of({"terrorisme", "illegale transmigratie", "verkeer",
                                "vuurwapens en hun illegale verspreiding"}),
                    "nl");
  EXPECT_EQ(apart.priorities.count(ChangeKind::removed), 1);
}

TEST(Diff, AnItemBetweenTheSameNeighboursSharingACompoundsFirstPartPairsByPosition) {
  // "crisis" begins "crisisbeheer" and "crisismanagement"; "Identitäts" two German compounds.
  const auto pairs = pairs_of(diff_editions(
      edition_of({"terrorisme", "crisisbeheer", "verkeer", "crisiscommunicatie"}),
      edition_of({"terrorisme", "crisismanagement", "verkeer", "crisisopvang"}), "nl"));
  ASSERT_EQ(pairs.size(), 4U);
  EXPECT_EQ(pairs[1], std::make_tuple(2, 2, MatchKind::position));
  // Not a common beginning with too little after it ("intern" of "internet" leaves "et").
  const EditionDiff apart =
      diff_editions(edition_of({"terrorisme", "internationale samenwerking", "verkeer"}),
                    edition_of({"terrorisme", "het internet", "verkeer"}), "nl");
  EXPECT_EQ(apart.priorities.count(ChangeKind::removed), 1);
  // Nor two compounds' last part: "mensenhandel" and "drugshandel" are two subjects.
  const EditionDiff trades =
      diff_editions(edition_of({"terrorisme", "mensenhandel", "verkeer"}),
                    edition_of({"terrorisme", "drugshandel", "verkeer"}), "nl");
  EXPECT_EQ(trades.priorities.count(ChangeKind::removed), 1);
}

TEST(Diff, ItemsSharingAWordNoOtherItemHasPairWhereverTheySit) {
  // A moved and reworded item: "information" is in no other item of either edition.
  const EditionDiff diff =
      diff_editions(edition_of({"l'échange d'informations", "le terrorisme",
                                "la traite des êtres humains", "la sécurité routière"},
                               "fr"),
                    edition_of({"le terrorisme", "la traite des êtres humains",
                                "la sécurité routière", "la circulation de l'information"},
                               "fr"),
                    "fr");
  const auto pairs = pairs_of(diff);
  ASSERT_EQ(pairs.size(), 4U);
  EXPECT_EQ(pairs[0], std::make_tuple(1, 4, MatchKind::shared));
  EXPECT_EQ(match_kind_name(MatchKind::shared), "shared");
  // Two compounds with the same first part, which no other item has, pair too.
  const auto compounds = pairs_of(
      diff_editions(edition_of({"Identitätsdiebstahl", "Terrorismus", "Menschenhandel"}, "de"),
                    edition_of({"Terrorismus", "Menschenhandel", "Identitätsbetrug"}, "de"), "de"));
  ASSERT_EQ(compounds.size(), 3U);
  EXPECT_EQ(compounds[0], std::make_tuple(1, 3, MatchKind::shared));
  const auto two_compounds = pairs_of(diff_editions(
      edition_of({"Identitätsdiebstahl", "Terrorismus", "Menschenhandel", "Identitätskontrollen"},
                 "de"),
      edition_of({"Terrorismus", "Menschenhandel", "Identitätsbetrug"}, "de"), "de"));
  for (const auto& [from, to, kind] : two_compounds) EXPECT_NE(kind, MatchKind::shared) << from;
  // One word in common between two long titles may be chance: a third of the shorter's content
  // words at least.
  const auto long_titles = pairs_of(diff_editions(
      edition_of({"l'échange d'informations policières, judiciaires, fiscales et douanières",
                  "le terrorisme", "la sécurité routière"},
                 "fr"),
      edition_of({"le terrorisme", "la sécurité routière",
                  "la circulation de l'information dans les zones rurales"},
                 "fr"),
      "fr"));
  EXPECT_EQ(long_titles.size(), 2U);
  // A word two items of an edition have is no evidence of which one continued.
  const EditionDiff ambiguous = diff_editions(
      edition_of({"l'échange d'informations", "le terrorisme", "la sécurité de l'information",
                  "la sécurité routière"},
                 "fr"),
      edition_of({"le terrorisme", "la sécurité routière", "la circulation de l'information"},
                 "fr"),
      "fr");
  for (const auto& [from, to, kind] : pairs_of(ambiguous)) EXPECT_NE(from, 1) << to;
}

TEST(Diff, ASplitOfTheListAfterAColonIsASplit) {
  // The parts cover the list after the colon, not the head before it.
  const EditionDiff diff = diff_editions(
      edition_of({"terrorisme",
                  "georganiseerde eigendomscriminaliteit: rondtrekkende daders, illegale "
                  "wapenhandel"}),
      edition_of({"terrorisme", "rondtrekkende daderbendes", "illegale wapenhandel en vuurwapens"}),
      "nl");
  ASSERT_EQ(diff.priorities.count(ChangeKind::split), 1);
  for (const Change& change : diff.priorities.changes) {
    if (change.kind != ChangeKind::split) continue;
    EXPECT_EQ(change.from.size(), 1U);
    EXPECT_EQ(change.to.size(), 2U);
  }
}

TEST(Diff, TheBundledEditionsDifferOnlyInTheWordingOfPriorityFive) {
  const EditionDiff diff = diff_editions(bundled_edition("kiv/2016-2019.json"),
                                         bundled_edition("kiv/2022-2024.json"), "nl");
  EXPECT_EQ(diff.priorities.count(ChangeKind::unchanged), 9);
  EXPECT_EQ(diff.priorities.count(ChangeKind::changed), 1);
  EXPECT_EQ(diff.themes.count(ChangeKind::unchanged), 5);
  EXPECT_TRUE(diff.has_differences());
  const Change& change = diff.priorities.changes[4];
  EXPECT_EQ(change.kind, ChangeKind::changed);
  EXPECT_EQ(change.match, MatchKind::key);
  EXPECT_EQ(change.aspects, std::vector<Aspect>{Aspect::wording});
  EXPECT_EQ(change.from.at(0).title, "cybercrime en cybersecurity");
  EXPECT_EQ(change.to.at(0).rank, 5);
  EXPECT_EQ(change.wording[1], (WordEdit{Op::remove, "cybersecurity"}));
  EXPECT_EQ(change.wording[2], (WordEdit{Op::insert, "cyber security"}));
}

TEST(Diff, WithoutKeysItemsAreMatchedByTitle) {
  const EditionDiff diff =
      diff_editions(test::without_keys(bundled_edition("kiv/2016-2019.json")),
                    test::without_keys(bundled_edition("kiv/2022-2024.json")), "nl");
  EXPECT_EQ(diff.priorities.count(ChangeKind::unchanged), 9);
  const Change& change = diff.priorities.changes[4];
  EXPECT_EQ(change.kind, ChangeKind::changed);
  EXPECT_EQ(change.match, MatchKind::similar);
  EXPECT_GT(change.similarity, 0.85);
  EXPECT_EQ(diff.priorities.changes[0].match, MatchKind::exact);
}

TEST(Diff, SaysWhichLanguagesWereAddedOrRemoved) {
  const Edition dutch = bundled_edition("kiv/2022-2024.json");
  Edition bilingual = dutch;
  bilingual.title["fr"] = "Note-cadre de Sécurité intégrale 2022-2024";
  for (auto* items : {&bilingual.priorities, &bilingual.themes}) {
    for (Item& item : *items) item.title["fr"] = "fr: " + item.title.at("nl");
  }
  const EditionDiff added = diff_editions(dutch, bilingual, "nl");
  EXPECT_EQ(added.languages_added, std::vector<std::string>{"fr"});
  EXPECT_TRUE(added.languages_removed.empty());
  EXPECT_EQ(added.priorities.count(ChangeKind::unchanged), 10);
  EXPECT_TRUE(added.has_differences());
  EXPECT_EQ(diff_editions(bilingual, dutch, "nl").languages_removed,
            std::vector<std::string>{"fr"});
}

TEST(Diff, IdenticalEditionsHaveNoDifferences) {
  const Edition edition = bundled_edition("kiv/2022-2024.json");
  EXPECT_FALSE(diff_editions(edition, edition, "nl").has_differences());
}

TEST(Diff, DetectsAddedRemovedAndMovedItems) {
  const EditionDiff diff =
      diff_editions(edition_of({"terrorisme", "drugsbeleid", "leefmilieu"}),
                    edition_of({"leefmilieu", "terrorisme", "cybercrime"}), "nl");
  const auto& changes = diff.priorities.changes;
  ASSERT_EQ(changes.size(), 4U);
  EXPECT_EQ(changes[0].kind, ChangeKind::changed);  // leefmilieu, 3 -> 1
  EXPECT_EQ(changes[0].aspects, std::vector<Aspect>{Aspect::rank});
  EXPECT_EQ(changes[0].from.at(0).rank, 3);
  EXPECT_EQ(changes[1].kind, ChangeKind::removed);  // drugsbeleid: stands before the new rank 2
  EXPECT_EQ(changes[1].from.at(0).title, "drugsbeleid");
  EXPECT_EQ(changes[2].kind, ChangeKind::unchanged);  // terrorisme, 1 -> 2: passed, not moved
  EXPECT_EQ(changes[2].to.at(0).rank, 2);
  EXPECT_EQ(changes[3].kind, ChangeKind::added);
  EXPECT_EQ(changes[3].to.at(0).title, "cybercrime");
}

TEST(Diff, ItemsRenumberedByAnInsertionHaveNotMoved) {
  const EditionDiff diff = diff_editions(
      edition_of({"terrorisme", "drugsbeleid", "leefmilieu", "overlast"}),
      edition_of({"terrorisme", "cybercrime", "drugsbeleid", "leefmilieu", "overlast"}), "nl");
  EXPECT_EQ(diff.priorities.count(ChangeKind::added), 1);
  EXPECT_EQ(diff.priorities.count(ChangeKind::unchanged), 4);
  EXPECT_EQ(diff.priorities.count(ChangeKind::changed), 0);
}

TEST(Diff, OfTwoSwappedItemsTheOneThatJumpedFurtherMoved) {
  const EditionDiff diff = diff_editions(
      edition_of({"a terrorisme", "b drugsbeleid", "c leefmilieu", "d overlast"}),
      edition_of({"d overlast", "a terrorisme", "b drugsbeleid", "c leefmilieu"}), "nl");
  ASSERT_EQ(diff.priorities.count(ChangeKind::changed), 1);
  const Change& moved = diff.priorities.changes[0];
  EXPECT_EQ(moved.from.at(0).title, "d overlast");
  EXPECT_EQ(moved.aspects, std::vector<Aspect>{Aspect::rank});
  const EditionDiff swap =
      diff_editions(edition_of({"a terrorisme", "b drugsbeleid", "c leefmilieu"}),
                    edition_of({"a terrorisme", "c leefmilieu", "b drugsbeleid"}), "nl");
  EXPECT_EQ(swap.priorities.count(ChangeKind::changed), 1);
}

TEST(Diff, DetectsASplitOfOnePriorityIntoTwo) {
  const EditionDiff diff = diff_editions(
      edition_of({"terrorisme", "mensensmokkel en mensenhandel", "leefmilieu"}),
      edition_of({"terrorisme", "mensensmokkel", "mensenhandel", "leefmilieu"}), "nl");
  EXPECT_EQ(diff.priorities.count(ChangeKind::split), 1);
  EXPECT_EQ(diff.priorities.count(ChangeKind::added), 0);
  EXPECT_EQ(diff.priorities.count(ChangeKind::removed), 0);
  for (const Change& change : diff.priorities.changes) {
    if (change.kind != ChangeKind::split) continue;
    ASSERT_EQ(change.from.size(), 1U);
    EXPECT_EQ(change.from[0].title, "mensensmokkel en mensenhandel");
    ASSERT_EQ(change.to.size(), 2U);
    EXPECT_EQ(change.to[0].title, "mensensmokkel");
    EXPECT_EQ(change.to[1].title, "mensenhandel");
  }
}

TEST(Diff, DetectsAMergeOfTwoPrioritiesIntoOne) {
  const EditionDiff diff =
      diff_editions(edition_of({"sociale fraude", "fiscale fraude", "overlast"}),
                    edition_of({"sociale en fiscale fraude", "overlast"}), "nl");
  ASSERT_EQ(diff.priorities.count(ChangeKind::merged), 1);
  EXPECT_EQ(diff.priorities.count(ChangeKind::removed), 0);
  const Change& merged = diff.priorities.changes.front();
  EXPECT_EQ(merged.kind, ChangeKind::merged);
  ASSERT_EQ(merged.from.size(), 2U);
  EXPECT_EQ(merged.to.at(0).title, "sociale en fiscale fraude");
}

// A compound and its first part: the stem of one word begins the other.
TEST(TitleSimilarity, ACompoundMatchesTheStemOfItsFirstPart) {
  const TitleProfile compound = profile_title("woninginbraken", "nl");
  const TitleProfile part = profile_title("woningen", "nl");  // stem "woning"
  EXPECT_TRUE(content_words_match(compound, 0, part, 0, WordReach::heads));
  EXPECT_TRUE(content_words_match(part, 0, compound, 0, WordReach::heads));
  // A stem of four letters is too short to be a compound's part.
  const TitleProfile short_stem = profile_title("wapens", "nl");  // stem "wapen"
  const TitleProfile other = profile_title("wapenhandel", "nl");
  EXPECT_TRUE(content_words_match(short_stem, 0, other, 0, WordReach::heads));
  EXPECT_FALSE(content_words_match(profile_title("rook", "nl"), 0,
                                   profile_title("rookmelders", "nl"), 0, WordReach::heads));
}

TEST(Diff, ASplitIntoCompoundsAndTheirPartsIsASplit) {
  // "beveiliging van woningen" shares only "woningen" (stem "woning") with the whole: the first
  // part of "woninginbraken".
  const EditionDiff diff =
      diff_editions(edition_of({"terrorisme", "woninginbraken en voertuigdiefstal", "leefmilieu"}),
                    edition_of({"terrorisme", "beveiliging van woningen", "diefstal van voertuigen",
                                "leefmilieu"}),
                    "nl");
  EXPECT_EQ(diff.priorities.count(ChangeKind::split), 1);
  EXPECT_EQ(diff.priorities.count(ChangeKind::added), 0);
  EXPECT_EQ(diff.priorities.count(ChangeKind::removed), 0);
}

TEST(Diff, PartsThatCoverTwoWordsOfThreeMakeASplit) {
  // "Korruption" is in neither part: two content words of three are covered.
  const EditionDiff diff =
      diff_editions(edition_of({"Terrorismus", "Drogenhandel, Geldwäsche und Korruption"}, "de"),
                    edition_of({"Terrorismus", "Drogenhandel", "Geldwäsche"}, "de"), "de");
  EXPECT_EQ(diff.priorities.count(ChangeKind::split), 1);
  EXPECT_EQ(diff.priorities.count(ChangeKind::added), 0);
  // One of four is not enough.
  const EditionDiff apart = diff_editions(
      edition_of({"Terrorismus", "Drogenhandel, Geldwäsche, Betrug und Korruption"}, "de"),
      edition_of({"Terrorismus", "Drogenhandel", "Geldwäsche"}, "de"), "de");
  EXPECT_EQ(apart.priorities.count(ChangeKind::split), 0);
}

// A candidate part that brings no word of the whole the other parts do not bring is no part,
// unless every word of it is in the whole.
TEST(Diff, APartThatAddsNoWordOfTheWholeIsNoPartUnlessWhollyWithinIt) {
  // "illegaler Warenhandel" brings only "illegal", which "illegale Transitmigration" brings
  // already: the merge is of one item, so no merge, and Warenhandel stays removed.
  const auto merges_and_removals = [](const std::vector<std::string>& old_titles,
                                      const std::vector<std::string>& new_titles,
                                      const std::string& lang) {
    const EditionDiff diff =
        diff_editions(edition_of(old_titles, lang), edition_of(new_titles, lang), lang);
    return std::make_pair(diff.priorities.count(ChangeKind::merged),
                          diff.priorities.count(ChangeKind::removed));
  };
  EXPECT_EQ(
      merges_and_removals({"illegale Transitmigration", "Terrorismus", "illegaler Warenhandel"},
                          {"illegale Transitmigration und Schleusung", "Terrorismus"}, "de"),
      std::make_pair(0, 1));
  // "le terrorisme" brings no word that "le financement du terrorisme" does not, but every word
  // of it is in the merged title: both merged.
  EXPECT_EQ(
      merges_and_removals({"la cybercriminalité", "le terrorisme", "le financement du terrorisme"},
                          {"la cybercriminalité", "le terrorisme et son financement"}, "fr"),
      std::make_pair(1, 0));
}

TEST(Diff, APartWithHalfItsWordsFromTheWholeNeedsAWordNoOtherItemHas) {
  // "blanchiment" and "corruption" are each in one item only: the parts, each half from the
  // whole, make a split.
  const EditionDiff split = diff_editions(
      edition_of({"le terrorisme", "le blanchiment et la corruption"}, "fr"),
      edition_of({"le terrorisme", "le blanchiment de capitaux", "la corruption publique"}, "fr"),
      "fr");
  EXPECT_EQ(split.priorities.count(ChangeKind::split), 1);
  // "fraude" is in two old items: "la fraude sociale" takes half its words from "la fraude
  // fiscale" by a word that says nothing of which item it comes from.
  const EditionDiff apart = diff_editions(
      edition_of({"la fraude fiscale", "la fraude douanière", "le terrorisme"}, "fr"),
      edition_of({"l'évasion fiscale", "la fraude sociale", "le terrorisme"}, "fr"), "fr");
  EXPECT_EQ(apart.priorities.count(ChangeKind::split), 0);
}

TEST(Diff, UnrelatedAdditionsAreNotMistakenForSplits) {
  const EditionDiff diff =
      diff_editions(edition_of({"drugsbeleid", "leefmilieu"}),
                    edition_of({"drugsbeleid", "leefmilieu", "cybercrime", "fraude"}), "nl");
  EXPECT_EQ(diff.priorities.count(ChangeKind::split), 0);
  EXPECT_EQ(diff.priorities.count(ChangeKind::added), 2);
}

TEST(Diff, ALanguageOneSideLacksIsRefused) {
  EXPECT_THROW(diff_editions(bundled_edition("kiv/2016-2019.json"),
                             bundled_edition("kiv/2022-2024.json"), "fr"),
               Error);
}

TEST(Diff, LargeEditionsWithoutKeysAreMatchedOneToOne) {
  std::vector<std::string> old_titles, new_titles;
  for (int i = 0; i < 5000; ++i) {
    old_titles.push_back("fenomeen nummer " + std::to_string(i) + " van de veiligheid");
    new_titles.push_back("fenomeen nummer " + std::to_string(i) + " van de openbare veiligheid");
  }
  const EditionDiff diff = diff_editions(edition_of(old_titles), edition_of(new_titles), "nl");
  EXPECT_EQ(diff.priorities.count(ChangeKind::changed), 5000);
  for (const Change& change : diff.priorities.changes) {
    ASSERT_EQ(change.from.at(0).rank, change.to.at(0).rank);
  }
}

}  // namespace
}  // namespace kiv
