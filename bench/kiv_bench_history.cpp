// kiv_bench_history: measures the history commands against the targets of their issue, on one
// series of 1,000 editions of 200 items that evolve like framework notes (per section and
// edition, by default 3% of the items removed, 5% reworded, 2% moved elsewhere, as many added
// at random places, so that nearly every item is renumbered at nearly every edition):
//   1. `kiv timeline KEY` in at most 50 ms, as a process (median of several runs), for the item
//      that lives longest and for a typical one;
//   2. `kiv matrix --format csv` in at most 1 s, as a process (median);
//   3. `kiv stats` (no target), one run.
// Prints a report with each figure next to its target; exits with 1 when a target is missed.

#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <exception>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "bench_main.hpp"
#include "evolution.hpp"
#include "kiv/archive.hpp"
#include "kiv/edition_format.hpp"
#include "kiv/history.hpp"
#include "report.hpp"
#include "run_process.hpp"
#include "synthetic_archive.hpp"
#include "timing.hpp"
#include "work_dir.hpp"

namespace {

namespace fs = std::filesystem;
using namespace kiv::bench;

constexpr double kTimelineTargetMs = 50.0;
constexpr double kMatrixTargetMs = 1000.0;
constexpr unsigned kSeed = 20261124;  // fixed: every run generates the same series
constexpr const char* kAuthor = "kiv bench <bench@example.org>";

struct Options {
  int editions = 1000;
  int items = 200;
  Churn churn{3, 5, 2, -1};  // as many added as removed
  int timeline_runs = 20;
  int matrix_runs = 5;
  fs::path keep;
};

// One series: the kiv_bench generator's first edition, then each edition evolved from the one
// before.
std::vector<kiv::Edition> generate_series(const Options& options) {
  ArchiveShape shape;
  shape.editions = 1;
  shape.items = options.items;
  const EditionDocument first = generate_archive(shape).front();
  std::vector<kiv::Edition> editions{kiv::parse_edition(first.json, first.file_name())};
  Random random(kSeed);
  int next_key = 1;
  for (int i = 1; i < options.editions; ++i) {
    kiv::Edition edition = editions.back();
    const int from = editions.front().period->from + i;
    const int to = from + 3;
    edition.edition = fmt::format("{}-{}", from, to);
    edition.period = kiv::Period{from, to};
    edition.adopted = fmt::format("{:04}-01-01", from);
    for (auto& [lang, title] : edition.title)
      title = fmt::format("Kadernota {} {}", lang, edition.edition);
    edition.priorities = evolve(edition.priorities, random, next_key, options.churn);
    edition.themes = evolve(edition.themes, random, next_key, options.churn);
    editions.push_back(std::move(edition));
  }
  return editions;
}

void import_series(const fs::path& dir, const std::vector<kiv::Edition>& editions) {
  std::vector<kiv::PreparedImport> prepared;
  for (const kiv::Edition& edition : editions) {
    prepared.push_back(
        kiv::prepare_import({edition.id() + ".json", kiv::to_canonical_json(edition)}));
  }
  kiv::Archive store = kiv::Archive::open_or_create(dir);
  for (const kiv::ImportResult& result : store.import(std::move(prepared), {kAuthor, ""})) {
    if (const auto* failed = std::get_if<kiv::ImportFailed>(&result)) {
      throw std::runtime_error("not imported: " + failed->error);
    }
    if (!std::holds_alternative<kiv::ImportCreated>(result)) {
      throw std::runtime_error("expected a new edition, got another outcome");
    }
  }
}

// Milliseconds of `runs` runs of `argv` as a process; throws unless each exits with 0.
std::vector<double> time_process(const std::vector<std::string>& argv, int runs) {
  std::vector<double> samples;
  for (int run = 0; run < runs; ++run) {
    const Stopwatch time;
    const int status = run_quietly(argv);
    samples.push_back(time.milliseconds());
    if (status != 0)
      throw std::runtime_error(fmt::format("{} exited with {}", argv.back(), status));
  }
  return samples;
}

// Per priority key: in how many editions it is.
std::map<std::string, int> lifetimes(const std::vector<kiv::Edition>& editions) {
  std::map<std::string, int> found;
  for (const kiv::Edition& edition : editions) {
    for (const kiv::Item& item : edition.priorities) ++found[item.key];
  }
  return found;
}

int run(const Options& options) {
  const WorkDir work(options.keep);
  Report report;
  const double load = load_average();
  fmt::print(
      "kiv history benchmark\nkiv: {}\nmachine: {} CPUs, load average {:.2f} at start\n"
      "work directory: {} ({})\n",
      KIV_EXECUTABLE, std::thread::hardware_concurrency(), load, work.path().string(),
      work.kept() ? "kept" : "removed at the end");
  const Stopwatch generate_time;
  const std::vector<kiv::Edition> editions = generate_series(options);
  const std::string series = editions.front().series;
  fmt::print(
      "series {}: {} editions x {} items (3/4 priorities), nl+fr; per section and edition {}% "
      "removed, "
      "{}% reworded, {}% moved, as many added; generated in {:.2f} s\n",
      series, editions.size(), options.items, options.churn.removed, options.churn.reworded,
      options.churn.moved, generate_time.seconds());
  const fs::path store_dir = work.fresh("store");
  const Stopwatch import_time;
  import_series(store_dir, editions);
  fmt::print("imported in {:.2f} s\n", import_time.seconds());
  const std::string store = store_dir.string();

  // 1. Timelines: the longest-lived priority, and the middle edition's middle priority.
  const std::map<std::string, int> lives = lifetimes(editions);
  const auto longest = std::max_element(
      lives.begin(), lives.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  const kiv::Edition& middle = editions[editions.size() / 2];
  const std::string typical = middle.priorities[middle.priorities.size() / 2].key;
  std::size_t lineages = lives.size();
  double total_life = 0;
  for (const auto& [key, life] : lives) total_life += life;
  report.section(
      fmt::format("1. kiv timeline KEY, as a process, median of {} runs", options.timeline_runs));
  report.fact("priority lineages, mean editions per lineage",
              fmt::format("{}, {:.1f}", lineages, total_life / static_cast<double>(lineages)));
  const std::vector<double> startup = time_process(
      kiv_startup_command(KIV_EXECUTABLE, (store_dir.parent_path() / "empty-store").string()),
      options.timeline_runs);
  report.fact("process start-up alone (`kiv list` of an empty store)",
              fmt::format("{:.2f} ms", median(startup)));
  const kiv::Archive opened = kiv::Archive::open(store_dir);
  for (const auto& [label, key] :
       {std::pair{"longest-lived", longest->first}, std::pair{"typical", typical}}) {
    std::vector<double> in_process;
    std::size_t present = 0;
    for (int run = 0; run < options.timeline_runs; ++run) {
      const Stopwatch time;
      const kiv::Timeline line = kiv::timeline(opened.index(), series, key);
      in_process.push_back(time.milliseconds());
      present = static_cast<std::size_t>(
          std::count_if(line.entries.begin(), line.entries.end(),
                        [](const kiv::TimelineEntry& e) { return e.item.has_value(); }));
    }
    report.fact(fmt::format("{} key {}", label, key),
                fmt::format("in {} editions; kiv::timeline in process {:.2f} ms", present,
                            median(in_process)));
    const std::vector<double> samples =
        time_process({KIV_EXECUTABLE, "--store", store, "timeline", key, "--series", series},
                     options.timeline_runs);
    report.target(fmt::format("kiv timeline ({})", label),
                  fmt::format("{:.2f} ms (max {:.2f} ms)", median(samples), maximum(samples)),
                  fmt::format("<= {:.0f} ms", kTimelineTargetMs),
                  median(samples) <= kTimelineTargetMs);
  }

  // 2. The matrix as CSV.
  report.section(fmt::format("2. kiv matrix --format csv, as a process, median of {} runs",
                             options.matrix_runs));
  const Stopwatch build_time;
  const kiv::Matrix table = kiv::matrix(opened.index(), series, kiv::Section::priorities);
  const double build_ms = build_time.milliseconds();
  std::size_t cells = 0;
  for (const kiv::MatrixRow& row : table.rows) cells += row.cells.size();
  report.fact("kiv::matrix in process",
              fmt::format("{:.0f} ms: {} rows x {} editions, {} cells stored", build_ms,
                          table.rows.size(), table.editions.size(), cells));
  const std::vector<double> matrix_ms = time_process(
      {KIV_EXECUTABLE, "--store", store, "matrix", "--series", series, "--format", "csv"},
      options.matrix_runs);
  report.target("kiv matrix --format csv",
                fmt::format("{:.0f} ms (max {:.0f} ms)", median(matrix_ms), maximum(matrix_ms)),
                fmt::format("<= {:.0f} ms", kMatrixTargetMs), median(matrix_ms) <= kMatrixTargetMs);

  // 3. Stats: a diff per step, of editions read from the index.
  report.section("3. kiv stats, as a process, one run (no target)");
  const std::vector<double> stats_ms =
      time_process({KIV_EXECUTABLE, "--store", store, "stats", "--series", series}, 1);
  report.fact("kiv stats",
              fmt::format("{:.2f} s for {} steps", stats_ms.front() / 1000.0, editions.size() - 1));
  return report.conclude();
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  CLI::App app(
      "Measures kiv timeline, kiv matrix and kiv stats on one long synthetic series against the "
      "targets of the history issue. Exit status: 0 all targets met, 1 a target missed, 2 error.",
      "kiv_bench_history");
  app.add_option("--editions", options.editions, "Editions in the series")
      ->capture_default_str()
      ->check(CLI::Range(2, 5000));
  app.add_option("--items", options.items, "Items per edition")
      ->capture_default_str()
      ->check(CLI::Range(4, 5000));
  app.add_option("--removed", options.churn.removed,
                 "Percent of each section removed per edition (as many added)")
      ->capture_default_str()
      ->check(CLI::Range(0, 50));
  app.add_option("--reworded", options.churn.reworded,
                 "Percent of each section reworded per edition")
      ->capture_default_str()
      ->check(CLI::Range(0, 100));
  app.add_option("--moved", options.churn.moved, "Percent of each section moved per edition")
      ->capture_default_str()
      ->check(CLI::Range(0, 100));
  app.add_option("--timeline-runs", options.timeline_runs, "Runs of each timeline")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app.add_option("--matrix-runs", options.matrix_runs, "Runs of the matrix")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app.add_option("--keep", options.keep, "Keep the store in DIR instead of a temporary directory")
      ->option_text("DIR");
  return bench_main(app, argc, argv, "kiv_bench_history", [&] { return run(options); });
}
