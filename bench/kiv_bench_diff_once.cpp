// kiv_bench_diff_once OLD.json NEW.json: one diff as a process of its own, for kiv_bench_diff
// to measure its whole cost (start-up, reading and validating both editions, kiv::diff_editions
// in nl) and its peak memory. Prints the counts of the diff. Exit status: 0, or 2 on error.

#include <fmt/core.h>

#include <exception>
#include <fstream>
#include <iterator>
#include <string>

#include "kiv/diff.hpp"
#include "kiv/edition_format.hpp"

namespace {

std::string read(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(std::string(path) + ": cannot read");
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    fmt::print(stderr, "usage: kiv_bench_diff_once OLD.json NEW.json\n");
    return 2;
  }
  try {
    const kiv::Edition from = kiv::parse_edition(read(argv[1]), argv[1]);
    const kiv::Edition to = kiv::parse_edition(read(argv[2]), argv[2]);
    const kiv::EditionDiff diff = kiv::diff_editions(from, to, "nl");
    for (const auto kind :
         {kiv::ChangeKind::unchanged, kiv::ChangeKind::changed, kiv::ChangeKind::added,
          kiv::ChangeKind::removed, kiv::ChangeKind::split, kiv::ChangeKind::merged}) {
      fmt::print("{} {}\n", diff.priorities.count(kind) + diff.themes.count(kind),
                 kiv::change_kind_name(kind));
    }
    return 0;
  } catch (const std::exception& error) {
    fmt::print(stderr, "kiv_bench_diff_once: {}\n", error.what());
    return 2;
  }
}
