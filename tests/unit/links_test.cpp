// Curated lineage links: their form, their file in git, recording and removing them in a store,
// and how the diff takes them.

#include "kiv/links.hpp"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "archive/git.hpp"
#include "kiv/archive.hpp"
#include "kiv/diff.hpp"
#include "kiv/error.hpp"
#include "links_file.hpp"
#include "support/editions.hpp"
#include "support/lineage_editions.hpp"
#include "support/store_damage.hpp"
#include "support/store_snapshot.hpp"
#include "support/temp_dir.hpp"

namespace kiv {
namespace {

using test::lineage_new;
using test::lineage_old;

constexpr const char* kAuthor = "An Archivist <an@example.org>";

CuratedLink t_link(const std::string& from_key, const std::string& to_key,
                   LinkKind kind = LinkKind::renamed) {
  return {"t", "2010-2012", from_key, "2013-2015", to_key, kind};
}

// The message of the kiv::Error that `call` throws, checking its kind; "no error" otherwise.
template <typename Call>
std::string error_of(Call call, ErrorKind kind = ErrorKind::input) {
  try {
    call();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), kind) << e.what();
    return e.what();
  }
  return "no error";
}

// The change of `section` whose old side holds the item keyed `key`.
const Change* change_from(const SectionDiff& section, const std::string& key) {
  for (const Change& change : section.changes) {
    for (const DiffItem& item : change.from) {
      if (item.key == key) return &change;
    }
  }
  return nullptr;
}

std::vector<std::string> keys_of(const std::vector<DiffItem>& items) {
  std::vector<std::string> keys;
  for (const DiffItem& item : items) keys.push_back(item.key);
  return keys;
}

TEST(LinkEnd, ParsesEditionAndKeyWithOrWithoutTheSeries) {
  const LinkEnd full = parse_link_end("kiv/2016-2019:cybercrime");
  EXPECT_EQ(full.ref.series, "kiv");
  EXPECT_EQ(full.ref.edition, "2016-2019");
  EXPECT_EQ(full.key, "cybercrime");
  const LinkEnd short_form = parse_link_end("2016-2019:cybercrime");
  EXPECT_EQ(short_form.ref.series, "");
  EXPECT_EQ(short_form.ref.edition, "2016-2019");
}

TEST(LinkEnd, MalformedEndsAreRefusedWithTheExpectedForm) {
  EXPECT_EQ(error_of([] { parse_link_end("kiv/2016-2019"); }),
            "invalid link end 'kiv/2016-2019': no ':KEY'; expected [SERIES/]EDITION:KEY, e.g. "
            "kiv/2016-2019:cybercrime");
  EXPECT_NE(error_of([] {
              parse_link_end("kiv/2016-2019:Cyber Crime");
            }).find("the key is not a valid id"),
            std::string::npos);
  EXPECT_NE(error_of([] { parse_link_end("kiv/2016-2019:"); }).find("the key is not a valid id"),
            std::string::npos);
  EXPECT_NE(
      error_of([] { parse_link_end("KIV/2016:a"); }).find("the edition is not [SERIES/]EDITION"),
      std::string::npos);
  EXPECT_EQ(error_of([] { parse_link_end("kiv/2016-2019@2:a"); }),
            "invalid link end 'kiv/2016-2019@2:a': a link joins editions, not revisions (keys are "
            "looked up in the latest revision); drop '@2'");
}

TEST(LinkKinds, HaveNamesAndUnknownOnesAreRefused) {
  for (const LinkKind kind : {LinkKind::renamed, LinkKind::split, LinkKind::merged}) {
    EXPECT_EQ(parse_link_kind(link_kind_name(kind)), kind);
  }
  EXPECT_EQ(error_of([] { parse_link_kind("moved"); }),
            "'moved' is not a kind of link; expected renamed, split or merged");
  EXPECT_EQ(t_link("a", "b", LinkKind::split).to_string(),
            "t/2010-2012:a -> t/2013-2015:b (split)");
}

