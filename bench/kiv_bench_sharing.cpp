// kiv_bench_sharing: the targets of the sharing issue, over git:// on loopback (git daemon on
// 127.0.0.1, started and stopped by the benchmark):
//   1. `kiv clone` of the 1,000-edition archive takes at most 1.5x `git clone --bare` of the
//      same repository (kiv also verifies every revision and builds the index);
//   2. `kiv pull` of 10 new editions into a clone takes at most 200 ms.
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
  shape.editions += kNewEditions;
  const std::vector<EditionDocument> documents = kiv::bench::generate_archive(shape);
  const std::size_t first = documents.size() - kNewEditions;

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
  import_documents(origin, documents, first, documents.size());
  std::vector<double> pull_ms;
  for (const fs::path& clone : clones)
    pull_ms.push_back(run_ms({KIV_EXECUTABLE, "--store", clone.string(), "pull"}));
  report.target("kiv pull (median)", fmt::format("{:.0f} ms", median(pull_ms)), "<= 200 ms",
                median(pull_ms) <= 200.0);
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
