#pragma once
// Runs a program as a separate process, the way a user's shell would, so that its start-up
// (dynamic linking, libgit2 and SQLite initialisation) is part of what is measured.

#include <string>
#include <vector>

namespace kiv::bench {

// Runs `argv` (argv[0] is the program's path) with its standard output sent to /dev/null and
// its standard error inherited (also sent to /dev/null with `discard_stderr`), waits for it
// and returns its exit status. Throws std::runtime_error when it cannot be started or is
// killed by a signal.
int run_quietly(const std::vector<std::string>& argv, bool discard_stderr = false);

// A process started at once but held, until released, before it runs `argv`. Its peak memory
// (ru_maxrss) is then its own: Linux charges a process that execs with the peak of the memory
// it had until then, which for a child of a large process (posix_spawn shares the parent's
// memory until exec) is the parent's peak. Start it while the parent is small. Standard output
// goes to /dev/null.
class HeldProcess {
 public:
  explicit HeldProcess(const std::vector<std::string>& argv);
  ~HeldProcess();
  HeldProcess(const HeldProcess&) = delete;
  HeldProcess& operator=(const HeldProcess&) = delete;
  // Lets it run `argv`, waits for it; its exit status, and its peak memory in KiB.
  int release_and_wait(long* max_rss_kib);

 private:
  int pid_ = -1;
  int go_ = -1;  // the write end of its standard input
};

// What every kiv command pays before it reads a store (loading, linking, initialising, opening
// an index): the command line `KIV --store DIR list` on an empty store, which this makes in
// `dir` (with `kiv init`). `kiv --version` no longer measures it: kiv hands it to kiv-full,
// which names the libgit2 in use.
std::vector<std::string> kiv_startup_command(const std::string& kiv, const std::string& dir);

// The full path of `program` on PATH (run_quietly takes a path). Throws std::runtime_error
// when it is not there.
std::string find_program(const std::string& program);

}  // namespace kiv::bench