TEST(LinksFile, IsCanonicalSortedAndReadsBack) {
  const std::vector<CuratedLink> links = {t_link("z", "a", LinkKind::merged), t_link("b", "c")};
  const std::string json = links_file_json("t", links);
  EXPECT_EQ(json,
            "{\n"
            "  \"format\": \"kiv-links/1\",\n"
            "  \"series\": \"t\",\n"
            "  \"links\": [\n"
            "    {\n"
            "      \"from_edition\": \"2010-2012\",\n"
            "      \"from_key\": \"b\",\n"
            "      \"to_edition\": \"2013-2015\",\n"
            "      \"to_key\": \"c\",\n"
            "      \"kind\": \"renamed\"\n"
            "    },\n"
            "    {\n"
            "      \"from_edition\": \"2010-2012\",\n"
            "      \"from_key\": \"z\",\n"
            "      \"to_edition\": \"2013-2015\",\n"
            "      \"to_key\": \"a\",\n"
            "      \"kind\": \"merged\"\n"
            "    }\n"
            "  ]\n"
            "}\n");
  EXPECT_EQ(links_file_json("t", {links[1], links[0]}), json);
  EXPECT_EQ(parse_links_file(json, "t", "t/links.json"),
            (std::vector<CuratedLink>{links[1], links[0]}));
  EXPECT_TRUE(parse_links_file(links_file_json("t", {}), "t", "t/links.json").empty());
}

TEST(LinksFile, MalformedFilesAreStoreErrorsNamingThePlace) {
  const auto error = [](const std::string& json) {
    return error_of([&] { parse_links_file(json, "t", "commit 1: t/links.json"); },
                    ErrorKind::store);
  };
  const std::string good = links_file_json("t", {t_link("a", "b")});
  const auto replaced = [&](const std::string& from, const std::string& to) {
    std::string json = good;
    json.replace(json.find(from), from.size(), to);
    return json;
  };
  EXPECT_EQ(error("{\"format\":"), "commit 1: t/links.json: not JSON (Invalid value. at byte 10)");
  EXPECT_EQ(error(replaced("\"series\": \"t\"", "\"series\": \"kiv\"")),
            "commit 1: t/links.json: /series: names the series 'kiv' in the directory of t");
  EXPECT_EQ(error(replaced("\"kind\": \"renamed\"", "\"kind\": \"moved\"")),
            "commit 1: t/links.json: /links/0/kind: 'moved' is not a kind of link; expected "
            "renamed, split or merged");
  EXPECT_EQ(error(replaced("\"to_key\": \"b\"", "\"to_key\": \"B\"")),
            "commit 1: t/links.json: /links/0/to_key: 'B' is not a valid id");
  EXPECT_EQ(error(replaced("\"to_key\": \"b\"", "\"to\": \"b\"")),
            "commit 1: t/links.json: /links/0/to: unknown field");
  EXPECT_EQ(error(replaced("\"to_edition\": \"2013-2015\"", "\"to_edition\": \"2010-2012\"")),
            "commit 1: t/links.json: /links/0: links two items of the edition 2010-2012");
  EXPECT_EQ(error(replaced("kiv-links/1", "kiv-links/2")),
            "commit 1: t/links.json: /format: 'kiv-links/2' is not kiv-links/1");
  const std::string twice =
      links_file_json("t", {t_link("a", "b"), t_link("a", "b", LinkKind::split)});
  EXPECT_EQ(error(twice),
            "commit 1: t/links.json: /links: links t/2010-2012:a and t/2013-2015:b twice");
}

TEST(DiffWithLinks, WithoutLinksTheRenamedSplitAndMergedItemsAreRemovedAndAdded) {
  const EditionDiff diff = diff_editions(lineage_old(), lineage_new(), "nl", {});
  EXPECT_EQ(diff.priorities.count(ChangeKind::removed), 4);
  EXPECT_EQ(diff.priorities.count(ChangeKind::added), 4);
  EXPECT_EQ(diff.priorities.count(ChangeKind::unchanged), 1);
}

