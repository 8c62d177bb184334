// The history of a series: timeline, matrix and stats on the bundled editions and on the
// synthetic test series tests/data/series/demo, and the step engine against the real diff.

#include "kiv/history.hpp"

#include <gtest/gtest.h>
#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <random>
#include <set>
#include <tuple>

#include "history/history_series.hpp"
#include "history/history_steps.hpp"
#include "kiv/archive.hpp"
#include "kiv/diff.hpp"
#include "kiv/edition_format.hpp"
#include "kiv/error.hpp"
#include "kiv/flow.hpp"
#include "kiv/links.hpp"
#include "similarity.hpp"
#include "support/editions.hpp"
#include "support/lineage_editions.hpp"
#include "support/temp_dir.hpp"

namespace kiv {
namespace {

constexpr const char* kAuthor = "An Archivist <an@example.org>";
const char* const kDemoEditions[] = {"2001-2002", "2003-2004", "2005-2006", "2007-2008"};

PreparedImport prepared_demo(const std::string& edition) {
  const auto path = test::test_data("series/demo/" + edition + ".json");
  return prepare_import({path.string(), test::read_file(path)});
}

// The items of one section of an edition in `lang`, as the index would give them.
std::vector<HistoryItem> rows_of(const Edition& edition, Section section, const std::string& lang) {
  std::vector<HistoryItem> rows;
  for (const Item& item : edition.items(section)) {
    HistoryItem row{
        item.key, item.rank, text_in(item.title, lang), text_in(item.description, lang), {}};
    for (const LangText& subtopic : item.subtopics)
      row.subtopics.push_back(text_in(subtopic, lang));
    rows.push_back(std::move(row));
  }
  return rows;
}

// A step as a sorted list of comparable tuples.
using StepTuple = std::tuple<ChangeKind, std::optional<MatchKind>, std::vector<Aspect>,
                             std::vector<std::size_t>, std::vector<std::size_t>>;
std::vector<StepTuple> tuples(const SectionStep& step) {
  std::vector<StepTuple> out;
  for (const ItemStep& change : step.changes) {
    out.emplace_back(change.kind, change.match, change.aspects, change.from, change.to);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> related_keys(const MatrixCell& cell) {
  std::vector<std::string> keys;
  for (const DiffItem& item : cell.related) keys.push_back(item.key);
  return keys;
}

// Every entry of two timelines, field by field.
void expect_same_timeline(const Timeline& expected, const Timeline& actual) {
  EXPECT_EQ(actual.series, expected.series);
  EXPECT_EQ(actual.key, expected.key);
  EXPECT_EQ(actual.lang, expected.lang);
  EXPECT_EQ(actual.section, expected.section);
  ASSERT_EQ(actual.entries.size(), expected.entries.size());
  const auto same_item = [](const DiffItem& a, const DiffItem& b) {
    return a.key == b.key && a.rank == b.rank && a.title == b.title;
  };
  for (std::size_t i = 0; i < expected.entries.size(); ++i) {
    const TimelineEntry& want = expected.entries[i];
    const TimelineEntry& got = actual.entries[i];
    SCOPED_TRACE(expected.key + " in " + want.edition);
    EXPECT_EQ(got.edition, want.edition);
    EXPECT_EQ(got.change, want.change);
    EXPECT_EQ(got.aspects, want.aspects);
    EXPECT_EQ(got.match, want.match);
    ASSERT_EQ(got.item.has_value(), want.item.has_value());
    if (want.item) {
      EXPECT_TRUE(same_item(*got.item, *want.item));
    }
    ASSERT_EQ(got.related.size(), want.related.size());
    for (std::size_t r = 0; r < want.related.size(); ++r) {
      EXPECT_TRUE(same_item(got.related[r], want.related[r]));
    }
  }
}

class History : public ::testing::Test {
 protected:
  Archive bundled_store() {
    Archive store = Archive::open_or_create(temp_.path() / "bundled");
    store.import({test::prepared_bundled("kiv/2016-2019.json"),
                  test::prepared_bundled("kiv/2022-2024.json")},
                 {kAuthor, ""});
    return store;
  }

  Archive demo_store() {
    Archive store = Archive::open_or_create(temp_.path() / "demo");
    std::vector<PreparedImport> files;
    for (const char* edition : kDemoEditions) files.push_back(prepared_demo(edition));
    for (const ImportResult& result : store.import(files, {kAuthor, ""})) {
      EXPECT_TRUE(std::holds_alternative<ImportCreated>(result)) << test::describe(result);
    }
    return store;
  }

  test::TempDir temp_;
};

// ---- The bundled editions -----------------------------------------------------------------

TEST_F(History, TheBundledCybercrimeTimelineIsAddedThenReworded) {
  const Archive store = bundled_store();
  const Timeline line = timeline(store.index(), "kiv", "cybercrime");
  EXPECT_EQ(line.series, "kiv");
  EXPECT_EQ(line.lang, "nl");
  EXPECT_EQ(line.section, Section::priorities);
  ASSERT_EQ(line.entries.size(), 2U);
  EXPECT_EQ(line.entries[0].edition, "2016-2019");
  EXPECT_EQ(line.entries[0].change, TimelineChange::added);
  EXPECT_EQ(line.entries[0].item->rank, 5);
  EXPECT_EQ(line.entries[0].item->title, "cybercrime en cybersecurity");
  EXPECT_EQ(line.entries[1].change, TimelineChange::changed);
  EXPECT_EQ(line.entries[1].aspects, std::vector<Aspect>{Aspect::wording});
  EXPECT_EQ(line.entries[1].match, MatchKind::key);
  EXPECT_EQ(line.entries[1].item->title, "cybercrime en cyber security");
  EXPECT_EQ(line.entries[1].item->rank, 5);
  const Timeline theme = timeline(store.index(), "kiv", "buitgerichte-aanpak");
  EXPECT_EQ(theme.section, Section::themes);
  EXPECT_EQ(theme.entries[1].change, TimelineChange::unchanged);
}

TEST_F(History, TheBundledMatrixHasTenLineagesAndOneRewording) {
  const Archive store = bundled_store();
  const Matrix table = matrix(store.index(), "kiv", Section::priorities);
  EXPECT_EQ(table.editions, (std::vector<std::string>{"2016-2019", "2022-2024"}));
  ASSERT_EQ(table.rows.size(), 10U);
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const MatrixRow& row = table.rows[r];
    EXPECT_EQ(row.first, 0U);
    EXPECT_EQ(row.cell(0).rank, static_cast<int>(r + 1));
    EXPECT_EQ(row.cell(0).change, TimelineChange::added);
    EXPECT_EQ(row.cell(1).change, r == 4 ? TimelineChange::changed : TimelineChange::unchanged)
        << row.key;
  }
  EXPECT_EQ(table.rows[4].key, "cybercrime");
  EXPECT_EQ(table.rows[4].title, "cybercrime en cyber security");
  EXPECT_EQ(table.rows[4].cell(0).title, "cybercrime en cybersecurity");
  EXPECT_EQ(table.rows[4].cell(1).aspects, std::vector<Aspect>{Aspect::wording});
  EXPECT_EQ(matrix(store.index(), "kiv", Section::themes).rows.size(), 5U);
}

TEST_F(History, TheBundledStatsCountOneChangeAmongFifteen) {
  const Archive store = bundled_store();
  const SeriesStats stats = series_stats(store.index(), "kiv");
  ASSERT_EQ(stats.editions.size(), 2U);
  EXPECT_EQ(stats.editions[0].edition, "2016-2019");
  EXPECT_EQ(stats.editions[0].priorities, 10);
  EXPECT_EQ(stats.editions[0].themes, 5);
  ASSERT_EQ(stats.steps.size(), 1U);
  EXPECT_EQ(stats.steps[0].from, "2016-2019");
  EXPECT_EQ(stats.steps[0].to, "2022-2024");
  EXPECT_EQ(stats.steps[0].churn.changed, 1);
  EXPECT_EQ(stats.steps[0].churn.unchanged, 14);
  EXPECT_EQ(stats.steps[0].churn.total(), 15);
}

// An item whose key changed while its title stayed: the diff pairs it by title.
TEST_F(History, AnItemPairedByTitleWithAnotherKeyIsReportedFromBothSides) {
  Archive store = bundled_store();
  const std::string json = test::corrected_2022_2024(
      "\"key\": \"leefmilieu\",",
      "\"key\": \"milieu-en-natuur\", \"description\": {\"nl\": \"natuur\"},");
  store.import({prepare_import({"renamed.json", json})}, {kAuthor, ""});
  const Timeline old_key = timeline(store.index(), "kiv", "leefmilieu");
  const TimelineEntry& gone = old_key.entries[1];
  EXPECT_EQ(gone.change, TimelineChange::changed);
  EXPECT_EQ(gone.aspects, std::vector<Aspect>{Aspect::description});
  EXPECT_EQ(gone.match, MatchKind::exact);
  ASSERT_TRUE(gone.item);
  EXPECT_EQ(gone.item->key, "milieu-en-natuur");
  EXPECT_EQ(gone.item->rank, 8);
  EXPECT_TRUE(gone.related.empty());
  const Timeline new_key = timeline(store.index(), "kiv", "milieu-en-natuur");
  EXPECT_EQ(new_key.entries[0].change, TimelineChange::absent);
  const TimelineEntry& came = new_key.entries[1];
  EXPECT_EQ(came.change, TimelineChange::changed);
  EXPECT_EQ(came.aspects, std::vector<Aspect>{Aspect::description});
  EXPECT_EQ(came.match, MatchKind::exact);
  ASSERT_EQ(came.related.size(), 1U);
  EXPECT_EQ(came.related[0].key, "leefmilieu");
  EXPECT_EQ(came.related[0].rank, 8);
  const Matrix table = matrix(store.index(), "kiv", Section::priorities);
  ASSERT_EQ(table.rows.size(), 11U);
  EXPECT_EQ(table.rows[7].key, "leefmilieu");
  EXPECT_FALSE(table.rows[7].cell(1).rank);
  EXPECT_EQ(table.rows[7].cell(1).change, TimelineChange::changed);
  EXPECT_EQ(related_keys(table.rows[7].cell(1)), std::vector<std::string>{"milieu-en-natuur"});
  EXPECT_EQ(table.rows[10].key, "milieu-en-natuur");
  EXPECT_EQ(table.rows[10].first, 1U);
  EXPECT_EQ(table.rows[10].cell(1).rank, 8);
  EXPECT_EQ(related_keys(table.rows[10].cell(1)), std::vector<std::string>{"leefmilieu"});
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    expect_same_timeline(timeline(store.index(), "kiv", table.rows[r].key),
                         matrix_timeline(table, r));
  }
}

// A matrix gives every timeline of its section, as timeline() does one by one.
TEST_F(History, TheMatrixGivesEveryTimeline) {
  const Archive store = demo_store();
  for (const Section section : kSections) {
    for (const std::string lang : {"nl", "fr"}) {
      const Matrix table = matrix(store.index(), "demo", section, lang);
      ASSERT_FALSE(table.rows.empty());
      for (std::size_t r = 0; r < table.rows.size(); ++r) {
        expect_same_timeline(timeline(store.index(), "demo", table.rows[r].key, lang),
                             matrix_timeline(table, r));
      }
    }
  }
}

TEST_F(History, SeriesAndEditionsComeInPeriodOrder) {
  const Archive store = demo_store();
  EXPECT_EQ(store.index().series(), std::vector<std::string>{"demo"});
  const std::vector<EditionSummary> editions = series_editions(store.index(), "demo");
  ASSERT_EQ(editions.size(), 4U);
  for (std::size_t i = 0; i < editions.size(); ++i)
    EXPECT_EQ(editions[i].edition, kDemoEditions[i]);
  EXPECT_EQ(editions[0].latest.revision, 1);
  EXPECT_EQ(editions[1].priorities, 7);
}

// ---- The test series ----------------------------------------------------------------------

struct Expected {
  TimelineChange change;
  std::optional<int> rank;
  std::vector<Aspect> aspects = {};
  std::vector<std::string> related = {};
};

void expect_timeline_in(const Archive& store, const std::string& series, const std::string& key,
                        const std::vector<Expected>& expected) {
  const Timeline line = timeline(store.index(), series, key);
  ASSERT_EQ(line.entries.size(), expected.size()) << key;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const TimelineEntry& entry = line.entries[i];
    SCOPED_TRACE(key + " in " + entry.edition);
    if (series == "demo") {
      EXPECT_EQ(entry.edition, kDemoEditions[i]);
    }
    EXPECT_EQ(timeline_change_name(entry.change), timeline_change_name(expected[i].change));
    EXPECT_EQ(entry.item ? std::optional<int>(entry.item->rank) : std::nullopt, expected[i].rank);
    EXPECT_EQ(entry.aspects, expected[i].aspects);
    std::vector<std::string> related;
    for (const DiffItem& item : entry.related) related.push_back(item.key);
    EXPECT_EQ(related, expected[i].related);
  }
}

void expect_timeline(const Archive& store, const std::string& key,
                     const std::vector<Expected>& expected) {
  expect_timeline_in(store, "demo", key, expected);
}

using C = TimelineChange;

TEST_F(History, ARenumberedItemIsNotMovedAndARewordingIsWording) {
  const Archive store = demo_store();
  expect_timeline(
      store, "drugs",
      {{C::added, 2}, {C::changed, 1, {Aspect::wording}}, {C::unchanged, 1}, {C::unchanged, 2}});
}

TEST_F(History, ARealMoveIsRankAndDescriptionsAndSubtopicsCount) {
  const Archive store = demo_store();
  expect_timeline(store, "milieu",
                  {{C::added, 6},
                   {C::changed, 3, {Aspect::rank}},
                   {C::unchanged, 4},
                   {C::changed, 5, {Aspect::description}}});
  // Passed by the mover, it keeps its rank: unchanged.
  expect_timeline(store, "wapens",
                  {{C::added, 4},
                   {C::unchanged, 4},
                   {C::merged, std::nullopt, {}, {"handel"}},
                   {C::absent, std::nullopt}});
  expect_timeline(
      store, "verkeer",
      {{C::added, 5}, {C::unchanged, 5}, {C::unchanged, 6}, {C::changed, 6, {Aspect::subtopics}}});
}

TEST_F(History, SplitsAreSeenFromBothSides) {
  const Archive store = demo_store();
  expect_timeline(store, "fraude",
                  {{C::added, 3},
                   {C::unchanged, 2},
                   {C::split, std::nullopt, {}, {"sociale-fraude", "fiscale-fraude"}},
                   {C::absent, std::nullopt}});
  expect_timeline(store, "sociale-fraude",
                  {{C::absent, std::nullopt},
                   {C::absent, std::nullopt},
                   {C::split, 2, {}, {"fraude"}},
                   {C::unchanged, 3}});
}

TEST_F(History, MergesAreSeenFromBothSides) {
  const Archive store = demo_store();
  expect_timeline(store, "handel",
                  {{C::absent, std::nullopt},
                   {C::absent, std::nullopt},
                   {C::merged, 5, {}, {"wapens", "mensenhandel"}},
                   {C::removed, std::nullopt}});
  expect_timeline(store, "mensenhandel",
                  {{C::absent, std::nullopt},
                   {C::added, 7},
                   {C::merged, std::nullopt, {}, {"handel"}},
                   {C::absent, std::nullopt}});
}

TEST_F(History, AnItemCanBeRemovedAndComeBack) {
  const Archive store = demo_store();
  expect_timeline(
      store, "veiligheid-school",
      {{C::added, 1}, {C::removed, std::nullopt}, {C::absent, std::nullopt}, {C::added, 1}});
}

TEST_F(History, InheritedKeysCarryALineageThroughRewordings) {
  const Archive store = demo_store();
  expect_timeline(store, "cybercrime-cybersecurity",
                  {{C::absent, std::nullopt},
                   {C::added, 6},
                   {C::changed, 7, {Aspect::wording}},
                   {C::unchanged, 7}});
  const Timeline fr = timeline(store.index(), "demo", "cybercrime-cybersecurity", "fr");
  EXPECT_EQ(fr.lang, "fr");
  EXPECT_EQ(fr.entries[2].item->title, "cybercriminalité et cyber sécurité");
}

// Every timeline of the series says what diff_editions says of the item, pair by pair (with
// the history's rank rule), whichever path (item alone or step) computed it.
TEST_F(History, EveryTimelineAgreesWithTheDiffOfEachPair) {
  const Archive store = demo_store();
  const std::vector<EditionSummary> summaries = series_editions(store.index(), "demo");
  std::vector<Edition> editions;
  for (const EditionSummary& summary : summaries) editions.push_back(store.load(summary.latest));
  std::set<std::string> keys;
  for (const Edition& edition : editions) {
    for (const Item& item : edition.priorities) keys.insert(item.key);
  }
  ASSERT_GE(keys.size(), 10U);
  for (const std::string& key : keys) {
    const Timeline line = timeline(store.index(), "demo", key);
    for (std::size_t i = 1; i < editions.size(); ++i) {
      SCOPED_TRACE(key + " in " + editions[i].edition);
      const EditionDiff diff = diff_editions(editions[i - 1], editions[i], "nl");
      const auto has_key = [&](const std::vector<DiffItem>& side) {
        return std::any_of(side.begin(), side.end(),
                           [&](const DiffItem& item) { return item.key == key; });
      };
      const Change* found = nullptr;
      for (const Change& change : diff.priorities.changes) {
        if (has_key(change.to) || has_key(change.from)) found = found == nullptr ? &change : found;
      }
      const TimelineEntry& entry = line.entries[i];
      if (found == nullptr) {
        EXPECT_EQ(entry.change, TimelineChange::absent);
        continue;
      }
      std::vector<Aspect> aspects = found->aspects;
      if (found->from.size() == 1 && found->to.size() == 1 &&
          found->from[0].rank == found->to[0].rank) {
        std::erase(aspects, Aspect::rank);
      }
      const ChangeKind kind = found->kind == ChangeKind::changed && aspects.empty()
                                  ? ChangeKind::unchanged
                                  : found->kind;
      EXPECT_EQ(timeline_change_name(entry.change), change_kind_name(kind));
      EXPECT_EQ(entry.aspects, aspects);
      EXPECT_EQ(entry.match, found->match);
    }
  }
}

TEST_F(History, TheDemoMatrixMarksEveryKindOfChange) {
  const Archive store = demo_store();
  const Matrix table = matrix(store.index(), "demo", Section::priorities);
  ASSERT_EQ(table.editions.size(), 4U);
  std::vector<std::string> keys;
  for (const MatrixRow& row : table.rows) keys.push_back(row.key);
  // By first appearance, then by rank there.
  EXPECT_EQ(keys,
            (std::vector<std::string>{"veiligheid-school", "drugs", "fraude", "wapens", "verkeer",
                                      "milieu", "cybercrime-cybersecurity", "mensenhandel",
                                      "sociale-fraude", "fiscale-fraude", "handel"}));
  const auto row = [&](const std::string& key) -> const MatrixRow& {
    return table
        .rows[static_cast<std::size_t>(std::find(keys.begin(), keys.end(), key) - keys.begin())];
  };
  EXPECT_EQ(row("veiligheid-school").cell(1).change, TimelineChange::removed);
  EXPECT_FALSE(row("veiligheid-school").cell(1).rank);
  EXPECT_EQ(row("veiligheid-school").cell(2).change, TimelineChange::absent);
  EXPECT_EQ(row("veiligheid-school").cell(3).change, TimelineChange::added);
  EXPECT_EQ(row("milieu").cell(1).aspects, std::vector<Aspect>{Aspect::rank});
  EXPECT_EQ(row("drugs").cell(1).aspects, std::vector<Aspect>{Aspect::wording});
  EXPECT_EQ(row("fraude").cell(2).change, TimelineChange::split);
  EXPECT_EQ(related_keys(row("fraude").cell(2)),
            (std::vector<std::string>{"sociale-fraude", "fiscale-fraude"}));
  EXPECT_EQ(row("fraude").cells.size(), 3U);  // ends with the split
  EXPECT_EQ(row("fraude").cell(3).change, TimelineChange::absent);
  EXPECT_EQ(row("sociale-fraude").first, 2U);
  EXPECT_EQ(row("sociale-fraude").cell(2).change, TimelineChange::split);
  EXPECT_EQ(related_keys(row("sociale-fraude").cell(2)), std::vector<std::string>{"fraude"});
  EXPECT_EQ(row("handel").cell(2).change, TimelineChange::merged);
  EXPECT_EQ(related_keys(row("handel").cell(2)),
            (std::vector<std::string>{"wapens", "mensenhandel"}));
  EXPECT_EQ(row("handel").cell(3).change, TimelineChange::removed);
  EXPECT_EQ(row("wapens").cell(2).change, TimelineChange::merged);
  EXPECT_EQ(related_keys(row("wapens").cell(2)), std::vector<std::string>{"handel"});
  EXPECT_EQ(row("milieu").cell(3).aspects, std::vector<Aspect>{Aspect::description});
  EXPECT_EQ(row("cybercrime-cybersecurity").title, "cybercrime en cyber security");
  // The matrix and the timelines agree cell by cell.
  for (const MatrixRow& each : table.rows) {
    const Timeline line = timeline(store.index(), "demo", each.key);
    for (std::size_t e = 0; e < table.editions.size(); ++e) {
      SCOPED_TRACE(each.key + " in " + table.editions[e]);
      EXPECT_EQ(each.cell(e).change, line.entries[e].change);
      EXPECT_EQ(each.cell(e).aspects, line.entries[e].aspects);
      EXPECT_EQ(each.cell(e).rank, line.entries[e].item
                                       ? std::optional<int>(line.entries[e].item->rank)
                                       : std::nullopt);
    }
  }
}

TEST_F(History, TheDemoStatsAreTheDiffCounts) {
  const Archive store = demo_store();
  const SeriesStats stats = series_stats(store.index(), "demo");
  ASSERT_EQ(stats.steps.size(), 3U);
  const ChurnCounts& first = stats.steps[0].churn;  // priorities and themes together
  EXPECT_EQ(first.removed, 1);
  EXPECT_EQ(first.added, 2);
  EXPECT_EQ(first.changed, 2);    // drugs reworded, milieu moved
  EXPECT_EQ(first.unchanged, 5);  // fraude, wapens, verkeer, two themes
  const ChurnCounts& second = stats.steps[1].churn;
  EXPECT_EQ(second.split, 1);
  EXPECT_EQ(second.merged, 1);
  EXPECT_EQ(second.added, 1);  // the theme preventie
  const ChurnCounts& third = stats.steps[2].churn;
  EXPECT_EQ(third.added, 1);
  EXPECT_EQ(third.removed, 1);
  EXPECT_EQ(third.changed, 2);
  EXPECT_EQ(stats.editions[2].themes, 3);
}

TEST_F(History, ATitleFindsItsKeyWhateverItsCaseAndAccents) {
  const Archive store = demo_store();
  EXPECT_EQ(keys_titled(store.index(), "demo", "GEINTEGREERD  Drugsbeleid"),
            std::vector<std::string>{"drugs"});
  EXPECT_EQ(keys_titled(store.index(), "demo", "cybercrime en cyber-security!"),
            std::vector<std::string>{"cybercrime-cybersecurity"});
  EXPECT_EQ(keys_titled(store.index(), "demo", "fraude sociale"),
            std::vector<std::string>{"sociale-fraude"});  // fr
  EXPECT_TRUE(keys_titled(store.index(), "demo", "fraude").empty());
  EXPECT_TRUE(keys_titled(store.index(), "demo", "").empty());
}

// ---- Bad input ----------------------------------------------------------------------------

template <typename Call>
void expect_error(Call call, ErrorKind kind, const std::string& fragment) {
  try {
    call();
    FAIL() << "no error; expected one with: " << fragment;
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), kind) << e.what();
    EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos) << e.what();
  }
}

