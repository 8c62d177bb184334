#pragma once
// Fault injection for the crash tests (tests/e2e/cli_faults_test.cpp), in the spirit of
// LevelDB's fault_injection_test: every step of the write path that leaves something on disk
// (a note, a pack, the branch, the index) passes a fault point, and the environment variable
// KIV_TEST_FAULT chooses one to stop at:
//   kill:N   the Nth fault point the process passes ends it at once (_exit, status 137, no
//            unwinding, no destructors: what kill -9 leaves), after "kiv: killed at WHERE" on
//            standard error;
//   fail:N   it throws Error{store} "injected fault at WHERE", as a failing disk would.
// Unset (as for every user), a fault point does nothing. The points are counted per process.

namespace kiv {

// `can_fail`: false for a step after which nothing can fail (the branch has moved: the write is
// recorded, and what follows only tidies up); fail:N does not count it, kill:N does.
void fault_point(const char* where, bool can_fail = true);

}  // namespace kiv