TEST(DiffWithLinks, ARenamedLinkPairsTheTwoItemsAsCurated) {
  const EditionDiff diff =
      diff_editions(lineage_old(), lineage_new(), "nl", {t_link("fietsdiefstal", "tweewielers")});
  const Change* change = change_from(diff.priorities, "fietsdiefstal");
  ASSERT_NE(change, nullptr);
  EXPECT_EQ(change->kind, ChangeKind::changed);
  EXPECT_EQ(change->match, MatchKind::curated);
  EXPECT_EQ(keys_of(change->to), (std::vector<std::string>{"tweewielers"}));
  EXPECT_EQ(change->aspects, (std::vector<Aspect>{Aspect::wording}));
  EXPECT_FALSE(change->wording.empty());
  EXPECT_EQ(diff.priorities.count(ChangeKind::removed), 3);
  EXPECT_EQ(diff.priorities.count(ChangeKind::added), 3);
}

TEST(DiffWithLinks, SplitLinksOfOneOldItemMakeOneSplit) {
  const EditionDiff diff = diff_editions(lineage_old(), lineage_new(), "nl",
                                         {t_link("mensenhandel", "smokkel", LinkKind::split),
                                          t_link("mensenhandel", "uitbuiting", LinkKind::split)});
  const Change* change = change_from(diff.priorities, "mensenhandel");
  ASSERT_NE(change, nullptr);
  EXPECT_EQ(change->kind, ChangeKind::split);
  EXPECT_EQ(change->match, MatchKind::curated);
  EXPECT_EQ(keys_of(change->to), (std::vector<std::string>{"uitbuiting", "smokkel"}));  // by rank
  EXPECT_EQ(diff.priorities.count(ChangeKind::split), 1);
  EXPECT_EQ(diff.priorities.count(ChangeKind::added), 2);
}

TEST(DiffWithLinks, MergedLinksIntoOneNewItemMakeOneMerge) {
  const EditionDiff diff = diff_editions(lineage_old(), lineage_new(), "nl",
                                         {t_link("overvallen", "vermogen", LinkKind::merged),
                                          t_link("inbraken", "vermogen", LinkKind::merged)});
  const Change* change = change_from(diff.priorities, "inbraken");
  ASSERT_NE(change, nullptr);
  EXPECT_EQ(change->kind, ChangeKind::merged);
  EXPECT_EQ(change->match, MatchKind::curated);
  EXPECT_EQ(keys_of(change->from), (std::vector<std::string>{"inbraken", "overvallen"}));
  EXPECT_EQ(keys_of(change->to), (std::vector<std::string>{"vermogen"}));
  EXPECT_EQ(diff.priorities.count(ChangeKind::merged), 1);
  EXPECT_EQ(diff.priorities.count(ChangeKind::removed), 2);
}

TEST(DiffWithLinks, ALinkTakesPrecedenceOverAKeyMatch) {
  // drugs has the same key on both sides; linked to vermogen, it is paired with it instead.
  const EditionDiff diff =
      diff_editions(lineage_old(), lineage_new(), "nl", {t_link("drugs", "vermogen")});
  const Change* change = change_from(diff.priorities, "drugs");
  ASSERT_NE(change, nullptr);
  EXPECT_EQ(change->match, MatchKind::curated);
  EXPECT_EQ(keys_of(change->to), (std::vector<std::string>{"vermogen"}));
  const auto added = std::find_if(
      diff.priorities.changes.begin(), diff.priorities.changes.end(),
      [](const Change& c) { return c.kind == ChangeKind::added && c.to[0].key == "drugs"; });
  EXPECT_NE(added, diff.priorities.changes.end());
}

TEST(DiffWithLinks, ALinkReadBackwardsTurnsASplitIntoAMerge) {
  const EditionDiff diff = diff_editions(lineage_new(), lineage_old(), "nl",
                                         {t_link("mensenhandel", "smokkel", LinkKind::split),
                                          t_link("mensenhandel", "uitbuiting", LinkKind::split),
                                          t_link("fietsdiefstal", "tweewielers")});
  const Change* merge = change_from(diff.priorities, "smokkel");
  ASSERT_NE(merge, nullptr);
  EXPECT_EQ(merge->kind, ChangeKind::merged);
  EXPECT_EQ(keys_of(merge->to), (std::vector<std::string>{"mensenhandel"}));
  const Change* renamed = change_from(diff.priorities, "tweewielers");
  ASSERT_NE(renamed, nullptr);
  EXPECT_EQ(renamed->match, MatchKind::curated);
}