TEST_F(History, BadInputIsRefusedByName) {
  const Archive store = demo_store();
  expect_error([&] { timeline(store.index(), "demo", "no-such-key"); }, ErrorKind::not_found,
               "no item with key 'no-such-key' in any edition of demo");
  expect_error([&] { timeline(store.index(), "demo", "Not A Key"); }, ErrorKind::input,
               "'Not A Key' is not an item key");
  expect_error([&] { timeline(store.index(), "kiv", "drugs"); }, ErrorKind::not_found,
               "no series 'kiv' in the store; its series: demo");
  expect_error(
      [&] { matrix(store.index(), "demo", Section::priorities, "de"); }, ErrorKind::input,
      "demo/2001-2002 has no text in 'de'; the languages every edition of demo has: fr, nl");
  expect_error([&] { series_stats(store.index(), "nope"); }, ErrorKind::not_found,
               "no series 'nope'");
  expect_error([&] { series_editions(store.index(), "nope"); }, ErrorKind::not_found,
               "series: demo");
}

TEST_F(History, EditionsWithoutACommonLanguageHaveNoHistory) {
  Archive store = bundled_store();
  std::string french = test::read_file(test::bundled("kiv/2022-2024.json"));
  french.replace(french.find("\"edition\": \"2022-2024\""), 22, "\"edition\": \"2025-2027\"");
  french.replace(french.find("\"from\": 2022"), 12, "\"from\": 2025");
  french.replace(french.find("\"to\": 2024"), 10, "\"to\": 2027");
  for (std::size_t at = french.find("\"nl\":"); at != std::string::npos;
       at = french.find("\"nl\":", at)) {
    french.replace(at, 5, "\"fr\":");
  }
  store.import({prepare_import({"fr.json", french})}, {kAuthor, ""});
  expect_error([&] { timeline(store.index(), "kiv", "cybercrime"); }, ErrorKind::input,
               "the editions of kiv have no language in common");
  expect_error([&] { timeline(store.index(), "kiv", "cybercrime", "fr"); }, ErrorKind::input,
               "kiv/2016-2019 has no text in 'fr'");
}

