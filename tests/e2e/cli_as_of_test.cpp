// --as-of: every command that reads answers from the archive as it was at a past moment, read
// from git's history, without touching the store.

#include <rapidjson/document.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "support/cli_fixture.hpp"
#include "support/editions.hpp"

namespace kiv::test {
namespace {

// The current second, as kiv prints it (imported_at).
std::string now_utc() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

class CliAsOf : public CliTest {
 protected:
  // The imported_at of the store's latest revision (kiv log --format json).
  std::string latest_imported_at() const {
    const KivRun log = kiv({"log", "--format", "json"});
    rapidjson::Document json;
    json.Parse(log.out.c_str());
    if (json.HasParseError() || !json.IsArray() || json.Empty()) return "";
    return json[0]["imported_at"].GetString();
  }

  // Waits, for at most three seconds, until the clock has left the second `at`: what is
  // recorded next is then recorded after it.
  static void wait_past(const std::string& at) {
    for (int tries = 0; tries < 30 && now_utc() <= at; ++tries)
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    ASSERT_GT(now_utc(), at) << "the clock did not move on";
  }
};

TEST_F(CliAsOf, ReadCommandsAnswerFromTheArchiveAsItWasThen) {
  ASSERT_EQ(kiv({"import", bundled("kiv/2016-2019.json").string()}).status, 0);
  const std::string first = latest_imported_at();
  ASSERT_FALSE(first.empty());
  wait_past(first);
  const std::string original = read_file(bundled("kiv/2022-2024.json"));
  ASSERT_EQ(kiv({"import", bundled("kiv/2022-2024.json").string()}).status, 0);
  const std::string second = latest_imported_at();
  wait_past(second);
  std::string corrected = original;
  const std::string title = "cybercrime en cyber security";
  ASSERT_NE(corrected.find(title), std::string::npos);
  corrected.replace(corrected.find(title), title.size(), "cybercrime en cyberveiligheid");
  const KivRun correction = kiv({"import", file("2022-2024.json", corrected)});
  ASSERT_EQ(correction.status, 0) << correction.err;
  ASSERT_NE(correction.out.find("kiv/2022-2024@2"), std::string::npos) << correction.out;
  const auto before = snapshot(store());

  // As of the first import: one edition, and the later one unknown then.
  const KivRun list = kiv({"list", "--as-of", first});
  EXPECT_EQ(list.status, 0) << list.err;
  EXPECT_NE(list.out.find("kiv/2016-2019"), std::string::npos) << list.out;
  EXPECT_EQ(list.out.find("kiv/2022-2024"), std::string::npos) << list.out;
  const KivRun missing = kiv({"show", "kiv/2022-2024", "--as-of", first});
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.err.find("no edition kiv/2022-2024 in the store; editions: kiv/2016-2019 "
                             "(the store as of " +
                             first + ")"),
            std::string::npos)
      << missing.err;