TEST(DiffWithLinks, LinksOfOtherEditionsOrSeriesOrUnknownKeysAreIgnored) {
  const EditionDiff plain = diff_editions(lineage_old(), lineage_new(), "nl", {});
  CuratedLink other_series = t_link("fietsdiefstal", "tweewielers");
  other_series.series = "kiv";
  CuratedLink other_edition = t_link("fietsdiefstal", "tweewielers");
  other_edition.to_edition = "2016-2018";
  const std::vector<CuratedLink> ignored = {other_series, other_edition,
                                            t_link("nothing", "tweewielers"),
                                            t_link("fietsdiefstal", "preventie")};  // a theme
  const EditionDiff diff = diff_editions(lineage_old(), lineage_new(), "nl", ignored);
  EXPECT_EQ(diff.priorities.count(ChangeKind::removed),
            plain.priorities.count(ChangeKind::removed));
  EXPECT_EQ(diff.themes.count(ChangeKind::unchanged), 1);
  // Two revisions of one edition: links do not apply.
  Edition revised = lineage_old();
  revised.priorities[0].title = {{"nl", "tweewielercriminaliteit"}};
  revised.priorities[0].key = "tweewielers";
  CuratedLink same = t_link("fietsdiefstal", "tweewielers");
  same.to_edition = "2010-2012";
  const EditionDiff revisions = diff_editions(lineage_old(), revised, "nl", {same});
  EXPECT_EQ(revisions.priorities.count(ChangeKind::removed), 1);
}

TEST(DiffWithLinks, AnItemTakesPartInOneCuratedChange) {
  // As links.json edited by hand could say: the renamed link comes first in the file's order.
  const EditionDiff diff = diff_editions(lineage_old(), lineage_new(), "nl",
                                         {t_link("fietsdiefstal", "tweewielers"),
                                          t_link("fietsdiefstal", "vermogen", LinkKind::split)});
  const Change* change = change_from(diff.priorities, "fietsdiefstal");
  ASSERT_NE(change, nullptr);
  EXPECT_EQ(change->kind, ChangeKind::changed);
  EXPECT_EQ(diff.priorities.count(ChangeKind::split), 0);
}

class LinksStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Archive store = Archive::open_or_create(dir());
    store.import({prepare_import({"old.json", test::lineage_old_json()}),
                  prepare_import({"new.json", test::lineage_new_json()}),
                  test::prepared_bundled("kiv/2016-2019.json"),
                  test::prepared_bundled("kiv/2022-2024.json")},
                 {kAuthor, ""});
  }

  std::filesystem::path dir() const { return temp_.path() / "store"; }
  Archive store() const { return Archive::open(dir()); }

  LinkRecord record(const CuratedLink& wanted, const LinkOptions& options = {kAuthor, ""}) {
    Archive opened = store();
    return link(opened, wanted, options);
  }

  // The message of the error that linking `wanted` throws, checking that the store is unchanged.
  std::string refusal(const CuratedLink& wanted, ErrorKind kind = ErrorKind::input) {
    const auto before = test::snapshot(dir());
    Archive opened = store();
    const std::string message = error_of([&] { link(opened, wanted, {kAuthor, ""}); }, kind);
    EXPECT_EQ(test::snapshot(dir()), before) << "a refused link changed the store";
    return message;
  }

  std::string head_file(const std::string& path) const {
    const git::Repository repo = git::Repository::open(dir() / "git");
    const git::CommitHandle commit = repo.commit(*repo.head());
    return repo.read_file(*repo.tree_of(*commit), path).value_or("(none)");
  }

  test::TempDir temp_;
};