// ---- The step engine against the diff -----------------------------------------------------

TEST_F(History, EachDemoStepIsTheDiffsStep) {
  // As imported (keys inherited) and as in the files (some items without keys).
  const Archive store = demo_store();
  std::vector<Edition> imported, files;
  for (const EditionSummary& summary : series_editions(store.index(), "demo"))
    imported.push_back(store.load(summary.latest));
  for (const char* name : kDemoEditions) files.push_back(prepared_demo(name).edition);
  for (const auto* editions : {&imported, &files}) {
    for (std::size_t i = 1; i < editions->size(); ++i) {
      const Edition& from = (*editions)[i - 1];
      const Edition& to = (*editions)[i];
      for (const std::string lang : {"nl", "fr"}) {
        const EditionDiff diff = diff_editions(from, to, lang);
        for (const Section section : kSections) {
          const std::vector<HistoryItem> old_rows = rows_of(from, section, lang);
          const std::vector<HistoryItem> new_rows = rows_of(to, section, lang);
          EXPECT_EQ(tuples(compare_sections(old_rows, new_rows, lang)),
                    tuples(step_from_diff(diff.section(section), old_rows.size(), new_rows.size())))
              << from.edition << " -> " << to.edition << " " << section_name(section) << " "
              << lang;
        }
      }
    }
  }
}

