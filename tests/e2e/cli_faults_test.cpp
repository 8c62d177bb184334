// Crash safety by fault injection (core/src/fault_points.hpp), in the spirit of LevelDB's
// fault_injection_test: a write is stopped at every step that leaves something on disk, by a
// kill (KIV_TEST_FAULT=kill:N, what kill -9 leaves) or a failure (fail:N, a failing disk), and
// the store is checked after: nothing recorded is lost, nothing half-written is visible, a
// command that reported failure changed nothing, reads work, verify is clean, and the next
// write works.

#include "support/cli_fixture.hpp"
#include "support/editions.hpp"

namespace kiv::test {
namespace {

namespace fs = std::filesystem;

constexpr int kMaxFaultPoints = 200;  // far more than a write passes: the loop is bounded

// How often `field` occurs in `json`: the revisions `kiv log` lists ("source_sha256"), the
// links `kiv links` lists ("kind").
std::size_t count_of(const KivRun& json, const std::string& field) {
  std::size_t count = 0;
  const std::string quoted = "\"" + field + "\"";
  for (auto at = json.out.find(quoted); at != std::string::npos;
       at = json.out.find(quoted, at + 1)) {
    ++count;
  }
  return count;
}

// The files that differ between two snapshots of a store (added, removed or changed).
std::vector<std::string> changed_files(const StoreSnapshot& a, const StoreSnapshot& b) {
  std::vector<std::string> changed;
  for (const auto& [file, bytes] : a) {
    const auto other = b.find(file);
    if (other == b.end() || other->second != bytes) changed.push_back(file);
  }
  for (const auto& [file, bytes] : b) {
    if (!a.contains(file)) changed.push_back(file);
  }
  return changed;
}

class CliFaults : public CliTest {
 protected:
  void SetUp() override {
    import_bundled();
    // A batch: two new editions and a correction of a recorded one.
    const fs::path batch = temp_.path() / "batch";
    for (const std::string id : {"2030-2032", "2033-2035"}) {
      write_file(batch / (id + ".json"), bundled_2022_2024_as(id));
    }
    write_file(batch / "corrected.json",
               corrected_2022_2024("\"nl\": \"leefmilieu\"", "\"nl\": \"milieu\""));
    batch_ = batch.string();
    fs::copy(store(), base_, fs::copy_options::recursive);
  }

  // The store put back as SetUp left it.
  void reset_store() const {
    fs::remove_all(store());
    fs::copy(base_, store(), fs::copy_options::recursive);
  }

  // What a write adds: revisions, or (links) curated links.
  enum class Counted { revisions, links };
  std::size_t count(Counted what) const {
    return what == Counted::revisions ? count_of(kiv({"log", "--format", "json"}), "source_sha256")
                                      : count_of(kiv({"links", "--format", "json"}), "kind");
  }

  // Runs `write` with a fault at every point it passes, one run each on a fresh copy of the
  // store, and checks what each left; `added` revisions are what the write records. Returns
  // how many fault points the write passes.
  int check_every_fault_point(const std::string& action, const std::vector<std::string>& write,
                              std::size_t added, Counted counted = Counted::revisions) {
    reset_store();
    const std::size_t before = count(counted);
    for (int point = 1; point <= kMaxFaultPoints; ++point) {
      reset_store();
      const auto untouched = snapshot(store());
      RunOptions faulty;
      faulty.env["KIV_TEST_FAULT"] = action + ":" + std::to_string(point);
      const KivRun run = kiv(write, faulty);
      const std::string at = action + ":" + std::to_string(point) + ": " + run.err;
      const bool reached = action == "kill" ? run.status == 137
                                            : run.err.find("injected fault") != std::string::npos;
      if (!reached) {
        EXPECT_EQ(run.status, 0) << at;
        return point - 1;
      }
      if (action == "fail" && run.status != 0) {
        EXPECT_EQ(changed_files(untouched, snapshot(store())), std::vector<std::string>{})
            << at << "a failed command changed the store";
      }
      // Reads work (the first catches the index up), and see all of the write or none of it.
      const KivRun listed = kiv({"list"});
      EXPECT_EQ(listed.status, 0) << at << listed.err;
      const std::size_t after = count(counted);
      EXPECT_TRUE(after == before || after == before + added) << at << after << " revisions";
      if (action == "fail") {
        EXPECT_EQ(after, run.status == 0 ? before + added : before) << at;
      }
      const KivRun verified = kiv({"verify"});
      EXPECT_EQ(verified.status, 0) << at << verified.out;
      // The next write works, and the store then holds the write whole, with no leftovers. (A
      // link already recorded would be refused as a duplicate: an import stands in for it.)
      const bool recorded = after == before + added;
      const KivRun again = counted == Counted::links && recorded
                               ? kiv({"import", bundled("kiv/2022-2024.json").string()})
                               : kiv(write);
      EXPECT_EQ(again.status, 0) << at << again.err;
      EXPECT_EQ(count(counted), before + added) << at;
      const KivRun clean = kiv({"verify", "--format", "json"});
      EXPECT_EQ(clean.status, 0) << at << clean.out;
      EXPECT_NE(clean.out.find("\"leftovers\": []"), std::string::npos) << at << clean.out;
    }
    ADD_FAILURE() << "the write passed more than " << kMaxFaultPoints << " fault points";
    return kMaxFaultPoints;
  }

