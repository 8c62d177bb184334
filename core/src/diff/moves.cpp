#include "diff/moves.hpp"

#include <algorithm>
#include <cstdint>

namespace kiv {

std::vector<bool> moved_pairs(const std::vector<PairedPositions>& pairs, std::size_t new_count) {
  struct Run {
    std::size_t length = 0;
    long displacement = 0;     // sum of |rank change| over the run
    std::ptrdiff_t last = -1;  // index into by_old of the run's last pair
    bool better_than(const Run& other) const {
      return length != other.length ? length > other.length : displacement < other.displacement;
    }
  };
  std::vector<std::size_t> by_old(pairs.size());
  for (std::size_t i = 0; i < pairs.size(); ++i) by_old[i] = i;
  std::sort(by_old.begin(), by_old.end(),
            [&](std::size_t a, std::size_t b) { return pairs[a].from < pairs[b].from; });
  // best[t]: a Fenwick tree of the best run ending at a new position below t.
  std::vector<Run> best(new_count + 1);
  const auto best_below = [&](std::size_t position) {
    Run found;
    for (std::size_t i = position; i > 0; i -= i & (~i + 1)) {
      if (best[i].better_than(found)) found = best[i];
    }
    return found;
  };
  std::vector<std::ptrdiff_t> before(pairs.size(), -1);
  for (std::size_t k = 0; k < by_old.size(); ++k) {
    const PairedPositions& pair = pairs[by_old[k]];
    const Run previous = best_below(pair.to);
    before[k] = previous.last;
    const Run run{previous.length + 1, previous.displacement + pair.displacement,
                  static_cast<std::ptrdiff_t>(k)};
    for (std::size_t i = pair.to + 1; i < best.size(); i += i & (~i + 1)) {
      if (run.better_than(best[i])) best[i] = run;
    }
  }
  std::vector<bool> moved(pairs.size(), true);
  for (std::ptrdiff_t k = best_below(new_count).last; k >= 0;
       k = before[static_cast<std::size_t>(k)]) {
    moved[by_old[static_cast<std::size_t>(k)]] = false;
  }
  return moved;
}

}  // namespace kiv