// Random pairs of editions with every kind of change, keys partly missing or replaced so that
// items must be matched by title: compare_sections says what the diff says.
TEST(HistorySteps, RandomEvolutionsGiveTheDiffsSteps) {
  const std::vector<std::string> words = {
      "veiligheid", "drugs",    "fraude",    "sociale", "fiscale",  "cyber",
      "misdaad",    "handel",   "wapens",    "mensen",  "verkeer",  "milieu",
      "school",     "geweld",   "preventie", "politie", "justitie", "terreur",
      "extremisme", "internet", "jongeren",  "steden",  "haven",    "grens"};
  std::mt19937 random(20261124);
  const auto below = [&](std::size_t n) { return static_cast<std::size_t>(random() % n); };
  const auto title = [&](std::size_t count) {
    std::string text;
    for (std::size_t i = 0; i < count; ++i) text += (i ? " " : "") + words[below(words.size())];
    return text;
  };
  int next_key = 0;
  std::map<std::string, int> seen;  // what the rounds exercised
  for (int round = 0; round < 300; ++round) {
    Edition from;
    from.series = "random";
    from.edition = "a";
    from.title = {{"nl", "a"}};
    const std::size_t size = 3 + below(25);
    for (std::size_t i = 0; i < size; ++i) {
      from.priorities.push_back(
          {0, "k" + std::to_string(next_key++), {{"nl", title(2 + below(4))}}, {}, {}});
      if (below(4) == 0) from.priorities.back().description = {{"nl", title(5)}};
    }
    Edition to = from;
    to.edition = "b";
    std::vector<Item> next;
    for (Item item : from.priorities) {
      const std::size_t roll = below(20);
      if (roll == 0) continue;  // removed
      if (roll == 1) {          // split in two, new keys
        const std::string whole = text_in(item.title, "nl");
        const auto space = whole.find(' ');
        next.push_back({0,
                        "k" + std::to_string(next_key++),
                        {{"nl", whole.substr(0, space) + " eerste"}},
                        {},
                        {}});
        next.push_back({0,
                        "k" + std::to_string(next_key++),
                        {{"nl", whole.substr(space + 1) + " tweede"}},
                        {},
                        {}});
        continue;
      }
      if (roll == 2) item.key.clear();                                      // matched by title
      if (roll == 3) item.key = "k" + std::to_string(next_key++);           // another key
      if (roll == 4) item.title["nl"] += " " + words[below(words.size())];  // reworded
      if (roll == 5) item.subtopics = {{{"nl", "sub"}}};
      if (roll == 6) item.description = {{"nl", "anders"}};
      next.push_back(std::move(item));
    }
    if (next.size() >= 2 && below(3) == 0) {  // two merged into one
      const std::size_t at = below(next.size() - 1);
      next[at].title["nl"] += " " + text_in(next[at + 1].title, "nl");
      next[at].key = "k" + std::to_string(next_key++);
      next.erase(next.begin() + static_cast<std::ptrdiff_t>(at + 1));
    }
    for (std::size_t moves = below(4); moves > 0 && next.size() > 1; --moves) {
      const std::size_t a = below(next.size());
      Item moving = next[a];
      next.erase(next.begin() + static_cast<std::ptrdiff_t>(a));
      next.insert(next.begin() + static_cast<std::ptrdiff_t>(below(next.size() + 1)), moving);
    }
    for (std::size_t added = below(4); added > 0; --added) {
      next.insert(
          next.begin() + static_cast<std::ptrdiff_t>(below(next.size() + 1)),
          {0, below(2) ? "k" + std::to_string(next_key++) : "", {{"nl", title(3)}}, {}, {}});
    }
    for (std::size_t i = 0; i < from.priorities.size(); ++i)
      from.priorities[i].rank = static_cast<int>(i + 1);
    for (std::size_t i = 0; i < next.size(); ++i) next[i].rank = static_cast<int>(i + 1);
    to.priorities = next;
    const std::vector<HistoryItem> old_rows = rows_of(from, Section::priorities, "nl");
    const std::vector<HistoryItem> new_rows = rows_of(to, Section::priorities, "nl");
    const EditionDiff diff = diff_editions(from, to, "nl");
    ASSERT_EQ(tuples(compare_sections(old_rows, new_rows, "nl")),
              tuples(step_from_diff(diff.priorities, old_rows.size(), new_rows.size())))
        << "round " << round;
    // key_pair_moved, which skips splits and merges where they cannot matter, agrees.
    const SectionStep step = compare_sections(old_rows, new_rows, "nl");
    TitleProfiles profiles("nl");
    for (const ItemStep& change : step.changes) {
      if (change.match != MatchKind::key) continue;
      const bool moved = std::find(change.aspects.begin(), change.aspects.end(), Aspect::rank) !=
                         change.aspects.end();
      ASSERT_EQ(key_pair_moved(old_rows, new_rows, "nl", change.from.front(), profiles), moved)
          << "round " << round;
      seen[moved ? "key pair moved" : "key pair kept"]++;
    }
    for (const Change& change : diff.priorities.changes) {
      ++seen[std::string(change_kind_name(change.kind))];
      if (change.match) ++seen[std::string(match_kind_name(*change.match))];
      for (const Aspect aspect : change.aspects) ++seen[std::string(aspect_name(aspect))];
    }
  }
  for (const char* what :
       {"added", "removed", "changed", "unchanged", "split", "merged", "key", "exact", "similar",
        "wording", "rank", "description", "subtopics", "key pair moved", "key pair kept"}) {
    EXPECT_GT(seen[what], 0) << what;
  }
}

TEST(HistorySteps, SettlingRanksKeepsOnlyRealNumberChanges) {
  // Items reversed: the middle one keeps rank 2; the diff may call it moved, the history not.
  std::vector<HistoryItem> from = {
      {"a", 1, "alfa", "", {}}, {"b", 2, "beta", "", {}}, {"c", 3, "gamma", "", {}}};
  std::vector<HistoryItem> to = {
      {"c", 1, "gamma", "", {}}, {"b", 2, "beta", "", {}}, {"a", 3, "alfa", "", {}}};
  SectionStep step = compare_sections(from, to, "nl");
  settle_ranks(step, from, to);
  const ItemStep& middle = step.changes.at(step.of_old[1]);
  EXPECT_EQ(middle.kind, ChangeKind::unchanged);
  EXPECT_TRUE(middle.aspects.empty());
  int moved = 0;
  for (const ItemStep& change : step.changes) moved += change.kind == ChangeKind::changed;
  EXPECT_EQ(moved, 2);
}

TEST(HistoryLinks, RenamedLinksContinueALineageBothWays) {
  SeriesContext context{"demo", {}, "nl"};
  for (const char* edition : kDemoEditions) context.editions.push_back({edition, 0, {"nl"}});
  const std::vector<CuratedLink> links = {
      {"demo", "2001-2002", "oud", "2003-2004", "midden", LinkKind::renamed},
      {"demo", "2003-2004", "midden", "2005-2006", "nieuw", LinkKind::renamed},
      {"demo", "2003-2004", "x", "2005-2006", "y", LinkKind::split},
      {"demo", "2001-2002", "ver", "2005-2006", "weg", LinkKind::renamed}};
  const std::vector<std::string> forwards = {"oud", "midden", "nieuw", "nieuw"};
  // The second argument: the latest edition with an item holding the key.
  EXPECT_EQ(lineage_keys("oud", 0, links, context).keys, forwards);
  EXPECT_EQ(lineage_keys("midden", 1, links, context).keys, forwards);
  EXPECT_EQ(lineage_keys("nieuw", 3, links, context).keys, forwards);
  EXPECT_EQ(lineage_keys("nieuw", 3, links, context).begins, 0U);
  EXPECT_EQ(lineage_keys("x", 3, links, context).keys,
            std::vector<std::string>(4, "x"));  // not renamed
  // Not between consecutive editions: the history's steps do not pair them.
  EXPECT_EQ(lineage_keys("ver", 0, links, context).keys, std::vector<std::string>(4, "ver"));
  EXPECT_EQ(lineage_keys("weg", 2, links, context).keys, std::vector<std::string>(4, "weg"));
  EXPECT_TRUE(link_touches(links, context, 1, 2));
  EXPECT_FALSE(link_touches(links, context, 2, 3));
  const test::TempDir dir;
  EXPECT_TRUE(series_links(Archive::open_or_create(dir.path() / "store").index(), "demo").empty());
}

