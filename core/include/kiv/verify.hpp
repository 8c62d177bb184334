#pragma once
// What Archive::verify (kiv/archive.hpp) reports: the problems it found, each named by where
// it is, and how much it checked.

#include <string>
#include <vector>

namespace kiv {

// One problem Archive::verify found: where (an edition revision such as "kiv/2022-2024@2", an
// edition such as "kiv/2022-2024" for its row of the index, a series' links file such as
// "kiv/links.json", else "git" or "index") and what is wrong, in a sentence for people.
struct VerifyProblem {
  std::string where;
  std::string what;
};

struct VerifyReport {
  int objects = 0;    // git objects read and checked against their ids
  int revisions = 0;  // edition revisions checked (one per changed edition per commit)
  std::vector<VerifyProblem> problems;
  // Files a writer that died midway left in the store (relative paths, e.g.
  // "git/refs/heads/main.lock"): not problems, since nothing recorded depends on them, and the
  // next write removes them.
  std::vector<std::string> leftovers;
  bool ok() const { return problems.empty(); }
};

}  // namespace kiv
