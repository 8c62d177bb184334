// Three-way merges of editions and links (kiv/edition_merge.hpp).

#include "kiv/edition_merge.hpp"

#include <gtest/gtest.h>

namespace kiv {
namespace {

Item item(int rank, const std::string& key, LangText title) {
  Item made;
  made.rank = rank;
  made.key = key;
  made.title = std::move(title);
  return made;
}

Edition edition(std::vector<Item> priorities) {
  Edition made;
  made.series = "kiv";
  made.edition = "2022-2024";
  made.title = {{"nl", "Kadernota"}};
  made.period = Period{2022, 2024};
  made.priorities = std::move(priorities);
  return made;
}

Edition base() {
  return edition({item(1, "drugs", {{"nl", "drugs"}}), item(2, "overlast", {{"nl", "overlast"}}),
                  item(3, "leefmilieu", {{"nl", "leefmilieu"}})});
}

std::vector<std::string> keys(const Edition& e) {
  std::vector<std::string> found;
  for (const Item& i : e.priorities) found.push_back(i.key + "@" + std::to_string(i.rank));
  return found;
}

TEST(EditionMerge, EachSideKeepsWhatItChangedAlone) {
  const Edition common = base();
  Edition ours = base(), theirs = base();
  ours.priorities[1].title["nl"] = "overlast en openbare orde";
  theirs.priorities[2].title["nl"] = "leefmilieu en milieucriminaliteit";
  theirs.adopted = "2022-03-31";
  const EditionMerge merged = merge_editions(&common, ours, theirs);
  EXPECT_TRUE(merged.conflicts.empty());
  EXPECT_EQ(merged.merged.priorities[1].title.at("nl"), "overlast en openbare orde");
  EXPECT_EQ(merged.merged.priorities[2].title.at("nl"), "leefmilieu en milieucriminaliteit");
  EXPECT_EQ(merged.merged.adopted, "2022-03-31");
  EXPECT_EQ(merged.merged.priorities[0].title.at("nl"), "drugs");
}

TEST(EditionMerge, LanguagesAddedOnEachSideAreAllKept) {
  const Edition common = base();
  Edition ours = base(), theirs = base();
  ours.title["fr"] = "Note-cadre";
  theirs.title["de"] = "Rahmennote";
  for (Item& i : ours.priorities) i.title["fr"] = i.key + " (fr)";
  for (Item& i : theirs.priorities) i.title["de"] = i.key + " (de)";
  const EditionMerge merged = merge_editions(&common, ours, theirs);
  EXPECT_TRUE(merged.conflicts.empty());
  EXPECT_EQ(merged.merged.languages(), (std::vector<std::string>{"de", "fr", "nl"}));
  EXPECT_EQ(merged.merged.priorities[2].title.at("de"), "leefmilieu (de)");
  EXPECT_EQ(merged.merged.priorities[2].title.at("fr"), "leefmilieu (fr)");
}

TEST(EditionMerge, AValueChangedDifferentlyIsAConflictWithBothTextsSettledByChoice) {
  const Edition common = base();
  Edition ours = base(), theirs = base();
  ours.priorities[1].title["nl"] = "overlast en leefbaarheid";
  theirs.priorities[1].title["nl"] = "overlast en openbare orde";
  const EditionMerge stopped = merge_editions(&common, ours, theirs);
  ASSERT_EQ(stopped.conflicts.size(), 1u);
  EXPECT_EQ(stopped.conflicts[0].edition, "kiv/2022-2024");
  EXPECT_EQ(stopped.conflicts[0].what, "the title of priority overlast (nl)");
  EXPECT_EQ(stopped.conflicts[0].ours, "overlast en leefbaarheid");
  EXPECT_EQ(stopped.conflicts[0].theirs, "overlast en openbare orde");
  EXPECT_EQ(merge_editions(&common, ours, theirs, ConflictChoice::theirs)
                .merged.priorities[1]
                .title.at("nl"),
            "overlast en openbare orde");
  EXPECT_EQ(merge_editions(&common, ours, theirs, ConflictChoice::ours)
                .merged.priorities[1]
                .title.at("nl"),
            "overlast en leefbaarheid");
  // Changed alike on both sides: no conflict.
  theirs.priorities[1].title["nl"] = "overlast en leefbaarheid";
  EXPECT_TRUE(merge_editions(&common, ours, theirs).conflicts.empty());
}

TEST(EditionMerge, ItemsAddedAndRemovedOnOneSideAndTheOrderOfTheSideThatMovedThem) {
  const Edition common = base();
  Edition ours = base(), theirs = base();
  // Ours adds an item after overlast; theirs removes leefmilieu and moves overlast first.
  ours.priorities.insert(ours.priorities.begin() + 2, item(3, "fraude", {{"nl", "fraude"}}));
  ours.priorities[3].rank = 4;
  theirs.priorities = {item(1, "overlast", {{"nl", "overlast"}}),
                       item(2, "drugs", {{"nl", "drugs"}})};
  const EditionMerge merged = merge_editions(&common, ours, theirs);
  EXPECT_TRUE(merged.conflicts.empty());
  EXPECT_EQ(keys(merged.merged), (std::vector<std::string>{"overlast@1", "fraude@2", "drugs@3"}));
}

TEST(EditionMerge, AnItemRemovedOnOneSideAndChangedOnTheOtherIsAConflict) {
  const Edition common = base();
  Edition ours = base(), theirs = base();
  ours.priorities.pop_back();
  theirs.priorities[2].title["nl"] = "leefmilieu en milieucriminaliteit";
  const EditionMerge merged = merge_editions(&common, ours, theirs);
  ASSERT_EQ(merged.conflicts.size(), 1u);
  EXPECT_EQ(merged.conflicts[0].ours, "(removed)");
  EXPECT_EQ(merged.conflicts[0].theirs, "leefmilieu en milieucriminaliteit");
  EXPECT_EQ(merge_editions(&common, ours, theirs, ConflictChoice::theirs).merged.priorities.size(),
            3u);
  EXPECT_EQ(merge_editions(&common, ours, theirs, ConflictChoice::ours).merged.priorities.size(),
            2u);
}

TEST(EditionMerge, OrdersChangedDifferentlyAreAConflict) {
  const Edition common = base();
  Edition ours = base(), theirs = base();
  std::swap(ours.priorities[0], ours.priorities[1]);
  std::swap(theirs.priorities[1], theirs.priorities[2]);
  const EditionMerge merged = merge_editions(&common, ours, theirs);
  ASSERT_EQ(merged.conflicts.size(), 1u);
  EXPECT_EQ(merged.conflicts[0].what, "the order of the priorities");
  EXPECT_EQ(merged.conflicts[0].ours, "overlast, drugs, leefmilieu");
}

TEST(EditionMerge, AnEditionNewOnBothSidesMergesAgainstNothing) {
  Edition ours = base(), theirs = base();
  ours.title["fr"] = "Note-cadre";
  theirs.priorities[0].title["nl"] = "drugsbeleid";
  const EditionMerge merged = merge_editions(nullptr, ours, theirs);
  ASSERT_EQ(merged.conflicts.size(), 1u);  // drugs and drugsbeleid, neither from a base
  EXPECT_EQ(merged.merged.title.at("fr"), "Note-cadre");
}

TEST(LinksMerge, LinksMergeAsSets) {
  const auto link = [](const std::string& from, const std::string& to) {
    return CuratedLink{"kiv", "2016-2019", from, "2022-2024", to, LinkKind::renamed};
  };
  const std::vector<CuratedLink> base{link("a", "b"), link("c", "d")};
  const std::vector<CuratedLink> ours{link("a", "b"), link("e", "f")};  // removed c-d, added e-f
  const std::vector<CuratedLink> theirs{link("a", "b"), link("c", "d"), link("g", "h")};
  EXPECT_EQ(merge_links(base, ours, theirs),
            (std::vector<CuratedLink>{link("a", "b"), link("g", "h"), link("e", "f")}));
}

}  // namespace
}  // namespace kiv