TEST(HistoryLinks, AKeyReusedAfterARenamedLinkNamesTheNewItem) {
  SeriesContext context{"demo", {}, "nl"};
  for (const char* edition : kDemoEditions) context.editions.push_back({edition, 0, {"nl"}});
  // fiets was renamed twee in 2003-2004, and a new item there took the key fiets again.
  const std::vector<CuratedLink> links = {
      {"demo", "2001-2002", "fiets", "2003-2004", "twee", LinkKind::renamed}};
  const LineageKeys reused = lineage_keys("fiets", 3, links, context);
  EXPECT_EQ(reused.keys, std::vector<std::string>(4, "fiets"));
  EXPECT_EQ(reused.begins, 1U);  // 2001-2002's fiets is the other lineage's
  const LineageKeys renamed = lineage_keys("twee", 3, links, context);
  EXPECT_EQ(renamed.keys, (std::vector<std::string>{"fiets", "twee", "twee", "twee"}));
  EXPECT_EQ(renamed.begins, 0U);
  // Before the reuse, fiets named the renamed lineage.
  EXPECT_EQ(lineage_keys("fiets", 0, links, context).keys, renamed.keys);
}

// ---- Curated links ------------------------------------------------------------------------

// Random pairs of editions with curated links (renamed, split, merged; some recorded from the
// newer edition to the older, some conflicting or naming keys that are not there):
// compare_sections with the oriented links says what diff_editions with the links says.
TEST(HistorySteps, RandomEvolutionsWithLinksGiveTheDiffsSteps) {
  const std::vector<std::string> words = {"veiligheid", "drugs",  "fraude",  "sociale",
                                          "fiscale",    "cyber",  "misdaad", "handel",
                                          "wapens",     "mensen", "verkeer", "milieu"};
  std::mt19937 random(20261125);
  const auto below = [&](std::size_t n) { return static_cast<std::size_t>(random() % n); };
  const auto title = [&](std::size_t count) {
    std::string text;
    for (std::size_t i = 0; i < count; ++i) text += (i ? " " : "") + words[below(words.size())];
    return text;
  };
  std::map<std::string, int> seen;
  for (int round = 0; round < 300; ++round) {
    Edition from;
    from.series = "random";
    from.edition = "a";
    from.title = {{"nl", "a"}};
    Edition to = from;
    to.edition = "b";
    const std::size_t old_size = 4 + below(12);
    const std::size_t new_size = 4 + below(12);
    for (std::size_t i = 0; i < old_size; ++i) {
      from.priorities.push_back({static_cast<int>(i + 1),
                                 "o" + std::to_string(i),
                                 {{"nl", title(2 + below(3))}},
                                 {},
                                 {}});
    }
    for (std::size_t j = 0; j < new_size; ++j) {
      // Some keys continue, some titles too: links must come before key and title pairs.
      const bool same_key = j < old_size && below(3) == 0;
      const std::string key = same_key ? "o" + std::to_string(j) : "n" + std::to_string(j);
      const std::string text = j < old_size && below(3) == 0
                                   ? text_in(from.priorities[j].title, "nl")
                                   : title(2 + below(3));
      to.priorities.push_back({static_cast<int>(j + 1), key, {{"nl", text}}, {}, {}});
    }
    std::vector<CuratedLink> links;
    const auto old_key = [&] { return from.priorities[below(old_size)].key; };
    const auto new_key = [&] { return to.priorities[below(new_size)].key; };
    for (std::size_t count = below(5); count > 0; --count) {
      const std::size_t kind = below(4);
      if (kind == 0) links.push_back({"random", "a", old_key(), "b", new_key(), LinkKind::renamed});
      if (kind == 1) {  // one old item split in two
        const std::string whole = old_key();
        links.push_back({"random", "a", whole, "b", new_key(), LinkKind::split});
        links.push_back({"random", "a", whole, "b", new_key(), LinkKind::split});
      }
      if (kind == 2) {  // two merged into one
        const std::string into = new_key();
        links.push_back({"random", "a", old_key(), "b", into, LinkKind::merged});
        links.push_back({"random", "a", old_key(), "b", into, LinkKind::merged});
      }
      if (kind == 3) {  // recorded from the newer edition, or naming a key that is not there
        links.push_back(
            below(2) ? CuratedLink{"random", "b", new_key(), "a", old_key(), LinkKind::split}
                     : CuratedLink{"random", "a", "missing", "b", new_key(), LinkKind::renamed});
      }
    }
    const std::vector<HistoryItem> old_rows = rows_of(from, Section::priorities, "nl");
    const std::vector<HistoryItem> new_rows = rows_of(to, Section::priorities, "nl");
    const EditionDiff diff = diff_editions(from, to, "nl", links);
    ASSERT_EQ(
        tuples(compare_sections(old_rows, new_rows, "nl", orient_links("random", "a", "b", links))),
        tuples(step_from_diff(diff.priorities, old_rows.size(), new_rows.size())))
        << "round " << round;
    for (const Change& change : diff.priorities.changes) {
      if (change.match != MatchKind::curated) continue;
      ++seen[std::string(change_kind_name(change.kind))];
      for (const Aspect aspect : change.aspects) ++seen[std::string(aspect_name(aspect))];
    }
  }
  for (const char* what : {"changed", "unchanged", "split", "merged", "wording", "rank"}) {
    EXPECT_GT(seen[what], 0) << what << " with match curated";
  }
}

class HistoryWithLinks : public History {
 protected:
  // The test series t: 2010-2012 and 2013-2015 (tests/support/lineage_editions.hpp), then
  // 2016-2018 where tweewielers became fietsen (renamed again, beyond the matcher's reach).
  Archive lineage_store(const std::string& name = "lineage") {
    Archive store = Archive::open_or_create(temp_.path() / name);
    Edition third = test::lineage_edition("2016-2018", 2016, 2018,
                                          {{"drugs", "drugshandel en drugsgebruik"},
                                           {"fietsen", "diefstal van rijwielen"},
                                           {"vermogen", "vermogenscriminaliteit"}});
    for (const ImportResult& result :
         store.import({prepare_import({"old.json", test::lineage_old_json()}),
                       prepare_import({"new.json", test::lineage_new_json()}),
                       prepare_import({"third.json", to_canonical_json(third)})},
                      {kAuthor, ""})) {
      EXPECT_TRUE(std::holds_alternative<ImportCreated>(result)) << test::describe(result);
    }
    return store;
  }

  static CuratedLink t_link(const std::string& from_edition, const std::string& from_key,
                            const std::string& to_edition, const std::string& to_key,
                            LinkKind kind) {
    return {"t", from_edition, from_key, to_edition, to_key, kind};
  }

  // Every kind between the first two editions, and tweewielers on to fietsen.
  static std::vector<CuratedLink> all_links() {
    return {t_link("2010-2012", "fietsdiefstal", "2013-2015", "tweewielers", LinkKind::renamed),
            t_link("2010-2012", "mensenhandel", "2013-2015", "uitbuiting", LinkKind::split),
            t_link("2010-2012", "mensenhandel", "2013-2015", "smokkel", LinkKind::split),
            t_link("2010-2012", "inbraken", "2013-2015", "vermogen", LinkKind::merged),
            t_link("2010-2012", "overvallen", "2013-2015", "vermogen", LinkKind::merged),
            t_link("2013-2015", "tweewielers", "2016-2018", "fietsen", LinkKind::renamed)};
  }

  static void link_all(Archive& store) {
    for (const CuratedLink& wanted : all_links()) link(store, wanted, {kAuthor, ""});
  }
};

// Every step of the series, as the history computes it from the index, is the diff's with
// the series' links (diff_step), and every row of the matrix is its key's timeline.
void expect_steps_and_timelines_agree(const Archive& store, const std::string& series) {
  const std::vector<CuratedLink> links = series_links(store.index(), series);
  for (const std::string lang : {"nl"}) {
    SeriesContext context{series, {}, lang};
    std::vector<Edition> editions;
    for (const EditionSummary& summary : series_editions(store.index(), series)) {
      editions.push_back(store.load(summary.latest));
      context.editions.push_back({summary.edition, 0, {lang}});
    }
    for (std::size_t i = 1; i < editions.size(); ++i) {
      for (const Section section : kSections) {
        const std::vector<HistoryItem> old_rows = rows_of(editions[i - 1], section, lang);
        const std::vector<HistoryItem> new_rows = rows_of(editions[i], section, lang);
        SectionStep from_diff = diff_step(store.index(), context, i - 1, i, section, links);
        settle_ranks(from_diff, old_rows, new_rows);
        EXPECT_EQ(tuples(series_step(context, links, i - 1, i, old_rows, new_rows)),
                  tuples(from_diff))
            << editions[i].edition << " " << section_name(section);
      }
    }
    for (const Section section : kSections) {
      const Matrix table = matrix(store.index(), series, section, lang);
      for (std::size_t r = 0; r < table.rows.size(); ++r) {
        expect_same_timeline(timeline(store.index(), series, table.rows[r].key, lang),
                             matrix_timeline(table, r));
        const Timeline line = timeline(store.index(), series, table.rows[r].key, lang);
        for (std::size_t e = 0; e < line.entries.size(); ++e) {
          EXPECT_EQ(matrix_timeline(table, r).entries[e].key, line.entries[e].key)
              << table.rows[r].key;
        }
      }
    }
  }
}