TEST_F(LinksStoreTest, ALinkIsOneCommitWithItsAuthorAndMessageThatWritesLinksJson) {
  const std::size_t revisions = store().index().log(std::nullopt).size();
  const LinkRecord recorded =
      record(t_link("fietsdiefstal", "tweewielers"), {kAuthor, "Bikes are two-wheelers"});
  EXPECT_EQ(recorded.link, t_link("fietsdiefstal", "tweewielers"));
  EXPECT_EQ(recorded.linked_by, kAuthor);
  EXPECT_EQ(recorded.message, "Bikes are two-wheelers");
  const git::Repository repo = git::Repository::open(dir() / "git");
  EXPECT_EQ(git::to_hex(*repo.head()), recorded.commit);
  const git::CommitHandle commit = repo.commit(*repo.head());
  EXPECT_STREQ(git_commit_message(commit.get()), "Bikes are two-wheelers\n");
  EXPECT_STREQ(git_commit_author(commit.get())->email, "an@example.org");
  EXPECT_EQ(head_file("t/links.json"),
            links_file_json("t", {t_link("fietsdiefstal", "tweewielers")}));
  // The index has it; no edition revision was recorded.
  const Archive opened = store();
  EXPECT_EQ(curated_links(opened.index(), "t"),
            (std::vector<CuratedLink>{t_link("fietsdiefstal", "tweewielers")}));
  ASSERT_EQ(link_records(opened.index(), "t").size(), 1U);
  EXPECT_EQ(link_records(opened.index(), "t")[0].commit, recorded.commit);
  EXPECT_EQ(link_records(opened.index(), "t")[0].linked_at, recorded.linked_at);
  EXPECT_EQ(opened.index().log(std::nullopt).size(), revisions);
  EXPECT_TRUE(curated_links(opened.index(), "kiv").empty());
}

TEST_F(LinksStoreTest, TheDefaultMessageNamesTheLink) {
  EXPECT_EQ(record(t_link("fietsdiefstal", "tweewielers")).message,
            "Link t/2010-2012:fietsdiefstal -> t/2013-2015:tweewielers (renamed)");
  Archive opened = store();
  EXPECT_EQ(unlink(opened, t_link("fietsdiefstal", "tweewielers"), {kAuthor, ""}).message,
            "Unlink t/2010-2012:fietsdiefstal -> t/2013-2015:tweewielers (renamed)");
}

TEST_F(LinksStoreTest, UnlinkRemovesTheLinkInACommitOfItsOwn) {
  const LinkRecord linked = record(t_link("mensenhandel", "smokkel", LinkKind::split));
  Archive opened = store();
  // Its kind need not be given.
  const LinkRecord unlinked = unlink(opened, t_link("mensenhandel", "smokkel"), {kAuthor, ""});
  EXPECT_EQ(unlinked.link.kind, LinkKind::split);
  EXPECT_NE(unlinked.commit, linked.commit);
  EXPECT_TRUE(curated_links(store().index(), "t").empty());
  EXPECT_EQ(head_file("t/links.json"), links_file_json("t", {}));
}

TEST_F(LinksStoreTest, UnlinkOfALinkThatDoesNotExistNamesTheLinksBetweenTheEditions) {
  record(t_link("fietsdiefstal", "tweewielers"));
  const auto before = test::snapshot(dir());
  Archive opened = store();
  EXPECT_EQ(error_of([&] { unlink(opened, t_link("drugs", "drugs"), {}); }, ErrorKind::not_found),
            "no link from t/2010-2012:drugs to t/2013-2015:drugs; links from t/2010-2012 to "
            "t/2013-2015: t/2010-2012:fietsdiefstal -> t/2013-2015:tweewielers (renamed)");
  EXPECT_EQ(test::snapshot(dir()), before);
}

TEST_F(LinksStoreTest, LinksBetweenSeriesAreRefused) {
  const Archive opened = store();
  EXPECT_EQ(
      error_of([&] {
        resolve_link(opened.index(), parse_link_end("t/2010-2012:drugs"),
                     parse_link_end("kiv/2022-2024:cybercrime"));
      }),
      "a link joins two items of one series: t/2010-2012 is of the series t, kiv/2022-2024 of kiv");
}

