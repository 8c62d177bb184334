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

// The same, and the peak resident memory of the process (ru_maxrss of wait4), in KiB, in
// `max_rss_kib`.
int run_quietly(const std::vector<std::string>& argv, bool discard_stderr, long* max_rss_kib);

// The full path of `program` on PATH (run_quietly takes a path). Throws std::runtime_error
// when it is not there.
std::string find_program(const std::string& program);

}  // namespace kiv::bench