TEST_F(HistoryWithLinks, AKeyReusedAfterARenamedLinkIsALineageOfItsOwn) {
  // 2013-2015 renames fietsdiefstal to tweewielers (a curated link) and gives the key
  // fietsdiefstal to a new item; 2016-2018 keeps both.
  Archive store = Archive::open_or_create(temp_.path() / "reuse");
  Edition second = test::lineage_new();
  second.priorities.push_back({6, "fietsdiefstal", {{"nl", "diefstal aan treinstations"}}, {}, {}});
  Edition third = second;
  third.edition = "2016-2018";
  third.period = Period{2016, 2018};
  store.import({prepare_import({"old.json", test::lineage_old_json()}),
                prepare_import({"new.json", to_canonical_json(second)}),
                prepare_import({"third.json", to_canonical_json(third)})},
               {kAuthor, ""});
  link(store, t_link("2010-2012", "fietsdiefstal", "2013-2015", "tweewielers", LinkKind::renamed),
       {kAuthor, ""});

  expect_timeline_in(store, "t", "fietsdiefstal",
                     {{C::absent, std::nullopt}, {C::added, 6}, {C::unchanged, 6}});
  expect_timeline_in(
      store, "t", "tweewielers",
      {{C::added, 1}, {C::changed, 1, {Aspect::wording}, {"fietsdiefstal"}}, {C::unchanged, 1}});
  const Matrix table = matrix(store.index(), "t", Section::priorities);
  std::vector<std::string> keys;
  for (const MatrixRow& row : table.rows) keys.push_back(row.key);
  std::sort(keys.begin(), keys.end());
  EXPECT_EQ(keys, (std::vector<std::string>{"drugs", "fietsdiefstal", "inbraken", "mensenhandel",
                                            "overvallen", "smokkel", "tweewielers", "uitbuiting",
                                            "vermogen"}));
  expect_steps_and_timelines_agree(store, "t");
}

TEST_F(HistoryWithLinks, WithoutLinksARenamedItemIsRemovedThenAdded) {
  const Archive store = lineage_store();
  expect_timeline_in(store, "t", "fietsdiefstal",
                     {{C::added, 1}, {C::removed, std::nullopt}, {C::absent, std::nullopt}});
  expect_timeline_in(store, "t", "tweewielers",
                     {{C::absent, std::nullopt}, {C::added, 1}, {C::removed, std::nullopt}});
  EXPECT_EQ(matrix(store.index(), "t", Section::priorities).rows.size(), 10U);
  const ChurnCounts churn = series_stats(store.index(), "t").steps[0].churn;
  EXPECT_EQ(churn.removed, 4);
  EXPECT_EQ(churn.added, 4);
  EXPECT_EQ(churn.changed, 0);
  EXPECT_EQ(churn.split + churn.merged, 0);
}

TEST_F(HistoryWithLinks, ARenamedLinkMakesOneLineageSeenFromEitherKey) {
  Archive store = lineage_store();
  link_all(store);
  const std::vector<Expected> expected = {{C::added, 1},
                                          {C::changed, 1, {Aspect::wording}, {"fietsdiefstal"}},
                                          {C::changed, 2, {Aspect::wording}, {"tweewielers"}}};
  for (const char* key : {"fietsdiefstal", "tweewielers", "fietsen"}) {
    SCOPED_TRACE(key);
    expect_timeline_in(store, "t", key, expected);
    const Timeline line = timeline(store.index(), "t", key);
    EXPECT_EQ(line.key, key);
    EXPECT_EQ(line.entries[0].key, "fietsdiefstal");
    EXPECT_EQ(line.entries[1].key, "tweewielers");
    EXPECT_EQ(line.entries[2].key, "fietsen");
    EXPECT_EQ(line.entries[1].match, MatchKind::curated);
    EXPECT_EQ(line.entries[1].item->key, "tweewielers");
    EXPECT_EQ(line.entries[2].item->title, "diefstal van rijwielen");
  }
  const Matrix table = matrix(store.index(), "t", Section::priorities);
  std::vector<std::string> keys;
  for (const MatrixRow& row : table.rows) keys.push_back(row.key);
  EXPECT_EQ(keys, (std::vector<std::string>{"fietsen", "drugs", "mensenhandel", "inbraken",
                                            "overvallen", "uitbuiting", "smokkel", "vermogen"}));
  const MatrixRow& row = table.rows[0];
  EXPECT_EQ(row.title, "diefstal van rijwielen");
  EXPECT_EQ(row.cells.size(), 3U);
  EXPECT_EQ(row.cell(0).key, "fietsdiefstal");
  EXPECT_EQ(row.cell(1).key, "tweewielers");
  EXPECT_EQ(row.cell(1).match, MatchKind::curated);
  EXPECT_EQ(related_keys(row.cell(1)), std::vector<std::string>{"fietsdiefstal"});
  EXPECT_EQ(row.cell(2).rank, 2);
  expect_steps_and_timelines_agree(store, "t");
}

TEST_F(HistoryWithLinks, SplitAndMergeLinksShowWithTheirItems) {
  Archive store = lineage_store();
  link_all(store);
  expect_timeline_in(store, "t", "mensenhandel",
                     {{C::added, 3},
                      {C::split, std::nullopt, {}, {"uitbuiting", "smokkel"}},
                      {C::absent, std::nullopt}});
  expect_timeline_in(
      store, "t", "smokkel",
      {{C::absent, std::nullopt}, {C::split, 4, {}, {"mensenhandel"}}, {C::removed, std::nullopt}});
  expect_timeline_in(
      store, "t", "inbraken",
      {{C::added, 4}, {C::merged, std::nullopt, {}, {"vermogen"}}, {C::absent, std::nullopt}});
  expect_timeline_in(store, "t", "vermogen",
                     {{C::absent, std::nullopt},
                      {C::merged, 5, {}, {"inbraken", "overvallen"}},
                      {C::unchanged, 3}});  // renumbered only
  EXPECT_EQ(timeline(store.index(), "t", "smokkel").entries[1].match, MatchKind::curated);
  const ChurnCounts churn = series_stats(store.index(), "t").steps[0].churn;
  EXPECT_EQ(churn.changed, 1);  // fietsdiefstal -> tweewielers
  EXPECT_EQ(churn.split, 1);
  EXPECT_EQ(churn.merged, 1);
  EXPECT_EQ(churn.removed + churn.added, 0);
  EXPECT_EQ(series_stats(store.index(), "t").steps[1].churn.changed,
            2);  // fietsen reworded, drugs moved
}

TEST_F(HistoryWithLinks, UnlinkingRestoresTheAutomaticHistory) {
  Archive store = lineage_store();
  const Matrix before = matrix(store.index(), "t", Section::priorities);
  link_all(store);
  unlink(store, t_link("2010-2012", "fietsdiefstal", "2013-2015", "tweewielers", LinkKind::renamed),
         {kAuthor, ""});
  expect_timeline_in(store, "t", "fietsdiefstal",
                     {{C::added, 1}, {C::removed, std::nullopt}, {C::absent, std::nullopt}});
  // tweewielers still continues as fietsen.
  expect_timeline_in(store, "t", "fietsen",
                     {{C::absent, std::nullopt},
                      {C::added, 1},
                      {C::changed, 2, {Aspect::wording}, {"tweewielers"}}});
  EXPECT_EQ(series_stats(store.index(), "t").steps[0].churn.removed, 1);
  expect_steps_and_timelines_agree(store, "t");
}

// The demo series with links that override what the matcher found: mensenhandel renamed to
// handel (instead of merged with wapens), fraude split by links, and drugs and verkeer (both
// continuing by key) merged into milieu.
TEST_F(History, DemoStepsWithLinksAreTheDiffsSteps) {
  Archive store = demo_store();
  for (const CuratedLink& wanted :
       {CuratedLink{"demo", "2003-2004", "mensenhandel", "2005-2006", "handel", LinkKind::renamed},
        CuratedLink{"demo", "2003-2004", "fraude", "2005-2006", "sociale-fraude", LinkKind::split},
        CuratedLink{"demo", "2003-2004", "fraude", "2005-2006", "fiscale-fraude", LinkKind::split},
        CuratedLink{"demo", "2005-2006", "drugs", "2007-2008", "milieu", LinkKind::merged},
        CuratedLink{"demo", "2005-2006", "verkeer", "2007-2008", "milieu", LinkKind::merged}}) {
    link(store, wanted, {kAuthor, ""});
  }
  expect_steps_and_timelines_agree(store, "demo");
  expect_timeline(store, "handel",
                  {{C::absent, std::nullopt},
                   {C::added, 7},
                   {C::changed, 5, {Aspect::wording, Aspect::rank}, {"mensenhandel"}},
                   {C::removed, std::nullopt}});
  EXPECT_EQ(timeline(store.index(), "demo", "fraude").entries[2].match, MatchKind::curated);
  const Timeline drugs = timeline(store.index(), "demo", "drugs");
  EXPECT_EQ(drugs.entries[3].change, TimelineChange::added);  // its old item merged into milieu
}