TEST_F(LinksStoreTest, AnEditionOrKeyThatDoesNotExistIsRefusedNamingWhatExists) {
  const std::string edition = refusal(
      {"t", "2010-2012", "drugs", "2030-2032", "drugs", LinkKind::renamed}, ErrorKind::not_found);
  EXPECT_NE(edition.find("no edition t/2030-2032 in the store; editions: "), std::string::npos)
      << edition;
  EXPECT_NE(edition.find("t/2013-2015"), std::string::npos) << edition;
  EXPECT_EQ(refusal(t_link("fiets", "tweewielers"), ErrorKind::not_found),
            "t/2010-2012 has no item with the key 'fiets' (in its latest revision, t/2010-2012@1); "
            "its keys: priorities: fietsdiefstal, drugs, mensenhandel, inbraken, overvallen; "
            "themes: preventie");
  EXPECT_NE(refusal(t_link("drugs", "nothing"), ErrorKind::not_found)
                .find("t/2013-2015 has no item with the key 'nothing'"),
            std::string::npos);
}

TEST_F(LinksStoreTest, SameEditionWrongOrderOtherSectionAndBadIdsAreRefused) {
  EXPECT_EQ(refusal({"t", "2010-2012", "drugs", "2010-2012", "inbraken", LinkKind::renamed}),
            "t/2010-2012:drugs and t/2010-2012:inbraken are items of one edition; a link joins an "
            "item of an older edition to one of a newer edition");
  EXPECT_EQ(refusal({"t", "2013-2015", "drugs", "2010-2012", "drugs", LinkKind::renamed}),
            "t/2013-2015 comes after t/2010-2012 in the series; a link goes from the older edition "
            "to the newer (kiv link t/2010-2012:drugs t/2013-2015:drugs); the series' editions in "
            "order: 2010-2012, 2013-2015");
  EXPECT_EQ(refusal(t_link("drugs", "preventie")),
            "t/2010-2012:drugs is a priority and t/2013-2015:preventie a theme; a link joins two "
            "priorities or two themes");
  EXPECT_EQ(refusal(t_link("Drugs", "drugs")),
            "the old key 'Drugs' is not a valid id ([a-z0-9][a-z0-9-]*, at most 64 characters)");
  const auto before = test::snapshot(dir());
  Archive opened = store();
  EXPECT_EQ(error_of([&] {
              link(opened, t_link("drugs", "vermogen"), {"nobody", ""});
            }),
            "author 'nobody': expected \"Name <email>\"");
  EXPECT_EQ(test::snapshot(dir()), before);
}

TEST_F(LinksStoreTest, ADuplicateLinkIsRefusedWhateverItsKind) {
  record(t_link("fietsdiefstal", "tweewielers"));
  EXPECT_EQ(refusal(t_link("fietsdiefstal", "tweewielers", LinkKind::split)),
            "t/2010-2012:fietsdiefstal -> t/2013-2015:tweewielers is already linked (renamed); "
            "unlink it first to record it otherwise");
}

TEST_F(LinksStoreTest, LinksMustFitTheOthersBetweenTheSameEditions) {
  record(t_link("fietsdiefstal", "tweewielers"));
  EXPECT_EQ(refusal(t_link("fietsdiefstal", "vermogen")),
            "cannot link t/2010-2012:fietsdiefstal -> t/2013-2015:vermogen (renamed): "
            "t/2010-2012:fietsdiefstal -> t/2013-2015:tweewielers (renamed) is recorded, and a "
            "renamed item has one link out");
  EXPECT_NE(refusal(t_link("drugs", "tweewielers", LinkKind::merged))
                .find("the links into a merged item are all 'merged'"),
            std::string::npos);
  record(t_link("mensenhandel", "uitbuiting", LinkKind::split));
  record(t_link("mensenhandel", "smokkel", LinkKind::split));  // a second part of the split
  EXPECT_NE(refusal(t_link("mensenhandel", "vermogen")).find("a renamed item has one link out"),
            std::string::npos);
  EXPECT_NE(refusal(t_link("inbraken", "smokkel", LinkKind::split))
                .find("each item split from another has that one link in"),
            std::string::npos);
  record(t_link("inbraken", "vermogen", LinkKind::merged));
  record(t_link("overvallen", "vermogen", LinkKind::merged));  // a second part of the merge
  EXPECT_NE(refusal(t_link("drugs", "vermogen", LinkKind::split))
                .find("each item split from another has that one link in"),
            std::string::npos);
  EXPECT_NE(refusal(t_link("drugs", "vermogen")).find("a renamed item continues as one new item"),
            std::string::npos);
  EXPECT_NE(refusal(t_link("inbraken", "drugs", LinkKind::merged))
                .find("each item merged into another has that one link out"),
            std::string::npos);
  EXPECT_EQ(curated_links(store().index(), "t").size(), 5U);
}

