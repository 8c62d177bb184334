// Reliability, run as a user meets it: what a dead writer leaves, writers that queue on the
// store lock, readers beside writers, stores the user can only read, the user's git
// configuration, and hostile input (kiv's README, "Reliability").

#include <fcntl.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <thread>

#include "support/cli_fixture.hpp"
#include "support/editions.hpp"

namespace kiv::test {
namespace {

namespace fs = std::filesystem;

constexpr const char* kAuthor = "An Archivist <an@example.org>";
constexpr fs::perms kAllWrite =
    fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write;

// An edition of `count` priorities that all have one title (but the first, when `first` is
// given), and no keys.
std::string one_title_edition(int count, const std::string& first = "drugs") {
  std::string json =
      "{\"format\": \"kiv-edition/1\", \"series\": \"kiv\", \"edition\": \"2050-2052\", "
      "\"title\": {\"nl\": \"Kadernota\"}, \"priorities\": [";
  for (int rank = 1; rank <= count; ++rank) {
    if (rank > 1) json += ", ";
    json += "{\"rank\": " + std::to_string(rank) + ", \"title\": {\"nl\": \"" +
            (rank == 1 ? first : "drugs") + "\"}}";
  }
  return json + "], \"themes\": []}";
}

// CPU seconds the children waited for so far used (kiv and kiv-full).
double children_cpu_seconds() {
  rusage usage{};
  ::getrusage(RUSAGE_CHILDREN, &usage);
  const auto seconds = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
  };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

class CliReliability : public CliTest {
 protected:
  // The store made readable, and nothing more, to the user `options` runs kiv as: another
  // user when the tests run as root (whom permissions do not bind), else this one, with the
  // write permissions removed (restored by restore_permissions).
  RunOptions reader_of_read_only_store() {
    RunOptions options;
    options.user = unprivileged_user();
    fs::permissions(temp_.path(), fs::perms::others_read | fs::perms::others_exec,
                    fs::perm_options::add);
    for (const auto& entry : fs::recursive_directory_iterator(store())) {
      const fs::perms read = entry.is_directory() ? fs::perms::others_read | fs::perms::others_exec
                                                  : fs::perms::others_read;
      fs::permissions(entry.path(), read, fs::perm_options::add);
      if (!options.user) fs::permissions(entry.path(), kAllWrite, fs::perm_options::remove);
    }
    if (!options.user) fs::permissions(store(), kAllWrite, fs::perm_options::remove);
    return options;
  }