TEST(HistoryTitles, FoldingAsciiWithoutUtf8procGivesUtf8procsResult) {
  const auto with_utf8proc = [](const std::string& text) {
    utf8proc_uint8_t* result = nullptr;
    const auto length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                     static_cast<utf8proc_ssize_t>(text.size()), &result,
                                     static_cast<utf8proc_option_t>(fold_options()));
    EXPECT_GE(length, 0);
    std::string folded(reinterpret_cast<const char*>(result), static_cast<std::size_t>(length));
    std::free(result);
    return folded;
  };
  std::string every_ascii;
  for (int c = 1; c < 0x80; ++c) {
    const std::string one(1, static_cast<char>(c));
    EXPECT_EQ(fold(one), with_utf8proc(one)) << c;
    every_ascii += one;
  }
  EXPECT_EQ(fold(every_ascii), with_utf8proc(every_ascii));
  EXPECT_EQ(fold("Cybercrime en Cyber-Security (2022)"), "cybercrime en cyber-security (2022)");
  EXPECT_EQ(fold("Geïntegreerd DRUGSBELEID"), "geintegreerd drugsbeleid");  // not ASCII: utf8proc
}

TEST(HistoryTitles, NormalizedTitlesAreTheMatchers) {
  for (const char* title :
       {"Cybercrime en Cyber-Security!", "  leading, trailing  ", "a--b__c 12x", "", "!!!",
        "geïntegreerd DRUGSBELEID", "Straße", "X", "de  buitgerichte\taanpak\n"}) {
    EXPECT_EQ(normalized_title(title), profile_title(title).normalized) << title;
  }
}

TEST(HistoryMatrix, CellsOutsideARowAreAbsent) {
  MatrixRow row{"k", "t", 2, {}};
  row.cells.push_back({3, TimelineChange::added, {}, std::nullopt, "t", {}, "k"});
  EXPECT_EQ(row.cell(2).rank, 3);
  EXPECT_FALSE(row.cell(1).rank);
  EXPECT_EQ(row.cell(1).change, TimelineChange::absent);
  EXPECT_EQ(row.cell(3).change, TimelineChange::absent);
}

// --from, --to and --last: the positions kept, and the errors that name what was expected.
TEST(EditionSpan, KeepsFromToThenTheLatest) {
  const std::vector<std::string> editions{"2010-2012", "2013-2015", "2016-2019", "2022-2024"};
  using Positions = std::pair<std::size_t, std::size_t>;
  EXPECT_EQ(span_positions(editions, {}), (Positions{0, 4}));
  EXPECT_EQ(span_positions(editions, {"2013-2015", "", 0}), (Positions{1, 4}));
  EXPECT_EQ(span_positions(editions, {"", "2016-2019", 0}), (Positions{0, 3}));
  EXPECT_EQ(span_positions(editions, {"2013-2015", "2013-2015", 0}), (Positions{1, 2}));
  EXPECT_EQ(span_positions(editions, {"", "", 2}), (Positions{2, 4}));
  EXPECT_EQ(span_positions(editions, {"", "2016-2019", 2}), (Positions{1, 3}));
  EXPECT_EQ(span_positions(editions, {"", "", 9}), (Positions{0, 4}));
  try {
    span_positions(editions, {"1999-2000", "", 0});
    ADD_FAILURE() << "an unknown edition";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::not_found);
    EXPECT_STREQ(e.what(),
                 "--from 1999-2000: no such edition in the series; its editions: 2010-2012, "
                 "2013-2015, 2016-2019, 2022-2024");
  }
  try {
    span_positions(editions, {"2016-2019", "2013-2015", 0});
    ADD_FAILURE() << "from after to";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::input);
    EXPECT_STREQ(e.what(),
                 "--from 2016-2019 comes after --to 2013-2015; expected the older edition first");
  }
}

TEST_F(History, AMatrixOrTimelineCutToASpanKeepsTheCellsOfItsEditions) {
  const Archive store = demo_store();
  const Matrix table = matrix(store.index(), "demo", Section::priorities);
  ASSERT_EQ(table.editions.size(), 4U);
  const Matrix cut = within(table, {"", "", 1});  // the last edition
  EXPECT_EQ(cut.editions,
            (std::vector<std::string>(table.editions.begin() + 3, table.editions.end())));
  std::size_t kept = 0;
  for (const MatrixRow& row : table.rows) {
    const bool shows = [&] {
      for (std::size_t e = 3; e < 4; ++e)
        if (row.cell(e).rank || row.cell(e).change != TimelineChange::absent) return true;
      return false;
    }();
    const auto found = std::find_if(cut.rows.begin(), cut.rows.end(),
                                    [&](const MatrixRow& r) { return r.key == row.key; });
    EXPECT_EQ(found != cut.rows.end(), shows) << row.key;
    if (found == cut.rows.end()) continue;
    ++kept;
    for (std::size_t w = 0; w < 1; ++w) {
      EXPECT_EQ(found->cell(w).rank, row.cell(3 + w).rank) << row.key << " " << w;
      EXPECT_EQ(found->cell(w).change, row.cell(3 + w).change) << row.key << " " << w;
      EXPECT_EQ(found->cell(w).title, row.cell(3 + w).title) << row.key << " " << w;
    }
  }
  EXPECT_EQ(cut.rows.size(), kept);
  EXPECT_LT(kept, table.rows.size());  // some lineage ended before the span
  const Timeline line = timeline(store.index(), "demo", "drugs");
  const Timeline cut_line = within(line, {line.entries[1].edition, line.entries[2].edition, 0});
  ASSERT_EQ(cut_line.entries.size(), 2U);
  EXPECT_EQ(cut_line.entries[0].edition, line.entries[1].edition);
  EXPECT_EQ(cut_line.entries[1].change, line.entries[2].change);
}

// The bands of the flow from the edition at `column` to the next: (from rank, to rank, change).
std::vector<std::tuple<int, int, TimelineChange>> bands_of(const Flow& flow, std::size_t column) {
  std::vector<std::tuple<int, int, TimelineChange>> bands;
  for (const FlowBand& band : flow.columns.at(column).bands) {
    bands.emplace_back(flow.columns[column].nodes.at(band.from).rank,
                       flow.columns.at(column + 1).nodes.at(band.to).rank, band.change);
  }
  std::sort(bands.begin(), bands.end());
  return bands;
}

TEST_F(History, TheFlowHasABandPerPairPerPartOfASplitAndPerMergedItem) {
  const Archive store = demo_store();
  const Flow flow = series_flow(store.index(), "demo", Section::priorities);
  ASSERT_EQ(flow.columns.size(), 4U);
  EXPECT_EQ(flow.lang, "nl");
  // 2003-2004 -> 2005-2006: fraude (2) split into sociale (2) and fiscale fraude (3); wapens (4)
  // and mensenhandel (7) merged into handel (5); the rest continued.
  EXPECT_EQ(bands_of(flow, 2 - 1), (std::vector<std::tuple<int, int, C>>{{1, 1, C::unchanged},
                                                                         {2, 2, C::split},
                                                                         {2, 3, C::split},
                                                                         {3, 4, C::unchanged},
                                                                         {4, 5, C::merged},
                                                                         {5, 6, C::unchanged},
                                                                         {6, 7, C::changed},
                                                                         {7, 5, C::merged}}));
  const FlowColumn& split_into = flow.columns[2];
  EXPECT_EQ(split_into.nodes[1].change, C::split);
  EXPECT_EQ(split_into.nodes[4].change, C::merged);
  EXPECT_EQ(split_into.nodes[4].title, "illegale wapenhandel en mensenhandel");
  // 2005-2006 -> 2007-2008: handel (5) removed, veiligheid op school added at the top.
  EXPECT_TRUE(split_into.nodes[4].removed_next);
  std::size_t removed = 0;
  for (const FlowNode& node : split_into.nodes) removed += node.removed_next ? 1 : 0;
  EXPECT_EQ(removed, 1U);
  const std::vector<std::tuple<int, int, C>> last = bands_of(flow, 2);
  EXPECT_EQ(last.size(), 6U);
  EXPECT_TRUE(std::none_of(last.begin(), last.end(),
                           [](const auto& band) { return std::get<0>(band) == 5; }));
  EXPECT_EQ(flow.columns[3].nodes[0].change, C::added);
  EXPECT_TRUE(flow.columns[3].bands.empty());
  // Every band joins what the matrix says of its items.
  const Matrix table = matrix(store.index(), "demo", Section::priorities);
  for (std::size_t c = 1; c < flow.columns.size(); ++c) {
    for (const FlowNode& node : flow.columns[c].nodes) {
      if (node.key.empty()) continue;
      const auto row = std::find_if(table.rows.begin(), table.rows.end(),
                                    [&](const MatrixRow& r) { return r.cell(c).key == node.key; });
      ASSERT_NE(row, table.rows.end()) << node.key;
      EXPECT_EQ(row->cell(c).change, node.change) << node.key;
      EXPECT_EQ(row->cell(c).rank, node.rank) << node.key;
    }
  }
}

