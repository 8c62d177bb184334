#pragma once
// Runs the built kiv program as a user would, and captures what it prints.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kiv::test {

struct KivRun {
  int status = -1;  // exit status
  std::string out;  // stdout
  std::string err;  // stderr
};

struct RunOptions {
  std::map<std::string, std::string> env;  // set (on top of a clean environment)
  bool terminal = false;                   // stdout on a pseudo-terminal (stderr piped)
  bool stderr_terminal = false;            // stderr on a pseudo-terminal (stdout piped)
  std::filesystem::path program{};         // the program run; empty: the built kiv
  std::optional<unsigned> user{};          // run as this user id (and group id), when root
  unsigned timeout_seconds = 600;          // then killed (SIGALRM, status 142): no test hangs
  std::filesystem::path stdin_file{};      // standard input; empty: none (/dev/null)
  std::vector<std::string> unset{};        // variables unset (after the defaults are set)
};

// An unprivileged user id to run kiv as when the tests run as root (nobody), so that file
// permissions bind it; nullopt when the tests do not run as root (they bind already).
std::optional<unsigned> unprivileged_user();

// Runs `kiv ARGS...` with HOME, XDG_DATA_HOME and KIV_STORE unset unless `options.env` sets
// them, NO_COLOR, PAGER and LESS unset, KIV_PAGER=cat (no test waits for a pager's keys),
// TERM=xterm, and no standard input unless `options.stdin_file` names one.
KivRun run_kiv(const std::vector<std::string>& args, const RunOptions& options = {});

// `kiv --store STORE ARGS...`.
KivRun run_kiv_in(const std::filesystem::path& store, std::vector<std::string> args,
                  const RunOptions& options = {});

}  // namespace kiv::test