  void restore_permissions() {
    fs::permissions(store(), fs::perms::owner_write, fs::perm_options::add);
    for (const auto& entry : fs::recursive_directory_iterator(store())) {
      fs::permissions(entry.path(), fs::perms::owner_write, fs::perm_options::add);
    }
  }
};

TEST_F(CliReliability, ARefLockLeftByAKilledWriterDoesNotBlockTheNextWrite) {
  import_bundled();
  const fs::path ref = store() / "git" / "refs" / "heads" / "main";
  fs::copy_file(ref, ref.string() + ".lock");
  const KivRun verified = kiv({"verify"});
  EXPECT_EQ(verified.status, 0) << verified.out << verified.err;
  EXPECT_NE(verified.out.find("git/refs/heads/main.lock: left by a writer that died; the next "
                              "write removes it\n"),
            std::string::npos)
      << verified.out;
  const std::string corrected =
      file("corrected.json", corrected_2022_2024("\"nl\": \"leefmilieu\"", "\"nl\": \"milieu\""));
  const KivRun imported = kiv({"import", corrected, "--author", kAuthor});
  EXPECT_EQ(imported.status, 0) << imported.err;
  EXPECT_FALSE(fs::exists(ref.string() + ".lock"));
  const KivRun after = kiv({"verify", "--format", "json"});
  EXPECT_EQ(after.status, 0) << after.out;
  EXPECT_NE(after.out.find("\"leftovers\": []"), std::string::npos) << after.out;
}

TEST_F(CliReliability, AWriterWaitsForTheStoreLockAndGivesUpNamingItsHolder) {
  import_bundled();
  const int fd = ::open((store() / "lock").c_str(), O_RDWR | O_CLOEXEC);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::flock(fd, LOCK_EX), 0);
  ASSERT_EQ(::ftruncate(fd, 0), 0);
  const std::string pid = std::to_string(::getpid());
  ASSERT_EQ(::pwrite(fd, pid.data(), pid.size(), 0), static_cast<ssize_t>(pid.size()));
  const auto before = snapshot(store());
  const std::string corrected =
      file("corrected.json", corrected_2022_2024("\"nl\": \"leefmilieu\"", "\"nl\": \"milieu\""));
  RunOptions impatient;
  impatient.env["KIV_LOCK_WAIT"] = "0.2";
  const KivRun refused = kiv({"import", corrected, "--author", kAuthor}, impatient);
  EXPECT_EQ(refused.status, 3) << refused.err;
  EXPECT_EQ(refused.err, "kiv: error: " + (store() / "lock").string() +
                             ": cannot lock the store: another kiv process (pid " + pid +
                             ") is writing it; gave up after 0.2 s (wait longer with "
                             "KIV_LOCK_WAIT=SECONDS)\n");
  EXPECT_EQ(snapshot(store()), before);
  // Readers take no lock.
  for (const std::vector<std::string>& read : {std::vector<std::string>{"list"},
                                               {"show", "kiv/2022-2024"},
                                               {"search", "drugsbeleid"},
                                               {"diff", "kiv/2016-2019", "kiv/2022-2024"},
                                               {"export", "kiv/2022-2024"}}) {
    const KivRun run = kiv(read, impatient);
    EXPECT_EQ(run.status, 0) << read[0] << ": " << run.err;
  }
  ::close(fd);
  const KivRun imported = kiv({"import", corrected, "--author", kAuthor}, impatient);
  EXPECT_EQ(imported.status, 0) << imported.err;
}

TEST_F(CliReliability, WritersAndReadersAtOnceAllSucceedAndEveryRevisionIsRecorded) {
  import_bundled();
  constexpr int kWriters = 3;
  constexpr int kEditionsEach = 4;
  constexpr int kReaderRounds = 6;
  std::vector<std::vector<std::string>> files(kWriters);
  for (int w = 0; w < kWriters; ++w) {
    for (int e = 0; e < kEditionsEach; ++e) {
      const int year = 2100 + 10 * w + 2 * e;
      const std::string id = std::to_string(year) + "-" + std::to_string(year + 1);
      files[static_cast<std::size_t>(w)].push_back(file(id + ".json", bundled_2022_2024_as(id)));
    }
  }
  std::vector<std::string> failures[kWriters + 2];
  std::vector<std::thread> threads;
  for (int w = 0; w < kWriters; ++w) {
    threads.emplace_back([&, w] {
      for (const std::string& edition : files[static_cast<std::size_t>(w)]) {
        const KivRun run = kiv({"import", edition, "--author", kAuthor});
        if (run.status != 0) failures[w].push_back("import " + edition + ": " + run.err);
      }
    });
  }
  for (int r = 0; r < 2; ++r) {
    threads.emplace_back([&, r] {
      for (int round = 0; round < kReaderRounds; ++round) {
        for (const std::vector<std::string>& read : {std::vector<std::string>{"list"},
                                                     {"show", "kiv/2022-2024"},
                                                     {"search", "drugsbeleid"},
                                                     {"log"},
                                                     {"diff", "kiv/2016-2019", "kiv/2022-2024"}}) {
          const KivRun run = kiv(read);
          if (run.status != 0) failures[kWriters + r].push_back(read[0] + ": " + run.err);
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const auto& failed : failures) EXPECT_EQ(failed, std::vector<std::string>{});
  const KivRun listed = kiv({"list", "--format", "json"});
  ASSERT_EQ(listed.status, 0);
  std::size_t editions = 0;
  for (auto at = listed.out.find("\"edition\""); at != std::string::npos;
       at = listed.out.find("\"edition\"", at + 1)) {
    ++editions;
  }
  EXPECT_EQ(editions, 2U + kWriters * kEditionsEach);
  const KivRun verified = kiv({"verify"});
  EXPECT_EQ(verified.status, 0) << verified.out;
}

TEST_F(CliReliability, EveryReadCommandWorksOnAStoreTheUserCanOnlyRead) {
  import_bundled();
  const RunOptions reader = reader_of_read_only_store();
  const auto before = snapshot(store());
  for (const std::vector<std::string>& read : {std::vector<std::string>{"list"},
                                               {"show", "kiv/2022-2024"},
                                               {"log"},
                                               {"search", "drugsbeleid"},
                                               {"diff", "kiv/2016-2019", "kiv/2022-2024"},
                                               {"timeline", "cybercrime"},
                                               {"matrix"},
                                               {"stats"},
                                               {"links"},
                                               {"export", "kiv/2022-2024", "--format", "source"},
                                               {"verify"}}) {
    const KivRun run = kiv(read, reader);
    EXPECT_EQ(run.status, 0) << read[0] << ": " << run.err;
    EXPECT_EQ(run.err, "") << read[0];
  }
  const std::string corrected =
      file("corrected.json", corrected_2022_2024("\"nl\": \"leefmilieu\"", "\"nl\": \"milieu\""));
  fs::permissions(corrected, fs::perms::others_read, fs::perm_options::add);
  const KivRun refused = kiv({"import", corrected, "--author", kAuthor}, reader);
  EXPECT_EQ(refused.status, 3) << refused.err;
  EXPECT_NE(refused.err.find("cannot lock the store"), std::string::npos) << refused.err;
  EXPECT_EQ(snapshot(store()), before);
  restore_permissions();
}

TEST_F(CliReliability, AnIndexTheUserCannotWriteStopsAWriteBeforeItIsRecorded) {
  import_bundled();
  // The store writable to the user kiv runs as, but its index file. As root, whom permissions
  // do not bind, kiv runs as another user, to whom everything else is given.
  RunOptions options;
  options.user = unprivileged_user();
  if (options.user) {
    fs::permissions(temp_.path(), fs::perms::others_read | fs::perms::others_exec,
                    fs::perm_options::add);
    fs::permissions(store(), fs::perms::all, fs::perm_options::add);
    for (const auto& entry : fs::recursive_directory_iterator(store())) {
      fs::permissions(
          entry.path(),
          entry.path().filename() == "index.sqlite" ? fs::perms::others_read : fs::perms::all,
          fs::perm_options::add);
    }
  } else {
    fs::permissions(store() / "index.sqlite", kAllWrite, fs::perm_options::remove);
  }
  const auto before = snapshot(store());
  const std::string corrected =
      file("corrected.json", corrected_2022_2024("\"nl\": \"leefmilieu\"", "\"nl\": \"milieu\""));
  fs::permissions(corrected, fs::perms::others_read, fs::perm_options::add);
  const KivRun refused = kiv({"import", corrected, "--author", kAuthor}, options);
  EXPECT_EQ(refused.status, 3) << refused.err;
  EXPECT_NE(refused.err.find("cannot write the index"), std::string::npos) << refused.err;
  EXPECT_NE(refused.err.find("nothing was recorded"), std::string::npos) << refused.err;
  EXPECT_EQ(snapshot(store()), before);
  fs::permissions(store() / "index.sqlite", fs::perms::owner_write, fs::perm_options::add);
}

TEST_F(CliReliability, TheUsersGitConfigurationIsNotRead) {
  // A broken configuration in every place git looks for the user's: libgit2 fails to parse it
  // if it reads it.
  const fs::path home = temp_.path() / "home";
  write_file(home / ".gitconfig", "[user\n  name = broken\n");
  write_file(home / "xdg" / "git" / "config", "[user\n  name = broken\n");
  RunOptions options;
  options.env["HOME"] = home.string();
  options.env["XDG_CONFIG_HOME"] = (home / "xdg").string();
  const KivRun imported = kiv({"import", bundled("kiv/2016-2019.json").string()}, options);
  ASSERT_EQ(imported.status, 0) << imported.err;
  options.env["KIV_AUTHOR"] = "Env Archivist <env@example.org>";
  const KivRun second = kiv({"import", bundled("kiv/2022-2024.json").string()}, options);
  ASSERT_EQ(second.status, 0) << second.err;
  const KivRun log = kiv({"log", "--format", "json"});
  EXPECT_NE(log.out.find("\"kiv <kiv@localhost>\""), std::string::npos) << log.out;
  EXPECT_NE(log.out.find("\"Env Archivist <env@example.org>\""), std::string::npos) << log.out;
}

TEST_F(CliReliability, JsonNestedAHundredThousandDeepIsRefusedNamingThePlace) {
  const std::string deep = file("deep.json", std::string(100000, '[') + std::string(100000, ']'));
  const KivRun run = kiv({"import", deep});
  EXPECT_EQ(run.status, 2) << run.err;
  EXPECT_EQ(run.err, "kiv: error: " + deep +
                         ":1:65: nested deeper than 64 levels; an edition is 5 levels deep\n");
  EXPECT_FALSE(fs::exists(store()));
}

TEST_F(CliReliability, DevicesAndFifosAreRefusedWithoutReadingThem) {
  const KivRun zero = kiv({"import", "/dev/zero"});
  EXPECT_EQ(zero.status, 2);
  EXPECT_EQ(zero.err,
            "kiv: error: /dev/zero: not a regular file (a device, FIFO or socket); expected a "
            "note file\n");
  const fs::path fifo = temp_.path() / "note.json";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  // No writer ever opens it: a reader that waited for one would hang (until the timeout).
  RunOptions bounded;
  bounded.timeout_seconds = 20;
  const KivRun fifo_run = kiv({"import", fifo.string()}, bounded);
  EXPECT_EQ(fifo_run.status, 2);
  EXPECT_EQ(fifo_run.err, "kiv: error: " + fifo.string() +
                              ": not a regular file (a device, FIFO or socket); expected a note "
                              "file\n");
  EXPECT_FALSE(fs::exists(store()));
}

TEST_F(CliReliability, ManyItemsOfOneTitleImportInLinearTime) {
  // CPU time of a dry run at two sizes, four times apart: linear work takes about four times
  // as long, quadratic work sixteen. The margin is wide, and no absolute time is asserted.
  const std::string small = file("small.json", one_title_edition(5000));
  const std::string large = file("large.json", one_title_edition(20000));
  const double start = children_cpu_seconds();
  const KivRun small_run = kiv({"import", "--dry-run", small});
  const double middle = children_cpu_seconds();
  const KivRun large_run = kiv({"import", "--dry-run", large});
  const double end = children_cpu_seconds();
  ASSERT_EQ(small_run.status, 0) << small_run.err;
  ASSERT_EQ(large_run.status, 0) << large_run.err;
  std::cout << "one title, 5000 and 20000 items: " << (middle - start) << " and " << (end - middle)
            << " CPU seconds\n";
  EXPECT_LT(end - middle, 9 * (middle - start))
      << "small " << (middle - start) << " s, large " << (end - middle) << " s";
}

TEST_F(CliReliability, ARevisionOfManyItemsOfOneTitlePairsThemInLinearTime) {
  // Each item of the revision pairs with one of the recorded edition's by its title.
  std::vector<double> seconds;
  // Eight times the items: linear work takes about eight times as long (less, for what does
  // not grow), quadratic work sixty-four.
  for (const int count : {4000, 32000}) {
    const std::string name = std::to_string(count);
    const std::string store_dir = (temp_.path() / ("store-" + name)).string();
    ASSERT_EQ(
        run_kiv({"--store", store_dir, "import", file(name + ".json", one_title_edition(count))})
            .status,
        0);
    const std::string revised = file(name + "b.json", one_title_edition(count, "drugs en meer"));
    const double start = children_cpu_seconds();
    const KivRun run = run_kiv({"--store", store_dir, "import", revised});
    seconds.push_back(children_cpu_seconds() - start);
    ASSERT_EQ(run.status, 0) << run.err;
  }
  std::cout << "one title, a revision of 4000 and 32000 items: " << seconds[0] << " and "
            << seconds[1] << " CPU seconds\n";
  EXPECT_LT(seconds[1], 16 * seconds[0]);
}

TEST_F(CliReliability, ControlCharactersInTextsAreRefusedAtImportNamingThePlace) {
  std::string json = read_file(bundled("kiv/2022-2024.json"));
  const std::string title = "\"nl\": \"sociale en fiscale fraude\"";
  json.replace(json.find(title), title.size(), "\"nl\": \"sociale \\u001b]0;pwned\\u0007 fraude\"");
  const std::string bad = file("escape.json", json);
  const KivRun run = kiv({"import", bad});
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.err, "kiv: error: " + bad +
                         ": the title of priority 4 (nl) holds the control character U+001B at "
                         "character 9; texts may hold tabs and newlines only\n");
  EXPECT_FALSE(fs::exists(store()));
}

TEST_F(CliReliability, ControlCharactersFromTheStoreReachTheTerminalVisible) {
  // A commit message is the user's own text, kept as given; printed, it must not drive the
  // terminal (retitle the window, clear the screen).
  const KivRun imported = kiv({"import", bundled("kiv/2022-2024.json").string(), "-m",
                               "Imported\x1b]0;pwned\x07 \x1b[2J\x7f\xc2\x9b"});
  ASSERT_EQ(imported.status, 0) << imported.err;
  RunOptions terminal;
  terminal.terminal = true;
  for (const RunOptions& options : {RunOptions{}, terminal}) {
    const KivRun log = kiv({"log"}, options);
    EXPECT_EQ(log.status, 0);
    EXPECT_NE(log.out.find("Imported\\u001b]0;pwned\\u0007 \\u001b[2J\\u007f\\u009b"),
              std::string::npos)
        << log.out;
    EXPECT_EQ(log.out.find("\x1b]"), std::string::npos);
    EXPECT_EQ(log.out.find("\x1b[2J"), std::string::npos);
  }
  // JSON escapes them itself, so that the message reads back as recorded.
  const KivRun json = kiv({"log", "--format", "json"});
  EXPECT_NE(json.out.find("Imported\\u001B]0;pwned\\u0007 \\u001B[2J\\u007f\\u009b"),
            std::string::npos)
      << json.out;
}

TEST_F(CliReliability, CsvCellsThatASpreadsheetWouldRunAreNeutralised) {
  std::string json = read_file(bundled("kiv/2022-2024.json"));
  const std::string title = "\"nl\": \"sociale en fiscale fraude\"";
  json.replace(json.find(title), title.size(), "\"nl\": \"=HYPERLINK(\\\"http://x\\\")\"");
  ASSERT_EQ(kiv({"import", file("formula.json", json)}).status, 0);
  const KivRun csv = kiv({"matrix", "--format", "csv"});
  ASSERT_EQ(csv.status, 0) << csv.err;
  EXPECT_NE(csv.out.find(",\"'=HYPERLINK(\"\"http://x\"\")\","), std::string::npos) << csv.out;
  EXPECT_EQ(csv.out.find(",=HYPERLINK"), std::string::npos);
}

TEST_F(CliReliability, MisusedOptionsSayWhatIsExpected) {
  import_bundled();
  const KivRun limit = kiv({"search", "fraude", "--limit", "-1"});
  EXPECT_EQ(limit.status, 2);
  EXPECT_NE(limit.err.find("--limit: expected a number of hits, 1 or more (e.g. --limit 10), not "
                           "'-1'"),
            std::string::npos)
      << limit.err;
  const fs::path dir = temp_.path() / "out";
  fs::create_directory(dir);
  const KivRun exported = kiv({"export", "kiv/2022-2024", "-o", dir.string()});
  EXPECT_EQ(exported.status, 2);
  EXPECT_EQ(exported.err, "kiv: error: " + dir.string() +
                              ": cannot write the file: it is a directory; name a file, e.g. -o " +
                              (dir / "note.json").string() + "\n");
  const KivRun nowhere =
      kiv({"export", "kiv/2022-2024", "-o", (temp_.path() / "no" / "such.json").string()});
  EXPECT_EQ(nowhere.status, 2);
  EXPECT_NE(nowhere.err.find("cannot write the file: No such file or directory"), std::string::npos)
      << nowhere.err;
}

// Runs `script` with bash, STORE set to the store; true when it exits 0.
bool run_script(const fs::path& store, const std::string& script) {
  const std::string command = "STORE='" + store.string() + "' GIT_AUTHOR_NAME=t " +
                              "GIT_AUTHOR_EMAIL=t@example.org GIT_COMMITTER_NAME=t " +
                              "GIT_COMMITTER_EMAIL=t@example.org HOME=/nonexistent bash -euc '" +
                              script + "'";
  return std::system(command.c_str()) == 0;
}

// A commit made with git's plumbing, not kiv, on top of main: each file (a path of the tree)
// rewritten from main's by a sed script (written as inside double quotes). True when it worked.
bool commit_by_hand(const fs::path& store,
                    const std::vector<std::pair<std::string, std::string>>& edits) {
  std::string script =
      "git=\"git --git-dir=$STORE/git\"; index=$(mktemp); GIT_INDEX_FILE=$index $git read-tree "
      "main\n";
  for (const auto& [path, sed] : edits) {
    script += "$git show main:" + path + " | sed \"" + sed + "\" > \"$index.edit\"\n" +
              "blob=$($git hash-object -w \"$index.edit\")\n" +
              "GIT_INDEX_FILE=$index $git update-index --cacheinfo 100644,$blob," + path + "\n";
  }
  script +=
      "tree=$(GIT_INDEX_FILE=$index $git write-tree)\n"
      "commit=$(echo by hand | $git commit-tree $tree -p main)\n"
      "$git update-ref refs/heads/main $commit\n"
      "rm -f \"$index\" \"$index.edit\"\n";
  return run_script(store, script);
}

TEST_F(CliReliability, ABranchMovedBackIsRefusedUntilRebuildAcceptsIt) {
  import_bundled();
  const std::string corrected =
      file("corrected.json", corrected_2022_2024("\"nl\": \"leefmilieu\"", "\"nl\": \"milieu\""));
  ASSERT_EQ(kiv({"import", corrected, "--author", kAuthor}).status, 0);
  // The branch reset to the commit before the correction, as `git reset` would.
  ASSERT_TRUE(
      run_script(store(), "git --git-dir=\"$STORE/git\" update-ref refs/heads/main main~1"));
  for (const std::vector<std::string>& command :
       {std::vector<std::string>{"list"}, {"show", "kiv/2022-2024"}, {"import", corrected}}) {
    const KivRun run = kiv(command);
    EXPECT_EQ(run.status, 3) << command[0] << ": " << run.out << run.err;
    EXPECT_NE(run.err.find("which does not descend from commit"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("accept its history with 'kiv rebuild'"), std::string::npos);
  }
  EXPECT_EQ(kiv({"verify"}).status, 3);
  const KivRun rebuilt = kiv({"rebuild"});
  ASSERT_EQ(rebuilt.status, 0) << rebuilt.err;
  const KivRun log = kiv({"log", "kiv/2022-2024", "--format", "json"});
  EXPECT_EQ(log.status, 0) << log.err;
  EXPECT_EQ(log.out.find("\"revision\": 2"), std::string::npos) << log.out;
  EXPECT_EQ(kiv({"verify"}).status, 0);
}

TEST_F(CliReliability, AHandMadeCommitThatChangesAnEditionWithoutANewRevisionIsAStoreProblem) {
  import_bundled();
  ASSERT_TRUE(commit_by_hand(store(), {{"kiv/2022-2024/edition.json", "s/leefmilieu/milieu/"}}));
  const KivRun run = kiv({"list"});
  EXPECT_EQ(run.status, 3) << run.out << run.err;
  EXPECT_NE(run.err.find("kiv/2022-2024/revision.json records revision 1, but the commit makes "
                         "revision 2 of kiv/2022-2024"),
            std::string::npos)
      << run.err;
  EXPECT_EQ(kiv({"verify"}).status, 3);
}

TEST_F(CliReliability, AForgedEditionWhoseSourceWasKeptIsCaughtByVerify) {
  import_bundled();
  // A new commit whose edition.json says 'milieu' where its source, kept with its SHA-256,
  // says 'leefmilieu', and whose revision.json is renumbered to look like a correction.
  ASSERT_TRUE(commit_by_hand(
      store(), {{"kiv/2022-2024/edition.json", "s/\\\"leefmilieu\\\"/\\\"milieu\\\"/"},
                {"kiv/2022-2024/revision.json", "s/\\\"revision\\\": 1/\\\"revision\\\": 2/"}}));
  ASSERT_EQ(kiv({"rebuild"}).status, 0);
  ASSERT_EQ(kiv({"show", "kiv/2022-2024"}).status, 0);
  const KivRun verified = kiv({"verify"});
  EXPECT_EQ(verified.status, 3);
  EXPECT_NE(verified.out.find("kiv/2022-2024@2: the title of priority 8 (nl), 'milieu', is not in "
                              "its source 2022-2024.json (commit "),
            std::string::npos)
      << verified.out;
  EXPECT_EQ(verified.out.find("@1:"), std::string::npos) << verified.out;
}

// The same for a subtopic: each text of an item is tied to the source, not its title alone.
TEST_F(CliReliability, AForgedSubtopicWhoseSourceWasKeptIsCaughtByVerify) {
  const KivRun imported = kiv({"import", test_data("pages/KIV_22-24_NL.txt").string()});
  ASSERT_EQ(imported.status, 0) << imported.err;
  ASSERT_TRUE(commit_by_hand(
      store(), {{"kiv/2022-2024/edition.json", "s/\\\"seksueel geweld\\\"/\\\"fysiek geweld\\\"/"},
                {"kiv/2022-2024/revision.json", "s/\\\"revision\\\": 1/\\\"revision\\\": 2/"}}));
  ASSERT_EQ(kiv({"rebuild"}).status, 0);
  const KivRun verified = kiv({"verify"});
  EXPECT_EQ(verified.status, 3);
  EXPECT_NE(verified.out.find("kiv/2022-2024@2: subtopic 2 of priority 6 (nl), 'fysiek geweld', "
                              "is not in its source KIV_22-24_NL.txt (commit "),
            std::string::npos)
      << verified.out;
  EXPECT_EQ(verified.out.find("@1:"), std::string::npos) << verified.out;
}

}  // namespace
}  // namespace kiv::test