TEST_F(History, AFlowCutToASpanKeepsItsBandsAndEndsWithoutAny) {
  const Archive store = demo_store();
  const Flow flow = series_flow(store.index(), "demo", Section::priorities);
  const Flow cut = within(flow, {"2003-2004", "2005-2006", 0});
  ASSERT_EQ(cut.columns.size(), 2U);
  EXPECT_EQ(cut.columns[0].edition, "2003-2004");
  EXPECT_EQ(bands_of(cut, 0), bands_of(flow, 1));
  EXPECT_TRUE(cut.columns[1].bands.empty());
  for (const FlowNode& node : cut.columns[1].nodes) EXPECT_FALSE(node.removed_next);
  EXPECT_EQ(cut.columns[0].nodes[0].change, flow.columns[1].nodes[0].change);
  // Asked for the span, series_flow compares only those editions and the one before: the same.
  for (const EditionSpan& span :
       {EditionSpan{"2003-2004", "2005-2006", 0}, EditionSpan{"", "", 2}, EditionSpan{}}) {
    const Flow expected = within(flow, span);
    const Flow direct = series_flow(store.index(), "demo", Section::priorities, "", span);
    ASSERT_EQ(direct.columns.size(), expected.columns.size());
    for (std::size_t c = 0; c < direct.columns.size(); ++c) {
      SCOPED_TRACE(direct.columns[c].edition);
      EXPECT_EQ(direct.columns[c].edition, expected.columns[c].edition);
      EXPECT_EQ(bands_of(direct, c), bands_of(expected, c));
      ASSERT_EQ(direct.columns[c].nodes.size(), expected.columns[c].nodes.size());
      for (std::size_t n = 0; n < direct.columns[c].nodes.size(); ++n) {
        EXPECT_EQ(direct.columns[c].nodes[n].change, expected.columns[c].nodes[n].change);
        EXPECT_EQ(direct.columns[c].nodes[n].removed_next,
                  expected.columns[c].nodes[n].removed_next);
      }
    }
  }
}

// ---- Steps read off the caller's diffs (SeriesSteps) ----------------------------------------

// The steps of `series` read off diff_editions of its consecutive editions (latest revisions)
// in `lang`, made with `links`; the pairs at the positions in `skip` left out.
SeriesSteps steps_of(const Archive& store, const std::string& series,
                     const std::vector<CuratedLink>& links, const std::string& lang = "nl",
                     const std::set<std::size_t>& skip = {}) {
  SeriesSteps steps(lang);
  const std::vector<EditionSummary> editions = series_editions(store.index(), series);
  for (std::size_t i = 1; i < editions.size(); ++i) {
    if (skip.contains(i)) continue;
    steps.add(editions[i - 1].edition, editions[i].edition,
              diff_editions(store.load(editions[i - 1].latest), store.load(editions[i].latest),
                            lang, links));
  }
  return steps;
}

// Two matrices, row by row and cell by cell.
void expect_same_matrix(const Matrix& expected, const Matrix& actual) {
  EXPECT_EQ(actual.lang, expected.lang);
  ASSERT_EQ(actual.editions, expected.editions);
  ASSERT_EQ(actual.rows.size(), expected.rows.size());
  for (std::size_t r = 0; r < expected.rows.size(); ++r) {
    const MatrixRow& want = expected.rows[r];
    const MatrixRow& got = actual.rows[r];
    SCOPED_TRACE(want.key);
    EXPECT_EQ(got.key, want.key);
    EXPECT_EQ(got.title, want.title);
    for (std::size_t e = 0; e < expected.editions.size(); ++e) {
      SCOPED_TRACE(expected.editions[e]);
      EXPECT_EQ(got.cell(e).change, want.cell(e).change);
      EXPECT_EQ(got.cell(e).aspects, want.cell(e).aspects);
      EXPECT_EQ(got.cell(e).match, want.cell(e).match);
      EXPECT_EQ(got.cell(e).rank, want.cell(e).rank);
      EXPECT_EQ(got.cell(e).title, want.cell(e).title);
      EXPECT_EQ(got.cell(e).key, want.cell(e).key);
      EXPECT_EQ(related_keys(got.cell(e)), related_keys(want.cell(e)));
    }
  }
}

// Two flows, column by column, the bands in their order.
void expect_same_flow(const Flow& expected, const Flow& actual) {
  ASSERT_EQ(actual.columns.size(), expected.columns.size());
  for (std::size_t c = 0; c < expected.columns.size(); ++c) {
    const FlowColumn& want = expected.columns[c];
    const FlowColumn& got = actual.columns[c];
    SCOPED_TRACE(want.edition);
    ASSERT_EQ(got.nodes.size(), want.nodes.size());
    for (std::size_t n = 0; n < want.nodes.size(); ++n) {
      EXPECT_EQ(got.nodes[n].change, want.nodes[n].change);
      EXPECT_EQ(got.nodes[n].aspects, want.nodes[n].aspects);
      EXPECT_EQ(got.nodes[n].removed_next, want.nodes[n].removed_next);
    }
    ASSERT_EQ(got.bands.size(), want.bands.size());
    for (std::size_t b = 0; b < want.bands.size(); ++b) {
      EXPECT_EQ(std::tie(got.bands[b].from, got.bands[b].to, got.bands[b].change,
                         got.bands[b].aspects, got.bands[b].match),
                std::tie(want.bands[b].from, want.bands[b].to, want.bands[b].change,
                         want.bands[b].aspects, want.bands[b].match));
    }
  }
}

TEST_F(History, TheMatrixAndFlowOffTheDiffsStepsAreTheComputedOnes) {
  const Archive store = demo_store();
  const SeriesSteps steps = steps_of(store, "demo", {});
  EXPECT_EQ(steps.size(), 3U);
  for (const Section section : kSections) {
    SCOPED_TRACE(std::string(section_name(section)));
    expect_same_matrix(matrix(store.index(), "demo", section),
                       matrix(store.index(), "demo", section, steps));
    expect_same_flow(series_flow(store.index(), "demo", section),
                     series_flow(store.index(), "demo", section, steps));
    const EditionSpan span{"", "", 2};
    expect_same_flow(series_flow(store.index(), "demo", section, "", span),
                     series_flow(store.index(), "demo", section, steps, span));
    // A step not given is computed.
    expect_same_matrix(
        matrix(store.index(), "demo", section),
        matrix(store.index(), "demo", section, steps_of(store, "demo", {}, "nl", {2})));
  }
  // The bands come by their items' positions, whatever made the steps.
  for (const FlowColumn& column : series_flow(store.index(), "demo", Section::priorities).columns) {
    EXPECT_TRUE(std::is_sorted(column.bands.begin(), column.bands.end(),
                               [](const FlowBand& a, const FlowBand& b) {
                                 return std::pair(a.from, a.to) < std::pair(b.from, b.to);
                               }));
  }
}

TEST_F(HistoryWithLinks, TheStepsGivenAreTheOnesTaken) {
  // The store has no links; its diffs were made with every kind: the matrix and the flow off
  // those steps are those of the store that has the links.
  const Archive unlinked = lineage_store("unlinked");
  Archive linked = lineage_store();
  link_all(linked);
  const SeriesSteps steps = steps_of(unlinked, "t", all_links());
  for (const Section section : kSections) {
    SCOPED_TRACE(std::string(section_name(section)));
    expect_same_matrix(matrix(linked.index(), "t", section),
                       matrix(unlinked.index(), "t", section, steps));
    expect_same_flow(series_flow(linked.index(), "t", section),
                     series_flow(unlinked.index(), "t", section, steps));
  }
  EXPECT_EQ(matrix(unlinked.index(), "t", Section::priorities, steps).rows.front().key, "fietsen");
  EXPECT_NE(matrix(unlinked.index(), "t", Section::priorities).rows.front().key, "fietsen");
}

TEST_F(History, StepsThatDoNotFitAreRefused) {
  const Archive store = demo_store();
  const auto load = [&](const char* edition) {
    return store.load(store.index().resolve(Ref{"demo", edition, std::nullopt}));
  };
  SeriesSteps steps("fr");
  EXPECT_THROW(steps.add("2001-2002", "2003-2004",
                         diff_editions(load("2001-2002"), load("2003-2004"), "nl")),
               std::invalid_argument);
  EXPECT_EQ(steps.size(), 0U);
  // 2001-2002 has 6 priorities, 2003-2004 7: a diff of 2003-2004 -> 2005-2006 given for the
  // step from 2001-2002 does not fit.
  SeriesSteps wrong("nl");
  wrong.add("2001-2002", "2003-2004", diff_editions(load("2003-2004"), load("2005-2006"), "nl"));
  EXPECT_THROW(matrix(store.index(), "demo", Section::priorities, wrong), std::invalid_argument);
  EXPECT_THROW(series_flow(store.index(), "demo", Section::priorities, wrong),
               std::invalid_argument);
  // A diff whose ranks skip one is refused as it is recorded.
  EditionDiff gap = diff_editions(load("2001-2002"), load("2003-2004"), "nl");
  const auto with_new = std::find_if(gap.priorities.changes.begin(), gap.priorities.changes.end(),
                                     [](const Change& change) { return !change.to.empty(); });
  ASSERT_NE(with_new, gap.priorities.changes.end());
  with_new->to.front().rank += 10;
  EXPECT_THROW(wrong.add("2001-2002", "2003-2004", gap), std::invalid_argument);
}

}  // namespace
}  // namespace kiv
