// kiv_bench_sharing: the targets of the sharing issue, over git:// on loopback (git daemon on
// 127.0.0.1, started and stopped by the benchmark):
//   1. `kiv clone` of the 1,000-edition archive takes at most 1.5x `git clone --bare` of the
//      same repository (kiv also verifies every revision and builds the index);
//   2. `kiv pull` of 10 new editions into a clone takes at most 200 ms;
//   3. and, reported beside `kiv rebuild` of the same clone, a pull that merges: each clone
//      records an edition of its own and the origin another (the index is brought up to date
//      incrementally, as for a fast-forward).
// Needs git on PATH. Prints each figure next to its target; exits with 1 when one is missed.
//
//   ninja -C build-bench kiv_bench_sharing kiv && build-bench/bench/kiv_bench_sharing

#include <fmt/core.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "bench_main.hpp"
#include "kiv/archive.hpp"
#include "kiv/import.hpp"
#include "report.hpp"
#include "run_process.hpp"
#include "shape_options.hpp"
#include "synthetic_archive.hpp"
#include "work_dir.hpp"

namespace fs = std::filesystem;
using kiv::bench::EditionDocument;

namespace {

constexpr const char* kAuthor = "Bench <bench@example.org>";
constexpr int kNewEditions = 10;

struct Options {
  kiv::bench::ArchiveShape shape;
  fs::path keep;
  int runs = 3;
};

// git daemon on 127.0.0.1:`port`, serving the repositories under `base`, until destroyed.
class Daemon {
 public:
  Daemon(const fs::path& base, int port) {
    const std::string git = kiv::bench::find_program("git");
    pid_ = ::fork();
    if (pid_ == 0) {
      const std::string port_option = "--port=" + std::to_string(port);
      const std::string base_option = "--base-path=" + base.string();
      ::execl(git.c_str(), "git", "daemon", "--listen=127.0.0.1", port_option.c_str(),
              "--export-all", "--reuseaddr", base_option.c_str(), base.c_str(),
              static_cast<char*>(nullptr));
      ::_exit(127);
    }
    ::usleep(500'000);  // git daemon listens within a few milliseconds
  }
  ~Daemon() {
    ::kill(pid_, SIGTERM);
    ::waitpid(pid_, nullptr, 0);
  }
  Daemon(const Daemon&) = delete;
  Daemon& operator=(const Daemon&) = delete;

 private:
  pid_t pid_ = -1;
};

double run_ms(const std::vector<std::string>& argv) {
  const auto start = std::chrono::steady_clock::now();
  const int status = kiv::bench::run_quietly(argv, true);
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (status != 0)
    throw std::runtime_error(argv[0] + " " + argv[1] + " exited with " + std::to_string(status));
  return ms;
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

void import_documents(kiv::Archive& store, const std::vector<EditionDocument>& documents,
                      std::size_t from, std::size_t to) {
  kiv::PreparedAhead ahead(to - from, [&](std::size_t i) {
    return kiv::ImportFile{documents[from + i].file_name(), documents[from + i].json};
  });
  store.import(
      [&]() -> std::optional<kiv::PreparedImport> {
        if (ahead.done()) return std::nullopt;
        return ahead.take();
      },
      {kAuthor, ""});
}

int run(const Options& options) {
  kiv::bench::Report report;
  const kiv::bench::WorkDir work(options.keep);
  kiv::bench::ArchiveShape shape = options.shape;
  fmt::print("kiv_bench_sharing: {} and {} more editions; load average {:.2f}\n",
             kiv::bench::describe(shape), kNewEditions, kiv::bench::load_average());
  // The archive, the fast-forward's new editions, the origin's and each clone's own edition.
  const auto extra = static_cast<std::size_t>(kNewEditions + 1 + options.runs);
  shape.editions += static_cast<int>(extra);
  const std::vector<EditionDocument> documents = kiv::bench::generate_archive(shape);
  const std::size_t first = documents.size() - extra;
  const std::size_t fast_forward_end = first + kNewEditions;

  const fs::path served = work.fresh("served");
  fs::create_directories(served);
  kiv::Archive origin = kiv::Archive::open_or_create(served / "store");
  import_documents(origin, documents, 0, first);
  const int port = 19418 + static_cast<int>(::getpid() % 1000);
  const Daemon daemon(served, port);
  const std::string url = fmt::format("git://127.0.0.1:{}/store/git", port);

  report.section(
      fmt::format("1. Clone over git:// on loopback, {} runs each, interleaved", options.runs));
  std::vector<double> kiv_ms, git_ms;
  std::vector<fs::path> clones;
  for (int i = 0; i < options.runs; ++i) {
    clones.push_back(work.fresh("clone-" + std::to_string(i)));
    kiv_ms.push_back(run_ms({KIV_EXECUTABLE, "--store", clones.back().string(), "clone", url}));
    git_ms.push_back(run_ms({kiv::bench::find_program("git"), "clone", "-q", "--bare", url,
                             work.fresh("git-" + std::to_string(i)).string()}));
  }
  const double ratio = median(kiv_ms) / median(git_ms);
  report.fact("git clone --bare (median)", fmt::format("{:.0f} ms", median(git_ms)));
  report.fact("kiv clone: fetch, verify, index (median)", fmt::format("{:.0f} ms", median(kiv_ms)));
  report.target("kiv clone against git clone", fmt::format("{:.2f}x", ratio), "<= 1.5x",
                ratio <= 1.5);

  report.section(fmt::format("2. Pull of {} new editions into each clone", kNewEditions));
  import_documents(origin, documents, first, fast_forward_end);
  std::vector<double> pull_ms;
  for (const fs::path& clone : clones)
    pull_ms.push_back(run_ms({KIV_EXECUTABLE, "--store", clone.string(), "pull"}));
  report.target("kiv pull (median)", fmt::format("{:.0f} ms", median(pull_ms)), "<= 200 ms",
                median(pull_ms) <= 200.0);

  report.section("3. A pull that merges: one edition recorded in each clone, one in the origin");
  import_documents(origin, documents, fast_forward_end, fast_forward_end + 1);
  std::vector<double> merge_ms, rebuild_ms;
  for (std::size_t i = 0; i < clones.size(); ++i) {
    {
      kiv::Archive clone = kiv::Archive::open(clones[i]);
      import_documents(clone, documents, fast_forward_end + 1 + i, fast_forward_end + 2 + i);
    }
    merge_ms.push_back(
        run_ms({KIV_EXECUTABLE, "--store", clones[i].string(), "pull", "--author", kAuthor}));
    rebuild_ms.push_back(run_ms({KIV_EXECUTABLE, "--store", clones[i].string(), "rebuild"}));
  }
  report.fact("kiv pull that merges (median)", fmt::format("{:.0f} ms", median(merge_ms)));
  report.fact("kiv rebuild of the same clone, what a merge cost before 2026-12-04 (median)",
              fmt::format("{:.0f} ms", median(rebuild_ms)));
  return report.conclude();
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  CLI::App app(
      "Measures kiv clone and kiv pull over git:// on loopback against the sharing targets. "
      "Exit status: 0 all targets met, 1 a target missed, 2 error.",
      "kiv_bench_sharing");
  kiv::bench::add_shape_options(app, options.shape);
  app.add_option("--runs", options.runs, "Clones of each kind (and pulls)")
      ->capture_default_str()
      ->check(CLI::Range(1, 50));
  app.add_option("--keep", options.keep, "Keep the stores in DIR instead of a temporary directory")
      ->option_text("DIR");
  return kiv::bench::bench_main(app, argc, argv, "kiv_bench_sharing", [&] { return run(options); });
}
