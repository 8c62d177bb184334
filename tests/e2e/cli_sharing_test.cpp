// kiv clone, remote, fetch, pull and push between temporary stores, over a local path, git
// daemon (git://) and smart HTTP, each server on 127.0.0.1 only: offline work on two stores
// merged without loss, conflicts, and faults that leave a store as it was.

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <sstream>

#include "support/cli_fixture.hpp"
#include "support/git_servers.hpp"
#include "support/store_damage.hpp"

namespace kiv::test {
namespace {

constexpr const char* kAnne = "Anne Archivist <anne@example.org>";
constexpr const char* kBert = "Bert Archivist <bert@example.org>";

class CliSharing : public CliTest {
 protected:
  std::filesystem::path other() const { return temp_.path() / "other"; }
  std::filesystem::path share() const { return temp_.path() / "share.git"; }

  KivRun in(const std::filesystem::path& store, std::vector<std::string> args) const {
    return run_kiv_in(store, std::move(args));
  }
  KivRun git(std::vector<std::string> args) const {
    RunOptions options;
    options.program = "/usr/bin/git";
    return run_kiv(std::move(args), options);
  }
  void ok(const std::filesystem::path& store, std::vector<std::string> args) const {
    const KivRun run = in(store, args);
    ASSERT_EQ(run.status, 0) << run.out << run.err;
  }
  // The commit refs/heads/main of a bare repository points at ("" when none).
  std::string main_of(const std::filesystem::path& repository) const {
    const KivRun run =
        git({"--git-dir=" + repository.string(), "rev-parse", "--verify", "-q", "refs/heads/main"});
    return run.status == 0 ? run.out : "";
  }

  // The store (this test's) with the bundled 2022-2024 edition, pushed to a new bare
  // repository, and a second store cloned from it.
  void shared_start() const {
    ASSERT_EQ(git({"init", "-q", "--bare", share().string()}).status, 0);
    ok(store(), {"import", bundled("kiv/2022-2024.json").string(), "--author", kAnne});
    ok(store(), {"remote", "add", "origin", share().string()});
    ok(store(), {"push"});
    ok(other(), {"clone", share().string()});
  }

  // A revision of kiv/2022-2024 in `store` whose nl title `from` reads `to`.
  void correct(const std::filesystem::path& store, const std::string& from, const std::string& to,
               const char* author) const {
    std::string json = in(store, {"export", "kiv/2022-2024"}).out;
    const std::string old_text = "\"nl\": \"" + from + "\"";
    const auto at = json.find(old_text);
    ASSERT_NE(at, std::string::npos) << from;
    json.replace(at, old_text.size(), "\"nl\": \"" + to + "\"");
    ok(store, {"import", file("corrected-" + std::to_string(counter_++) + ".json", json),
               "--author", author});
  }

  // The priorities and themes `kiv show` prints for the edition.
  std::string items(const std::filesystem::path& store, const std::string& ref = "kiv/2022-2024",
                    const std::string& lang = "nl") const {
    const std::string shown = in(store, {"show", ref, "--lang", lang}).out;
    const auto at = shown.find("Priorities");
    return at == std::string::npos ? shown : shown.substr(at);
  }