TEST_F(LinksStoreTest, TheSeriesIsFilledInWhenTheStoreHasOneOnly) {
  test::TempDir other;
  Archive one = Archive::open_or_create(other.path() / "store");
  one.import({prepare_import({"old.json", test::lineage_old_json()}),
              prepare_import({"new.json", test::lineage_new_json()})},
             {kAuthor, ""});
  EXPECT_EQ(resolve_link(one.index(), parse_link_end("2010-2012:drugs"),
                         parse_link_end("t/2013-2015:drugs"), LinkKind::split),
            t_link("drugs", "drugs", LinkKind::split));
  // With two series, the store cannot pick one.
  EXPECT_NE(error_of([&] {
              resolve_link(store().index(), parse_link_end("2010-2012:drugs"),
                           parse_link_end("t/2013-2015:drugs"));
            })
                .find("the store holds several series (kiv, t); name one in '2010-2012', e.g. "
                      "kiv/2010-2012"),
            std::string::npos);
}

TEST_F(LinksStoreTest, LinkRecordsOfAnUnknownSeriesAreNotFound) {
  EXPECT_EQ(error_of([&] { link_records(store().index(), "nope"); }, ErrorKind::not_found),
            "no series 'nope' in the store; its series: kiv, t");
  record(t_link("fietsdiefstal", "tweewielers"));
  EXPECT_EQ(link_records(store().index(), "").size(), 1U);
}

TEST_F(LinksStoreTest, LinksSurviveARebuildAndADeletedIndex) {
  const LinkRecord recorded = record(t_link("fietsdiefstal", "tweewielers"));
  record(t_link("mensenhandel", "smokkel", LinkKind::split));
  Archive opened = store();
  unlink(opened, t_link("mensenhandel", "smokkel"), {});
  const std::vector<LinkRecord> before = link_records(store().index(), "t");
  store().rebuild();
  const std::vector<LinkRecord> rebuilt = link_records(store().index(), "t");
  ASSERT_EQ(rebuilt.size(), 1U);
  EXPECT_EQ(rebuilt[0].link, recorded.link);
  EXPECT_EQ(rebuilt[0].commit, recorded.commit);  // the commit that recorded it, not the last one
  EXPECT_EQ(rebuilt[0].message, recorded.message);
  std::filesystem::remove(dir() / "index.sqlite");
  const std::vector<LinkRecord> reindexed = link_records(store().index(), "t");
  ASSERT_EQ(reindexed.size(), 1U);
  EXPECT_EQ(reindexed[0].commit, before[0].commit);
  EXPECT_EQ(reindexed[0].linked_by, before[0].linked_by);
}

TEST_F(LinksStoreTest, AnIndexThatLagsCatchesUpWithLinksOnOpen) {
  record(t_link("fietsdiefstal", "tweewielers"));
  test::commit_over_main(dir(), "t/links.json",
                         links_file_json("t", {t_link("fietsdiefstal", "tweewielers"),
                                               t_link("inbraken", "vermogen", LinkKind::merged)}));
  const std::vector<LinkRecord> records = link_records(store().index(), "t");
  ASSERT_EQ(records.size(), 2U);
  EXPECT_EQ(records[1].link, t_link("inbraken", "vermogen", LinkKind::merged));
  EXPECT_EQ(records[1].linked_by, "Careless Hand <hand@example.org>");
  EXPECT_NE(records[0].commit, records[1].commit);
}