  std::string batch_;
  fs::path base_ = temp_.path() / "base";
};

TEST_F(CliFaults, ABatchImportKilledAtEveryStepLosesNothingAndHalfOfNothingShows) {
  const int points =
      check_every_fault_point("kill", {"import", batch_, "--author", "A <a@example.org>"}, 3);
  // Leftovers cleared, index caught up, pack noted, pack written, branch moved, index begun, its
  // 3 revisions, index filled, index committed.
  EXPECT_GE(points, 11);
}

TEST_F(CliFaults, ABatchImportFailingAtEveryStepReportsFailureOnlyWhenNothingWasRecorded) {
  const int points =
      check_every_fault_point("fail", {"import", batch_, "--author", "A <a@example.org>"}, 3);
  EXPECT_GE(points, 9);  // those that can fail: all but the branch moved and the index committed
}

TEST_F(CliFaults, ARebuildKilledOrFailingAtEveryStepLeavesAWorkingIndex) {
  for (const std::string action : {"kill", "fail"}) {
    const int points = check_every_fault_point(action, {"rebuild"}, 0);
    // The 2 revisions indexed, the index built, the old one's companions removed, and (a kill
    // only) the new index in place.
    EXPECT_GE(points, action == "kill" ? 5 : 4) << action;
  }
}

TEST_F(CliFaults, ALinkKilledOrFailingAtEveryStepIsRecordedWholeOrNotAtAll) {
  for (const std::string action : {"kill", "fail"}) {
    const int points = check_every_fault_point(
        action, {"link", "kiv/2016-2019:cybercrime", "kiv/2022-2024:cybercrime"}, 1,
        Counted::links);
    EXPECT_GE(points, action == "kill" ? 7 : 5) << action;  // no revision: no index row of one
  }
}

TEST_F(CliFaults, AWriteAfterAKilledOneRemovesWhatItLeftWhereverItWasKilled) {
  // Kill a write at every point, then kill the next write at every point of its own clean-up.
  // Killed after the pack was noted: a note and a pack left.
  bool killed = false;
  for (int point = 1; point <= kMaxFaultPoints && !killed; ++point) {
    reset_store();
    RunOptions first;
    first.env["KIV_TEST_FAULT"] = "kill:" + std::to_string(point);
    const KivRun run = kiv({"import", batch_}, first);
    ASSERT_EQ(run.status, 137) << "the import passed no point 'publish: pack noted'";
    killed = run.err.ends_with("kiv: killed at publish: pack noted\n");
  }
  ASSERT_TRUE(killed);
  const KivRun leftovers = kiv({"verify", "--format", "json"});
  EXPECT_EQ(leftovers.out.find("\"leftovers\": []"), std::string::npos) << leftovers.out;
  for (int point = 1; point <= 3; ++point) {
    RunOptions second;
    second.env["KIV_TEST_FAULT"] = "kill:" + std::to_string(point);
    kiv({"import", batch_}, second);
    EXPECT_EQ(kiv({"list"}).status, 0) << point;
  }
  ASSERT_EQ(kiv({"import", batch_}).status, 0);
  const KivRun clean = kiv({"verify", "--format", "json"});
  EXPECT_EQ(clean.status, 0) << clean.out;
  EXPECT_NE(clean.out.find("\"leftovers\": []"), std::string::npos) << clean.out;
}

}  // namespace
}  // namespace kiv::test