  // As of the second: the edition before its correction, in show, log, diff and export.
  const KivRun shown = kiv({"show", "kiv/2022-2024", "--as-of", second});
  EXPECT_EQ(shown.status, 0) << shown.err;
  EXPECT_NE(shown.out.find(title), std::string::npos) << shown.out;
  EXPECT_EQ(shown.out.find("cyberveiligheid"), std::string::npos) << shown.out;
  EXPECT_NE(kiv({"show", "kiv/2022-2024"}).out.find("cyberveiligheid"), std::string::npos);
  const KivRun log = kiv({"log", "--as-of", second});
  EXPECT_NE(log.out.find("kiv/2022-2024@1"), std::string::npos) << log.out;
  EXPECT_EQ(log.out.find("kiv/2022-2024@2"), std::string::npos) << log.out;
  EXPECT_EQ(kiv({"diff", "kiv/2016-2019", "kiv/2022-2024", "--as-of", second}).out,
            kiv({"diff", "kiv/2016-2019", "kiv/2022-2024@1"}).out);
  const KivRun exported = kiv({"export", "kiv/2022-2024", "--format", "source", "--as-of", second});
  EXPECT_EQ(exported.status, 0) << exported.err;
  EXPECT_EQ(exported.out, original);
  const KivRun search = kiv({"search", "cyberveiligheid", "--as-of", second});
  EXPECT_EQ(search.status, 1) << search.out;
  // A date is the end of that day: today holds everything.
  EXPECT_EQ(kiv({"log", "--as-of", now_utc().substr(0, 10)}).out, kiv({"log"}).out);
  EXPECT_EQ(snapshot(store()), before) << "a read as of a past moment changed the store";
}

TEST_F(CliAsOf, AMomentBeforeTheFirstRecordOrMalformedIsAnErrorAndWritesTakeNone) {
  ASSERT_EQ(kiv({"import", bundled("kiv/2016-2019.json").string()}).status, 0);
  const KivRun early = kiv({"list", "--as-of", "2000-01-01"});
  EXPECT_EQ(early.status, 2);
  EXPECT_NE(early.err.find("the store had recorded nothing as of 2000-01-01T23:59:59Z; its "
                           "first revision was recorded at "),
            std::string::npos)
      << early.err;
  for (const char* bad :
       {"2026-13-01", "2026-02-30", "yesterday", "2026-12-01T25:00", "2026-12-01T10:00+1"}) {
    const KivRun run = kiv({"list", "--as-of", bad});
    EXPECT_EQ(run.status, 2) << bad;
    EXPECT_NE(run.err.find(std::string("--as-of: '") + bad + "' is not a date"), std::string::npos)
        << run.err;
  }
  // Commands that write or check the store as it is now take no --as-of.
  for (const std::vector<std::string>& command :
       std::vector<std::vector<std::string>>{{"import", bundled("kiv/2022-2024.json").string()},
                                             {"link", "kiv/2016-2019:a", "kiv/2016-2019:b"},
                                             {"verify"},
                                             {"rebuild"}}) {
    std::vector<std::string> args = command;
    args.insert(args.end(), {"--as-of", "2026-12-01"});
    const KivRun run = kiv(args);
    EXPECT_EQ(run.status, 2) << command[0];
    EXPECT_NE(run.err.find("not expected"), std::string::npos) << command[0] << ": " << run.err;
    EXPECT_NE(run.err.find("--as-of"), std::string::npos) << command[0] << ": " << run.err;
  }
}

// The past is read from git alone: a store whose index is gone answers, and is left without.
TEST_F(CliAsOf, TheStoreIsReadFromGitAloneAndItsIndexLeftAlone) {
  ASSERT_EQ(kiv({"import", bundled("kiv/2016-2019.json").string()}).status, 0);
  std::filesystem::remove(store() / "index.sqlite");
  const KivRun list = kiv({"list", "--as-of", now_utc()});
  EXPECT_EQ(list.status, 0) << list.err;
  EXPECT_NE(list.out.find("kiv/2016-2019"), std::string::npos) << list.out;
  EXPECT_FALSE(std::filesystem::exists(store() / "index.sqlite"));
}

// kiv series list and show read: they take --as-of; kiv series add writes, and does not.
TEST_F(CliAsOf, SeriesListAndShowAnswerAsOfATimeAndAddTakesNone) {
  ASSERT_EQ(kiv({"import", bundled("kiv/2016-2019.json").string()}).status, 0);
  const std::string first = latest_imported_at();
  ASSERT_FALSE(first.empty());
  wait_past(first);
  const std::string series_file =
      (std::filesystem::path(KIV_SOURCE_DIR) / "tests/data/series-files/zvp-gent.json").string();
  const KivRun added = kiv({"series", "add", series_file});
  ASSERT_EQ(added.status, 0) << added.err;
  const auto before = snapshot(store());
  EXPECT_NE(kiv({"series", "list"}).out.find("zvp-gent"), std::string::npos);
  const KivRun then = kiv({"series", "list", "--as-of", first});
  EXPECT_EQ(then.status, 0) << then.err;
  EXPECT_NE(then.out.find("kiv"), std::string::npos) << then.out;
  EXPECT_EQ(then.out.find("zvp-gent"), std::string::npos) << then.out;
  EXPECT_EQ(kiv({"series", "show", "zvp-gent"}).status, 0);
  EXPECT_EQ(kiv({"series", "show", "zvp-gent", "--as-of", first}).status, 2);
  EXPECT_EQ(kiv({"series", "add", series_file, "--as-of", first}).status, 2);
  EXPECT_EQ(snapshot(store()), before);
}

}  // namespace
}  // namespace kiv::test
