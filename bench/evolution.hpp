#pragma once
// Editions that evolve from their predecessor the way framework notes do: some items removed,
// some reworded, some moved, new ones added at random places. Shared by kiv_bench_diff (pairs of
// editions) and kiv_bench_history (a long series). Deterministic for a given seed.

#include <cstddef>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "kiv/edition.hpp"

namespace kiv::bench {

class Random {
 public:
  explicit Random(unsigned seed) : engine_(seed) {}
  // Modulo, not a std distribution, so that the results are the same with every library.
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(engine_() % n); }
  bool percent(int p) { return below(100) < static_cast<std::size_t>(p); }
  std::string_view word();  // a Dutch content word
  std::string words(std::size_t low, std::size_t high);

 private:
  std::mt19937_64 engine_;
};

// How a section changes from one edition to the next, in percent of its items.
struct Churn {
  int removed = 6;
  int reworded = 15;
  int moved = 8;
  int added = 6;  // of the old count; negative: as many as were removed (the size is kept)
};

// A reworded title (nl): one word replaced, and sometimes one inserted or one dropped, the way
// a later edition rephrases a priority without changing its subject.
std::string reword(const std::string& title, Random& random);

// The next edition of a section: `churn.removed`% of the items removed, `churn.reworded`%
// reworded (their nl title), `churn.moved`% of the rest moved elsewhere, and
// `churn.added`% of the old count (or, negative, as many as were removed) added at random
// places (keys nieuw-N, N from `next_key`); ranked 1..n.
std::vector<Item> evolve(const std::vector<Item>& items, Random& random, int& next_key,
                         const Churn& churn);

}  // namespace kiv::bench