// Verifies the store as it is, checking that verifying changed nothing.
VerifyReport verify_as_is(const std::filesystem::path& dir) {
  const auto before = test::snapshot(dir);
  VerifyReport report = Archive::open_as_is(dir).verify();
  EXPECT_EQ(test::snapshot(dir), before);
  return report;
}

std::string problems_of(const VerifyReport& report) {
  std::string text;
  for (const VerifyProblem& problem : report.problems)
    text += problem.where + ": " + problem.what + "\n";
  return text;
}

TEST_F(LinksStoreTest, VerifyPassesWithLinksAndChecksEveryLinksFile) {
  record(t_link("fietsdiefstal", "tweewielers"));
  Archive opened = store();
  unlink(opened, t_link("fietsdiefstal", "tweewielers"), {});
  record(t_link("inbraken", "vermogen", LinkKind::merged));
  const VerifyReport report = verify_as_is(dir());
  EXPECT_TRUE(report.ok()) << problems_of(report);
  EXPECT_EQ(report.revisions, 4);  // link commits record no revision
}

TEST_F(LinksStoreTest, VerifyReportsADamagedLinksFile) {
  record(t_link("fietsdiefstal", "tweewielers"));
  test::commit_over_main(dir(), "t/links.json", "{\"format\": \"kiv-links/1\", \"series\": \"t\"}");
  const VerifyReport report = verify_as_is(dir());
  const std::string problems = problems_of(report);
  EXPECT_NE(problems.find("t/links.json: commit "), std::string::npos) << problems;
  EXPECT_NE(problems.find(": t/links.json: /links: expected an array"), std::string::npos)
      << problems;
  // The index, which could not read it, is not also reported link by link.
  EXPECT_EQ(problems.find("the index has the link"), std::string::npos) << problems;
  // Opening the store fails the same way.
  EXPECT_NE(error_of([&] { store(); }, ErrorKind::store).find("/links: expected an array"),
            std::string::npos);
}

TEST_F(LinksStoreTest, VerifyReportsALinkToAnEditionTheCommitLacks) {
  test::commit_over_main(
      dir(), "t/links.json",
      links_file_json("t", {{"t", "2010-2012", "drugs", "2030-2032", "drugs", LinkKind::renamed}}));
  const std::string problems = problems_of(verify_as_is(dir()));
  EXPECT_NE(problems.find("t/links.json: links.json of commit "), std::string::npos) << problems;
  EXPECT_NE(problems.find("but the commit has no edition t/2030-2032"), std::string::npos)
      << problems;
}

TEST_F(LinksStoreTest, VerifyReportsLinkRowsOnlyTheIndexOrOnlyGitHas) {
  const LinkRecord recorded = record(t_link("fietsdiefstal", "tweewielers"));
  test::execute_on_index(
      dir(),
      "INSERT INTO links VALUES ('t', '2010-2012', 'drugs', '2013-2015', 'vermogen',"
      " 'renamed', 'abc', '2026-01-01T00:00:00Z', 'X <x@example.org>', 'm');"
      "UPDATE links SET kind = 'split' WHERE from_key = 'fietsdiefstal'");
  const std::string problems = problems_of(verify_as_is(dir()));
  EXPECT_NE(problems.find("t/links.json: the index has the link 2010-2012:drugs -> "
                          "2013-2015:vermogen, git does not"),
            std::string::npos)
      << problems;
  EXPECT_NE(problems.find(
                "t/links.json: the index has kind 'split' for the link 2010-2012:fietsdiefstal -> "
                "2013-2015:tweewielers, git has 'renamed'"),
            std::string::npos)
      << problems;
  test::execute_on_index(dir(), "DELETE FROM links");
  const std::string lacking = problems_of(verify_as_is(dir()));
  EXPECT_NE(lacking.find("t/links.json: the index lacks the link 2010-2012:fietsdiefstal -> "
                         "2013-2015:tweewielers"),
            std::string::npos)
      << lacking;
  (void)recorded;
}

}  // namespace
}  // namespace kiv
