// kiv_bench_site: measures `kiv site` against the target of the site issue: the static site of
// a synthetic archive of 1,000 editions of 200 items is written in at most 60 s. The archive
// is imported the way a user would (`kiv import DIR`), then `kiv site` runs once as a process
// (it takes a while). Prints a report; exits with 1 when the target is missed.

#include <fmt/core.h>
#include <sys/resource.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "bench_main.hpp"
#include "disk_usage.hpp"
#include "report.hpp"
#include "run_process.hpp"
#include "shape_options.hpp"
#include "synthetic_archive.hpp"
#include "timing.hpp"
#include "work_dir.hpp"

namespace {

namespace fs = std::filesystem;
using namespace kiv::bench;

constexpr double kSiteTargetSeconds = 60.0;

struct Options {
  ArchiveShape shape;
  fs::path keep;
};

// User and system CPU seconds of the children waited for so far.
std::pair<double, double> children_cpu() {
  rusage usage{};
  ::getrusage(RUSAGE_CHILDREN, &usage);
  const auto seconds = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
  };
  return {seconds(usage.ru_utime), seconds(usage.ru_stime)};
}

// Runs kiv with `args`, its output discarded; throws when it fails. Returns the seconds taken.
double run_kiv(const std::vector<std::string>& args) {
  std::vector<std::string> argv = {KIV_EXECUTABLE};
  argv.insert(argv.end(), args.begin(), args.end());
  const Stopwatch time;
  const int status = run_quietly(argv);
  if (status != 0)
    throw std::runtime_error(fmt::format("kiv {} exited with {}", args.front(), status));
  return time.seconds();
}

std::size_t count_files(const fs::path& dir, const std::string& extension) {
  std::size_t count = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    count += entry.is_regular_file() && entry.path().extension() == extension ? 1 : 0;
  }
  return count;
}

int run(const Options& options) {
  const WorkDir work(options.keep);
  Report report;
  fmt::print(
      "kiv site benchmark\narchive: {}\nkiv: {}\nmachine: {} CPUs, load average {:.2f} at "
      "start\nwork directory: {} ({})\n",
      describe(options.shape), KIV_EXECUTABLE, std::thread::hardware_concurrency(), load_average(),
      work.path().string(), work.kept() ? "kept" : "removed at the end");

  const fs::path editions_dir = work.fresh("editions");
  const fs::path store_dir = work.fresh("store");
  const fs::path site_dir = work.fresh("site");
  write_archive(editions_dir, generate_archive(options.shape));
  const double import_seconds =
      run_kiv({"--store", store_dir.string(), "import", editions_dir.string()});
  fmt::print("imported with `kiv import DIR` in {:.2f} s\n", import_seconds);

  report.section("`kiv --store STORE site OUTDIR`, one run");
  const auto [user_before, system_before] = children_cpu();
  const double site_seconds = run_kiv({"--store", store_dir.string(), "site", site_dir.string()});
  const auto [user_after, system_after] = children_cpu();
  const DiskUsage usage = disk_usage(site_dir);
  report.fact("pages (.html)", fmt::format("{}", count_files(site_dir, ".html")));
  report.fact("site, sum of file sizes", mebibytes(usage.file_bytes));
  report.fact("search-index.js", mebibytes(fs::file_size(site_dir / "search-index.js")));
  // System time is mostly the creation of the files, whose cost varies a lot on a shared disk.
  report.fact("CPU time of kiv site",
              fmt::format("{:.2f} s user, {:.2f} s system", user_after - user_before,
                          system_after - system_before));
  report.target(
      fmt::format("kiv site, {} editions x {} items", options.shape.editions, options.shape.items),
      fmt::format("{:.2f} s", site_seconds), fmt::format("<= {:.0f} s", kSiteTargetSeconds),
      site_seconds <= kSiteTargetSeconds);
  return report.conclude();
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  CLI::App app(
      "Measures `kiv site` on a synthetic archive against the project's target. Exit "
      "status: 0 target met, 1 target missed, 2 error.",
      "kiv_bench_site");
  add_shape_options(app, options.shape);
  app.add_option("--keep", options.keep,
                 "Keep the generated files (DIR/editions), the store (DIR/store) and the site "
                 "(DIR/site) in DIR instead of a temporary directory")
      ->option_text("DIR");
  return bench_main(app, argc, argv, "kiv_bench_site", [&] { return run(options); });
}