  mutable int counter_ = 0;
};

TEST_F(CliSharing, ACloneHoldsTheWholeHistoryVerifiedAndKnowsItsOrigin) {
  shared_start();
  EXPECT_EQ(in(other(), {"list"}).out, kiv({"list"}).out);
  EXPECT_EQ(in(other(), {"log"}).out, kiv({"log"}).out);
  EXPECT_EQ(in(other(), {"verify"}).status, 0);
  EXPECT_EQ(in(other(), {"remote", "list"}).out, "origin  " + share().string() + "\n");
  const KivRun json = in(other(), {"remote", "list", "--format", "json"});
  rapidjson::Document remotes;
  remotes.Parse(json.out.c_str());
  ASSERT_TRUE(remotes.IsArray()) << json.out;
  EXPECT_STREQ(remotes[0]["name"].GetString(), "origin");

  // A store's own directory is a remote too (its git/ repository).
  const std::filesystem::path third = temp_.path() / "third";
  const KivRun cloned = run_kiv_in(third, {"clone", store().string(), "--format", "json"});
  ASSERT_EQ(cloned.status, 0) << cloned.err;
  EXPECT_NE(cloned.out.find("\"revisions\": 1"), std::string::npos) << cloned.out;
  EXPECT_EQ(in(third, {"list"}).out, kiv({"list"}).out);

  // Into a store that exists: refused, nothing touched.
  const auto before = snapshot(other());
  const KivRun again = in(other(), {"clone", share().string()});
  EXPECT_EQ(again.status, 2);
  EXPECT_NE(again.err.find("exists and is not an empty directory"), std::string::npos) << again.err;
  EXPECT_EQ(snapshot(other()), before);
}

TEST_F(CliSharing, PullFastForwardsAndPushIsAFastForwardOrNothing) {
  shared_start();
  correct(store(), "overlast", "overlast en openbare orde", kAnne);
  ok(store(), {"push"});
  const KivRun pulled = in(other(), {"pull"});
  ASSERT_EQ(pulled.status, 0) << pulled.err;
  EXPECT_EQ(pulled.out.substr(0, pulled.out.find('\n')),
            "fast-forward to origin (" + share().string() + "): 1 revision received");
  EXPECT_EQ(in(other(), {"log"}).out, kiv({"log"}).out);
  EXPECT_EQ(in(other(), {"pull"}).out, "up to date with origin (" + share().string() + ")\n");
  EXPECT_EQ(in(other(), {"push"}).out, "origin (" + share().string() + ") is up to date\n");

  // Both record offline; the first to push wins, the second is told to pull.
  correct(store(), "leefmilieu", "leefmilieu en milieucriminaliteit", kAnne);
  correct(other(), "verkeersveiligheid", "verkeersveiligheid en mobiliteit", kBert);
  ok(store(), {"push"});
  const std::string shared_main = main_of(share());
  const auto before = snapshot(other());
  const KivRun refused = in(other(), {"push"});
  EXPECT_EQ(refused.status, 3);
  EXPECT_NE(refused.err.find("has revisions this store lacks"), std::string::npos) << refused.err;
  EXPECT_NE(refused.err.find("kiv pull origin"), std::string::npos) << refused.err;
  EXPECT_EQ(main_of(share()), shared_main);
  EXPECT_EQ(snapshot(other()), before);
  // Fetching moves nothing but the remote-tracking branch.
  const KivRun fetched = in(other(), {"fetch", "--format", "json"});
  ASSERT_EQ(fetched.status, 0) << fetched.err;
  EXPECT_NE(fetched.out.find("\"after\": \"" + shared_main.substr(0, 40)), std::string::npos)
      << fetched.out;
  EXPECT_EQ(in(other(), {"list"}).out, in(other(), {"list"}).out);
  EXPECT_NE(items(other()).find("verkeersveiligheid en mobiliteit"), std::string::npos);
  EXPECT_EQ(items(other()).find("leefmilieu en milieucriminaliteit"), std::string::npos);
}

// Both correct the same edition offline, each another item: the pull keeps every revision
// (this store's renumbered after the remote's, author and message kept), records a merged one
// that holds both corrections; pushed back, the other store fast-forwards to it.
TEST_F(CliSharing, CorrectionsMadeApartAreAllKeptAndMerged) {
  shared_start();
  correct(store(), "overlast", "overlast en openbare orde", kAnne);
  correct(other(), "leefmilieu", "leefmilieu en milieucriminaliteit", kBert);
  ok(store(), {"push"});
  EXPECT_EQ(in(other(), {"push"}).status, 3);  // the second push waits for a pull
  const KivRun pulled = in(other(), {"pull", "--author", kBert, "--format", "json"});
  ASSERT_EQ(pulled.status, 0) << pulled.err;
  rapidjson::Document result;
  result.Parse(pulled.out.c_str());
  ASSERT_TRUE(result.IsObject()) << pulled.out;
  EXPECT_STREQ(result["result"].GetString(), "merged");
  ASSERT_EQ(result["received"].Size(), 1u);
  EXPECT_STREQ(result["received"][0]["ref"].GetString(), "kiv/2022-2024@2");
  ASSERT_EQ(result["renumbered"].Size(), 1u);
  EXPECT_EQ(result["renumbered"][0]["was"].GetInt(), 2);
  EXPECT_EQ(result["renumbered"][0]["now"].GetInt(), 3);
  ASSERT_EQ(result["merged"].Size(), 1u);
  EXPECT_STREQ(result["merged"][0]["ref"].GetString(), "kiv/2022-2024@4");
  EXPECT_STREQ(result["merged"][0]["imported_by"].GetString(), kBert);
  // The index takes in what came after the base (received, recorded again, merged), not the
  // history's five revisions; verify below compares it with an index built from git.
  EXPECT_EQ(result["indexed"].GetUint64(), 3u);

  const std::string merged = items(other());
  EXPECT_NE(merged.find("overlast en openbare orde"), std::string::npos) << merged;
  EXPECT_NE(merged.find("leefmilieu en milieucriminaliteit"), std::string::npos) << merged;
  // Every revision is kept, the renumbered one with its author and message.
  const std::string log = in(other(), {"log", "kiv/2022-2024", "--format", "json"}).out;
  rapidjson::Document revisions;
  revisions.Parse(log.c_str());
  ASSERT_TRUE(revisions.IsArray()) << log;
  ASSERT_EQ(revisions.Size(), 4u);
  std::map<int, std::string> by;
  for (const auto& revision : revisions.GetArray())
    by[revision["revision"].GetInt()] = revision["imported_by"].GetString();
  EXPECT_EQ(by[2], kAnne);
  EXPECT_EQ(by[3], kBert);
  EXPECT_NE(items(other(), "kiv/2022-2024@3").find("leefmilieu en milieucriminaliteit"),
            std::string::npos);
  EXPECT_EQ(items(other(), "kiv/2022-2024@3").find("overlast en openbare orde"), std::string::npos);
  EXPECT_EQ(in(other(), {"verify"}).status, 0) << in(other(), {"verify"}).out;

  // Pushed back, the first store fast-forwards to the same texts.
  ok(other(), {"push"});
  const KivRun back = kiv({"pull"});
  ASSERT_EQ(back.status, 0) << back.err;
  EXPECT_NE(back.out.find("fast-forward"), std::string::npos) << back.out;
  EXPECT_EQ(items(store()), merged);
  EXPECT_EQ(kiv({"log", "--format", "json"}).out, in(other(), {"log", "--format", "json"}).out);
}

TEST_F(CliSharing, WhicheverSidePullsFirstTheTextsAreTheSame) {
  shared_start();
  const std::filesystem::path copy = temp_.path() / "copy";
  ok(copy, {"clone", share().string()});
  const std::filesystem::path share_copy = temp_.path() / "share-copy.git";
  ASSERT_EQ(git({"clone", "-q", "--bare", share().string(), share_copy.string()}).status, 0);
  ok(copy, {"remote", "remove", "origin"});
  ok(copy, {"remote", "add", "origin", share_copy.string()});
  // The same two corrections in both pairs: Anne's pushed first in one, Bert's in the other.
  correct(store(), "overlast", "overlast en openbare orde", kAnne);
  correct(other(), "leefmilieu", "leefmilieu en milieucriminaliteit", kBert);
  ok(store(), {"push"});
  ok(other(), {"pull"});
  const std::filesystem::path anne2 = temp_.path() / "anne2";
  ok(anne2, {"clone", share_copy.string()});
  correct(anne2, "overlast", "overlast en openbare orde", kAnne);
  correct(copy, "leefmilieu", "leefmilieu en milieucriminaliteit", kBert);
  ok(copy, {"push"});
  ok(anne2, {"pull"});
  EXPECT_EQ(items(anne2), items(other()));
  EXPECT_NE(items(anne2).find("overlast en openbare orde"), std::string::npos);
}

TEST_F(CliSharing, LanguagesAndEditionsRecordedApartMergeWithoutConflict) {
  ASSERT_EQ(git({"init", "-q", "--bare", share().string()}).status, 0);
  ok(store(), {"import", test_data("pages/KIV_22-24_NL.txt").string(), "--author", kAnne});
  ok(store(), {"remote", "add", "origin", share().string()});
  ok(store(), {"push"});
  ok(other(), {"clone", share().string()});
  ok(store(), {"import", test_data("pages/KIV_22-24_FR.html").string(), "--author", kAnne});
  ok(other(), {"import", test_data("pages/KIV_22-24_EN.html").string(), "--author", kBert});
  // Another edition, recorded on one side only, keeps its number.
  ok(other(), {"import", bundled("kiv/2016-2019.json").string(), "--author", kBert});
  ok(store(), {"push"});
  const KivRun pulled = in(other(), {"pull"});
  ASSERT_EQ(pulled.status, 0) << pulled.err;
  const std::string shown = in(other(), {"show", "kiv/2022-2024"}).out;
  EXPECT_NE(shown.find("Languages  en, fr, nl\n"), std::string::npos) << shown;
  EXPECT_EQ(items(other(), "kiv/2022-2024", "fr"), items(store(), "kiv/2022-2024", "fr"));
  ok(other(), {"push"});
  ok(store(), {"pull"});
  EXPECT_EQ(kiv({"log", "--format", "json"}).out, in(other(), {"log", "--format", "json"}).out);
  EXPECT_NE(in(other(), {"show", "kiv/2016-2019"}).out.find(" 1 of 1, imported "),
            std::string::npos)
      << in(other(), {"show", "kiv/2016-2019"}).out;
  EXPECT_EQ(in(other(), {"verify"}).status, 0) << in(other(), {"verify"}).out;
}

// A link made here while the other store corrected an edition: the pull records the link
// again, by another commit, which the index then names (verify compares it with git's).
TEST_F(CliSharing, ALinkMadeHereIsRecordedAgainByTheMergeAndIndexedSo) {
  shared_start();
  ok(store(), {"import", bundled("kiv/2016-2019.json").string(), "--author", kAnne});
  ok(store(), {"push"});
  ok(other(), {"pull"});
  correct(store(), "overlast", "overlast en openbare orde", kAnne);
  ok(other(), {"link", "kiv/2016-2019:leefmilieu", "kiv/2022-2024:overlast", "--author", kBert});
  ok(store(), {"push"});
  const KivRun pulled = in(other(), {"pull", "--author", kBert});
  ASSERT_EQ(pulled.status, 0) << pulled.err;
  EXPECT_NE(pulled.out.find("merged"), std::string::npos) << pulled.out;
  EXPECT_EQ(in(other(), {"verify"}).status, 0) << in(other(), {"verify"}).out;
}

TEST_F(CliSharing, LinksRecordedApartMergeAsSets) {
  shared_start();
  ok(store(), {"import", bundled("kiv/2016-2019.json").string(), "--author", kAnne});
  ok(store(), {"push"});
  ok(other(), {"pull"});
  ok(store(), {"link", "kiv/2016-2019:leefmilieu", "kiv/2022-2024:overlast", "--author", kAnne});
  ok(other(), {"link", "kiv/2016-2019:internet-ict",
               "kiv/2022-2024:bestuurlijke-handhaving-informatie-uitwisseling", "--author", kBert});
  ok(store(), {"push"});
  ok(other(), {"pull"});
  const std::string links = in(other(), {"links"}).out;
  const auto has_link = [&](const std::string& from, const std::string& to) {
    std::istringstream lines(links);
    for (std::string line; std::getline(lines, line);) {
      if (line.starts_with(from + " ") && line.find(" " + to + " ") != std::string::npos)
        return true;
    }
    return false;
  };
  EXPECT_TRUE(has_link("kiv/2016-2019:leefmilieu", "kiv/2022-2024:overlast")) << links;
  EXPECT_TRUE(has_link("kiv/2016-2019:internet-ict",
                       "kiv/2022-2024:bestuurlijke-handhaving-informatie-uitwisseling"))
      << links;
  EXPECT_EQ(in(other(), {"verify"}).status, 0) << in(other(), {"verify"}).out;
}

// The same item changed differently on both sides: the pull stops, names the edition, the item
// and both texts, changes nothing; --ours, --theirs or an import of the right text settle it.
TEST_F(CliSharing, AConflictStopsThePullUntilSettled) {
  shared_start();
  correct(store(), "overlast", "overlast en openbare orde", kAnne);
  correct(other(), "overlast", "overlast en leefbaarheid", kBert);
  ok(store(), {"push"});
  const auto before = snapshot(other());
  const KivRun stopped = in(other(), {"pull"});
  EXPECT_EQ(stopped.status, 5);
  EXPECT_NE(stopped.err.find("kiv/2022-2024: the title of priority overlast (nl): here 'overlast "
                             "en leefbaarheid', on the remote 'overlast en openbare orde'"),
            std::string::npos)
      << stopped.err;
  EXPECT_NE(stopped.err.find("nothing was changed"), std::string::npos) << stopped.err;
  EXPECT_EQ(snapshot(other()), before);

  const std::filesystem::path mine = temp_.path() / "mine", theirs = temp_.path() / "theirs";
  std::filesystem::copy(other(), mine, std::filesystem::copy_options::recursive);
  std::filesystem::copy(other(), theirs, std::filesystem::copy_options::recursive);
  const KivRun ours = in(mine, {"pull", "--ours"});
  ASSERT_EQ(ours.status, 0) << ours.err;
  EXPECT_NE(ours.out.find("settled     kiv/2022-2024: the title of priority overlast (nl)"),
            std::string::npos)
      << ours.out;
  EXPECT_NE(items(mine).find("overlast en leefbaarheid"), std::string::npos);
  ok(theirs, {"pull", "--theirs"});
  EXPECT_NE(items(theirs).find("overlast en openbare orde"), std::string::npos);
  EXPECT_EQ(in(theirs, {"verify"}).status, 0);
  // Importing the remote's text here settles it too.
  correct(other(), "overlast en leefbaarheid", "overlast en openbare orde", kBert);
  const KivRun settled = in(other(), {"pull"});
  ASSERT_EQ(settled.status, 0) << settled.err;
  EXPECT_EQ(settled.out.find("settled"), std::string::npos) << settled.out;
  EXPECT_EQ(items(other()), items(store()));
}

// Values merged one by one can make an edition the format refuses: here a priority added on
// one side in nl alone, and the French page imported on the other, which gives every item of
// the edition a French title. The pull stops (no choice settles it) and changes nothing.
TEST_F(CliSharing, AMergeTheFormatWouldRefuseIsAConflictNoChoiceSettles) {
  ASSERT_EQ(git({"init", "-q", "--bare", share().string()}).status, 0);
  ok(store(), {"import", test_data("pages/KIV_22-24_NL.txt").string(), "--author", kAnne});
  ok(store(), {"remote", "add", "origin", share().string()});
  ok(store(), {"push"});
  ok(other(), {"clone", share().string()});
  ok(store(), {"import", test_data("pages/KIV_22-24_FR.html").string(), "--author", kAnne});
  ok(store(), {"push"});
  rapidjson::Document edition;
  edition.Parse(in(other(), {"export", "kiv/2022-2024"}).out.c_str());
  ASSERT_TRUE(edition.IsObject());
  auto& allocator = edition.GetAllocator();
  rapidjson::Value added(rapidjson::kObjectType), title(rapidjson::kObjectType);
  title.AddMember("nl", "woninginbraken", allocator);
  added.AddMember("rank", static_cast<int>(edition["priorities"].Size()) + 1, allocator);
  added.AddMember("key", "woninginbraken", allocator);
  added.AddMember("title", title, allocator);
  edition["priorities"].PushBack(added, allocator);
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  edition.Accept(writer);
  ok(other(), {"import", file("added.json", buffer.GetString()), "--author", kBert});
  const auto before = snapshot(other());
  for (const char* choice : {"--ours", "--theirs"}) {
    const KivRun stopped = in(other(), {"pull", choice});
    EXPECT_EQ(stopped.status, 5) << stopped.out << stopped.err;
    EXPECT_NE(stopped.err.find("kiv/2022-2024: the merged edition, which would be invalid ("),
              std::string::npos)
        << stopped.err;
    EXPECT_EQ(snapshot(other()), before);
  }
}

TEST_F(CliSharing, FaultsAreReportedAndLeaveTheStoreAsItWas) {
  shared_start();
  const auto before = snapshot(other());
  const KivRun unknown = in(other(), {"pull", "nowhere"});
  EXPECT_EQ(unknown.status, 2);
  EXPECT_NE(unknown.err.find("no remote 'nowhere' (the store's remotes: origin)"),
            std::string::npos)
      << unknown.err;
  ok(other(), {"remote", "add", "gone", (temp_.path() / "gone.git").string()});
  ok(other(), {"remote", "add", "closed", "git://127.0.0.1:" + std::to_string(free_port()) + "/x"});
  const auto with_remotes = snapshot(other());
  for (const char* remote : {"gone", "closed"}) {
    for (const char* command : {"fetch", "pull", "push"}) {
      const KivRun run = in(other(), {command, remote});
      EXPECT_EQ(run.status, 3) << command << " " << remote << ": " << run.err;
      EXPECT_NE(run.err.find(remote), std::string::npos) << run.err;
      EXPECT_EQ(snapshot(other()), with_remotes) << command << " " << remote;
    }
  }
  ok(other(), {"remote", "remove", "gone"});
  ok(other(), {"remote", "remove", "closed"});
  EXPECT_EQ(in(other(), {"remote", "list"}).out, "origin  " + share().string() + "\n");
  // Nothing is left of them in the configuration, not even an empty section.
  const std::string config = read_file(other() / "git" / "config");
  EXPECT_EQ(config.find("[remote \"gone\"]"), std::string::npos) << config;
  EXPECT_EQ(config.find("[remote \"closed\"]"), std::string::npos) << config;
  EXPECT_NE(config.find("[remote \"origin\"]"), std::string::npos) << config;
  EXPECT_EQ(in(other(), {"remote", "remove", "gone"}).status, 2);
  const KivRun bad_name = in(other(), {"remote", "add", "-x", "/tmp"});
  EXPECT_EQ(bad_name.status, 2);
  EXPECT_EQ(in(other(), {"remote", "add", "origin", "/elsewhere"}).status, 2);

  // A git repository that is no kiv archive.
  const std::filesystem::path work = temp_.path() / "work", other_repo = temp_.path() / "code.git";
  ASSERT_EQ(git({"init", "-q", "-b", "main", work.string()}).status, 0);
  write_file(work / "src" / "main.c", "int main(void) { return 0; }\n");
  ASSERT_EQ(git({"-C", work.string(), "add", "."}).status, 0);
  ASSERT_EQ(git({"-C", work.string(), "-c", "user.name=x", "-c", "user.email=x@x", "commit", "-qm",
                 "code"})
                .status,
            0);
  ASSERT_EQ(git({"clone", "-q", "--bare", work.string(), other_repo.string()}).status, 0);
  ok(other(), {"remote", "add", "code", other_repo.string()});
  const auto with_code = snapshot(other());
  const KivRun foreign = in(other(), {"pull", "code"});
  EXPECT_EQ(foreign.status, 3);
  EXPECT_NE(foreign.err.find("fails verification"), std::string::npos) << foreign.err;
  EXPECT_EQ(snapshot(other()), with_code);
  const std::filesystem::path cloned = temp_.path() / "cloned";
  const KivRun no_clone = in(cloned, {"clone", other_repo.string()});
  EXPECT_EQ(no_clone.status, 3) << no_clone.err;
  EXPECT_FALSE(std::filesystem::exists(cloned));

  // A history forged behind kiv's back (edition.json rewritten, its revision not renumbered).
  const std::filesystem::path forged = temp_.path() / "forged";
  ok(forged, {"clone", share().string()});
  std::string json = in(forged, {"export", "kiv/2022-2024"}).out;
  json.replace(json.find("\"nl\": \"overlast\""), 16, "\"nl\": \"vervalst\"");
  commit_over_main(forged, "kiv/2022-2024/edition.json", json);
  ok(other(), {"remote", "add", "forged", forged.string()});
  const auto with_forged = snapshot(other());
  const KivRun refused = in(other(), {"pull", "forged"});
  EXPECT_EQ(refused.status, 3);
  EXPECT_NE(refused.err.find("fails verification"), std::string::npos) << refused.err;
  EXPECT_EQ(snapshot(other()), with_forged);
  EXPECT_EQ(items(other()).find("vervalst"), std::string::npos);
}

TEST_F(CliSharing, GitDaemonCarriesClonePullAndPushAndACutTransferChangesNothing) {
  const std::filesystem::path served = temp_.path() / "served";
  std::filesystem::create_directories(served);
  ASSERT_EQ(git({"init", "-q", "--bare", (served / "kiv.git").string()}).status, 0);
  const GitDaemon daemon(served);
  ASSERT_TRUE(daemon.ready()) << "git daemon did not start";
  ok(store(), {"import", bundled("kiv/2022-2024.json").string(), "--author", kAnne});
  ok(store(), {"remote", "add", "origin", daemon.url("kiv.git")});
  const KivRun pushed = kiv({"push"});
  ASSERT_EQ(pushed.status, 0) << pushed.err;
  EXPECT_EQ(main_of(served / "kiv.git").substr(0, 40),
            in(store(), {"log", "--format", "json"})
                .out.substr(
                    in(store(), {"log", "--format", "json"}).out.find("\"commit\": \"") + 11, 40));
  ok(other(), {"clone", daemon.url("kiv.git")});
  EXPECT_EQ(in(other(), {"list"}).out, kiv({"list"}).out);
  correct(store(), "overlast", "overlast en openbare orde", kAnne);
  ok(store(), {"import", bundled("kiv/2016-2019.json").string(), "--author", kAnne});
  ok(store(), {"push"});

  // The same pull through a proxy that cuts the connection in the middle of the pack.
  const CuttingProxy proxy(daemon.port(), 1500);
  ok(other(),
     {"remote", "add", "cut", "git://127.0.0.1:" + std::to_string(proxy.port()) + "/kiv.git"});
  const auto before = snapshot(other());
  const KivRun cut = in(other(), {"pull", "cut"});
  EXPECT_EQ(cut.status, 3) << cut.out << cut.err;
  EXPECT_EQ(snapshot(other()), before);

  const KivRun pulled = in(other(), {"pull"});
  ASSERT_EQ(pulled.status, 0) << pulled.err;
  EXPECT_NE(pulled.out.find("2 revisions received"), std::string::npos) << pulled.out;
  EXPECT_EQ(in(other(), {"log"}).out, kiv({"log"}).out);
}

TEST_F(CliSharing, SmartHttpAsksForCredentialsFromTheEnvironmentOnly) {
  const std::filesystem::path served = temp_.path() / "served";
  std::filesystem::create_directories(served);
  ASSERT_EQ(git({"init", "-q", "--bare", (served / "kiv.git").string()}).status, 0);
  const GitHttpServer server(served, "s3cret");
  ASSERT_TRUE(server.ready()) << "the HTTP server did not start";
  ok(store(), {"import", bundled("kiv/2022-2024.json").string(), "--author", kAnne});
  ok(store(), {"remote", "add", "origin", server.url("kiv.git")});
  const KivRun anonymous = kiv({"push"});
  EXPECT_EQ(anonymous.status, 3);
  EXPECT_NE(anonymous.err.find("KIV_REMOTE_TOKEN"), std::string::npos) << anonymous.err;
  RunOptions wrong;
  wrong.env = {{"KIV_REMOTE_USER", "anne"}, {"KIV_REMOTE_TOKEN", "guess"}};
  const KivRun refused = run_kiv_in(store(), {"push"}, wrong);
  EXPECT_EQ(refused.status, 3);
  EXPECT_NE(refused.err.find("refused the credentials"), std::string::npos) << refused.err;
  RunOptions token;
  token.env = {{"KIV_REMOTE_USER", "anne"}, {"KIV_REMOTE_TOKEN", "s3cret"}};
  const KivRun pushed = run_kiv_in(store(), {"push"}, token);
  ASSERT_EQ(pushed.status, 0) << pushed.err;
  // On a terminal, the transfer draws its progress on standard error; piped, nothing.
  token.stderr_terminal = true;
  const KivRun cloned = run_kiv_in(other(), {"clone", server.url("kiv.git")}, token);
  ASSERT_EQ(cloned.status, 0) << cloned.err;
  EXPECT_NE(cloned.err.find("receiving ["), std::string::npos) << cloned.err;
  EXPECT_NE(cloned.err.find(" KiB"), std::string::npos) << cloned.err;
  EXPECT_EQ(cloned.err.find(" KiBs"), std::string::npos) << cloned.err;
  // Then what was received is verified and indexed, revision by revision.
  EXPECT_NE(cloned.err.find("verifying ["), std::string::npos) << cloned.err;
  EXPECT_EQ(pushed.err, "");
  EXPECT_EQ(in(other(), {"list"}).out, kiv({"list"}).out);
  // The token is nowhere in the store.
  for (const auto& [path, bytes] : snapshot(other()))
    EXPECT_EQ(bytes.find("s3cret"), std::string::npos) << path;
}

// HTTPS with a certificate no public authority signed (an institution's own): refused
// without being told to trust it, cloned with --ca-file or $KIV_CA_FILE.
TEST_F(CliSharing, HttpsTrustsTheCertificatesItIsGiven) {
  const std::filesystem::path served = temp_.path() / "served";
  std::filesystem::create_directories(served);
  ASSERT_EQ(git({"init", "-q", "--bare", (served / "kiv.git").string()}).status, 0);
  const TlsFiles tls{temp_.path() / "cert.pem", temp_.path() / "key.pem"};
  RunOptions openssl;
  openssl.program = "/usr/bin/openssl";
  const KivRun made =
      run_kiv({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
               "/CN=127.0.0.1", "-keyout", tls.key.string(), "-out", tls.certificate.string()},
              openssl);
  ASSERT_EQ(made.status, 0) << made.err;
  const GitHttpServer server(served, "", tls);
  ASSERT_TRUE(server.ready()) << "the HTTPS server did not start";
  ok(store(), {"import", bundled("kiv/2022-2024.json").string(), "--author", kAnne});
  ok(store(), {"remote", "add", "origin", server.url("kiv.git")});
  const KivRun untrusted = kiv({"push"});
  EXPECT_EQ(untrusted.status, 3) << untrusted.out;
  EXPECT_NE(untrusted.err.find("certificate"), std::string::npos) << untrusted.err;
  EXPECT_EQ(main_of(served / "kiv.git"), "");
  ok(store(), {"push", "--ca-file", tls.certificate.string()});
  EXPECT_NE(main_of(served / "kiv.git"), "");
  const KivRun refused = in(other(), {"clone", server.url("kiv.git")});
  EXPECT_EQ(refused.status, 3) << refused.out;
  EXPECT_FALSE(std::filesystem::exists(other() / "git")) << "a failed clone left a store";
  RunOptions trusted;
  trusted.env = {{"KIV_CA_FILE", tls.certificate.string()}};
  const KivRun cloned = run_kiv_in(other(), {"clone", server.url("kiv.git")}, trusted);
  ASSERT_EQ(cloned.status, 0) << cloned.err;
  EXPECT_EQ(in(other(), {"list"}).out, kiv({"list"}).out);
  // A file that is not there is named, before anything is sent.
  const KivRun missing = kiv({"push", "--ca-file", (temp_.path() / "none.pem").string()});
  EXPECT_EQ(missing.status, 2) << missing.out;
  EXPECT_NE(missing.err.find("none.pem: cannot read the certificates"), std::string::npos)
      << missing.err;
}

}  // namespace
}  // namespace kiv::test
