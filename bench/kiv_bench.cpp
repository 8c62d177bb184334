// kiv_bench: measures the archive core against the performance targets of the project:
//   1. importing 1,000 editions of 200 items takes at most 10 s (git commits included), at
//      most 1.2x the same work done by git fast-import and a plain SQLite bulk insert with
//      FTS5 (import_anchor.hpp), and `kiv import DIR` of them peaks at 300 MiB of memory;
//   2. the store takes at most 1.5x the size of the canonical JSON of its editions (issue 16;
//      was 3x);
//   3. `kiv show` of one edition takes at most 20 ms, and at most 2x `git show` of its file;
//   4. opening a store does no work that grows with the archive (same time for 10 editions
//      as for 1,000);
//   5. `kiv search` takes at most 20 ms;
//   6. `kiv list` costs what the editions cost, not their items: on 1,000 editions at most 2x
//      its time on 10.
// Prints a report with each figure next to its target; exits with 1 when a target is missed.

#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "bench_main.hpp"
#include "disk_usage.hpp"
#include "import_anchor.hpp"
#include "kiv/archive.hpp"
#include "kiv/edition.hpp"
#include "kiv/ids.hpp"
#include "kiv/search.hpp"
#include "report.hpp"
#include "run_process.hpp"
#include "shape_options.hpp"
#include "synthetic_archive.hpp"
#include "timing.hpp"
#include "work_dir.hpp"

namespace {

namespace fs = std::filesystem;
using namespace kiv::bench;

constexpr double kImportTargetSeconds = 10.0;
constexpr double kImportAnchorRatio = 1.2;
constexpr double kImportTargetMebibytes = 300.0;
constexpr double kSizeTargetRatio = 1.5;
constexpr double kShowTargetMilliseconds = 20.0;
constexpr double kSearchTargetMilliseconds = 20.0;
constexpr double kOpenTargetRatio = 2.0;  // "about equal", with room for timer noise
constexpr double kListTargetRatio = 2.0;
constexpr double kShowGitRatio = 2.0;
constexpr int kSmallStoreEditions = 10;
constexpr const char* kAuthor = "kiv bench <bench@example.org>";

struct Options {
  ArchiveShape shape;
  fs::path keep;
  int show_runs = 50;
  int open_runs = 200;
  int search_runs = 50;
  int list_runs = 50;
};

std::vector<kiv::PreparedImport> prepare_all(const std::vector<EditionDocument>& documents) {
  std::vector<kiv::PreparedImport> prepared;
  prepared.reserve(documents.size());
  for (const EditionDocument& document : documents) {
    prepared.push_back(kiv::prepare_import({document.file_name(), document.json}));
  }
  return prepared;
}

kiv::Archive new_store(const fs::path& dir) {
  bool created = false;
  kiv::Archive store = kiv::Archive::open_or_create(dir, &created);
  if (!created) throw std::runtime_error(dir.string() + ": expected a new store");
  return store;
}

void expect_all_created(const std::vector<kiv::ImportResult>& results) {
  for (const kiv::ImportResult& result : results) {
    if (!std::holds_alternative<kiv::ImportCreated>(result)) {
      throw std::runtime_error("expected a new edition, got another outcome");
    }
  }
}

// Imports into a new store at `dir`, all in one batch as `kiv import` would.
void import_all(const fs::path& dir, std::vector<kiv::PreparedImport> prepared) {
  expect_all_created(new_store(dir).import(std::move(prepared), {kAuthor, ""}));
}

// Imports into a new store at `dir` as `kiv import` does: each file is prepared on a second
// thread while the one before it is recorded (kiv::PreparedAhead), all in one batch.
void import_ahead(const fs::path& dir, const std::vector<EditionDocument>& documents) {
  kiv::Archive store = new_store(dir);
  kiv::PreparedAhead ahead(documents.size(), [&](std::size_t i) {
    return kiv::ImportFile{documents[i].file_name(), documents[i].json};
  });
  expect_all_created(store.import(
      [&]() -> std::optional<kiv::PreparedImport> {
        if (ahead.done()) return std::nullopt;
        return ahead.take();
      },
      {kAuthor, ""}));
}

// 1. Returns the total size of the canonical JSON of the editions.
std::uintmax_t measure_import(Report& report, const std::vector<EditionDocument>& documents,
                              const ArchiveShape& shape, const fs::path& store_dir) {
  report.section(
      fmt::format("1. Bulk import into a new store ({} editions in one Archive::import "
                  "call, one git commit per edition)",
                  documents.size()));
  const Stopwatch prepare_time;
  std::vector<kiv::PreparedImport> prepared = prepare_all(documents);
  const double prepare_seconds = prepare_time.seconds();
  std::uintmax_t canonical_bytes = 0;
  bool sources_canonical = true;
  for (const kiv::PreparedImport& item : prepared) {
    canonical_bytes += item.canonical_json.size();
    sources_canonical = sources_canonical && item.bytes == item.canonical_json;
  }

  const Stopwatch import_time;
  import_all(store_dir, std::move(prepared));
  const double import_seconds = import_time.seconds();
  const double one_thread = prepare_seconds + import_seconds;
  report.fact("one thread: prepare_import of all (parse, validate, canonicalise)",
              fmt::format("{:.2f} s ({:.2f} ms per edition)", prepare_seconds,
                          prepare_seconds * 1000.0 / static_cast<double>(documents.size())));
  report.fact("one thread: then Archive::open_or_create + Archive::import",
              fmt::format("{:.2f} s ({:.2f} ms per edition)", import_seconds,
                          import_seconds * 1000.0 / static_cast<double>(documents.size())));
  report.fact("imported files are canonical JSON", sources_canonical ? "yes" : "no");

  // What `kiv import DIR/` does, into a store of its own, removed after.
  const fs::path ahead_dir = store_dir.parent_path() / "store-ahead";
  const Stopwatch ahead_time;
  import_ahead(ahead_dir, documents);
  const double total = ahead_time.seconds();
  fs::remove_all(ahead_dir);
  report.target(fmt::format("import {} editions x {} items as kiv import does (PreparedAhead: "
                            "the next file prepared while one is recorded)",
                            shape.editions, shape.items),
                fmt::format("{:.2f} s", total), fmt::format("<= {:.0f} s", kImportTargetSeconds),
                total <= kImportTargetSeconds);

  const AnchorTimes anchor = measure_import_anchor(documents, store_dir.parent_path());
  report.fact("anchor: git fast-import, one commit per edition",
              fmt::format("{:.2f} s", anchor.git_seconds));
  report.fact("anchor: SQLite bulk insert with FTS5 of the texts",
              fmt::format("{:.2f} s", anchor.sqlite_seconds));
  report.fact("one thread against the anchor",
              fmt::format("{:.2f}x ({:.2f} s against {:.2f} s)", one_thread / anchor.total(),
                          one_thread, anchor.total()));
  report.target("kiv import against the anchor",
                fmt::format("{:.2f}x ({:.2f} s against {:.2f} s)", total / anchor.total(), total,
                            anchor.total()),
                fmt::format("<= {:.1f}x", kImportAnchorRatio),
                total <= kImportAnchorRatio * anchor.total());
  return canonical_bytes;
}

// 1b. `kiv import DIR` as a process, `held` since the bench began (see HeldProcess): its
// peak memory.
void measure_import_memory(Report& report, HeldProcess& held) {
  report.section("1b. `kiv --store DIR import EDITIONS/` as a process, into a new store");
  long max_rss_kib = 0;
  const Stopwatch time;
  const int status = held.release_and_wait(&max_rss_kib);
  if (status != 0) throw std::runtime_error("kiv import exited with " + std::to_string(status));
  report.fact("wall time", fmt::format("{:.2f} s", time.seconds()));
  const double mebibytes = static_cast<double>(max_rss_kib) / 1024.0;
  report.target("peak resident memory", fmt::format("{:.0f} MiB", mebibytes),
                fmt::format("<= {:.0f} MiB", kImportTargetMebibytes),
                mebibytes <= kImportTargetMebibytes);
}

// 2.
void measure_size(Report& report, const fs::path& store_dir, std::uintmax_t canonical_bytes) {
  report.section("2. Size on disk of the store");
  report.fact("canonical JSON of all editions", mebibytes(canonical_bytes));
  for (const auto& entry : fs::directory_iterator(store_dir)) {
    const DiskUsage part = disk_usage(entry.path());
    report.fact("  store/" + entry.path().filename().string(),
                fmt::format("{} in files, {} allocated", mebibytes(part.file_bytes),
                            mebibytes(part.allocated)));
  }
  const DiskUsage usage = disk_usage(store_dir);
  const auto ratio = [&](std::uintmax_t bytes) {
    return static_cast<double>(bytes) / static_cast<double>(canonical_bytes);
  };
  report.fact(
      "store, sum of file sizes",
      fmt::format("{} ({:.2f}x the JSON)", mebibytes(usage.file_bytes), ratio(usage.file_bytes)));
  report.target("store, allocated (du, blocks of 4 KiB) / JSON",
                fmt::format("{:.2f}x ({}, {} blocks)", ratio(usage.allocated),
                            mebibytes(usage.allocated), usage.allocated / 4096),
                fmt::format("<= {:.1f}x", kSizeTargetRatio),
                ratio(usage.allocated) <= kSizeTargetRatio);
}

// Runs `argv` `runs` times as a process; the wall-clock time of each run, in milliseconds.
// Throws when a run exits with another status than 0.
std::vector<double> time_process(const std::vector<std::string>& argv, int runs,
                                 bool discard_stderr = false) {
  std::vector<double> samples;
  for (int run = 0; run < runs; ++run) {
    const Stopwatch time;
    const int status = run_quietly(argv, discard_stderr);
    samples.push_back(time.milliseconds());
    if (status != 0) {
      throw std::runtime_error(
          fmt::format("{} {} exited with {}", argv[argv.size() - 2], argv.back(), status));
    }
  }
  return samples;
}

// 3. kiv show as a process against `git show` of the same edition.json, interleaved, so that
// both see the same machine load.
void measure_show(Report& report, const fs::path& store_dir, const std::string& ref, int runs) {
  report.section(fmt::format("3. Showing one edition ({}), {} runs", ref, runs));
  // What every kiv command pays before it reads a store: loading, linking, initialising.
  const std::vector<double> startup_ms = time_process(
      kiv_startup_command(KIV_EXECUTABLE, (store_dir.parent_path() / "empty-store").string()),
      runs);
  const std::string git = find_program("git");
  const std::string git_path = "main:" + ref + "/edition.json";
  std::vector<double> process_ms, json_ms, git_ms;
  for (int run = 0; run < runs; ++run) {
    process_ms.push_back(
        time_process({KIV_EXECUTABLE, "--store", store_dir.string(), "show", ref}, 1).front());
    json_ms.push_back(
        time_process(
            {KIV_EXECUTABLE, "--store", store_dir.string(), "show", ref, "--format", "json"}, 1)
            .front());
    git_ms.push_back(
        time_process({git, "--git-dir", (store_dir / "git").string(), "show", git_path}, 1)
            .front());
  }

  std::vector<double> open_ms, resolve_ms, load_ms, total_ms;
  for (int run = 0; run < runs; ++run) {
    const Stopwatch total;
    const std::optional<kiv::Index> index = kiv::Index::open_current(store_dir);
    if (!index) throw std::runtime_error(store_dir.string() + ": expected a current index");
    open_ms.push_back(total.milliseconds());
    const Stopwatch resolve;
    const kiv::RevisionInfo revision = index->resolve(kiv::parse_ref(ref));
    resolve_ms.push_back(resolve.milliseconds());
    const Stopwatch load;
    const kiv::Edition edition = index->load(revision);
    load_ms.push_back(load.milliseconds());
    total_ms.push_back(total.milliseconds());
  }
  report.fact("process start-up alone (`kiv list` of an empty store), median",
              fmt::format("{:.2f} ms (max {:.2f} ms)", median(startup_ms), maximum(startup_ms)));
  report.fact("in process: Index::open_current + resolve + load, median",
              fmt::format("{:.2f} ms (open {:.2f}, resolve {:.2f}, load {:.2f}; max {:.2f})",
                          median(total_ms), median(open_ms), median(resolve_ms), median(load_ms),
                          maximum(total_ms)));
  report.fact("`git show main:EDITION/edition.json >/dev/null`, median",
              fmt::format("{:.2f} ms (max {:.2f} ms)", median(git_ms), maximum(git_ms)));
  report.target("`kiv --store DIR show REF >/dev/null`, median",
                fmt::format("{:.2f} ms (max {:.2f} ms)", median(process_ms), maximum(process_ms)),
                fmt::format("<= {:.0f} ms", kShowTargetMilliseconds),
                median(process_ms) <= kShowTargetMilliseconds);
  report.target("the same against `git show`",
                fmt::format("{:.2f}x", median(process_ms) / median(git_ms)),
                fmt::format("<= {:.0f}x", kShowGitRatio),
                median(process_ms) <= kShowGitRatio * median(git_ms));
  report.target(
      "`kiv show REF --format json` against `git show`",
      fmt::format("{:.2f} ms, {:.2f}x", median(json_ms), median(json_ms) / median(git_ms)),
      fmt::format("<= {:.0f}x", kShowGitRatio), median(json_ms) <= kShowGitRatio * median(git_ms));
}

// 5. Each query as `kiv search` would run it (the 50 best hits, latest revisions, every
// language). The generator's vocabulary has no rare words: each is in about 5% of the rows.
void measure_search(Report& report, const fs::path& store_dir, int runs) {
  report.section(
      fmt::format("5. Searching the items (kiv search), median of {} runs per query", runs));
  struct Query {
    const char* what;
    const char* text;
  };
  const Query queries[] = {
      {"a common word", "veiligheid"},
      {"another word", "camerabewaking"},
      {"two words", "preventie politie"},
      {"a prefix", "crimi*"},
      {"a phrase", "\"sociale fraude\""},
      {"without diacritics", "securite"},
      {"an alternative", "terrorisme OR extremisme"},
  };
  const kiv::Archive store = kiv::Archive::open(store_dir);
  for (const Query& query : queries) {
    const std::size_t matches = kiv::search(store.index(), {.text = query.text, .limit = 0}).size();
    std::vector<double> in_process_ms;
    for (int run = 0; run < runs; ++run) {
      const Stopwatch time;
      const std::optional<kiv::Index> opened = kiv::Index::open_current(store_dir);
      if (!opened) throw std::runtime_error(store_dir.string() + ": expected a current index");
      const auto hits = kiv::search(*opened, {.text = query.text, .limit = 50});
      in_process_ms.push_back(time.milliseconds());
      if (hits.empty()) throw std::runtime_error(fmt::format("no hits for {}", query.text));
    }
    const std::vector<double> process_ms =
        // Without "the best 50 matches are shown" on standard error, each time.
        time_process({KIV_EXECUTABLE, "--store", store_dir.string(), "search", query.text}, runs,
                     true);
    report.fact(fmt::format("{} ({}): matches", query.what, query.text), std::to_string(matches));
    report.fact(
        "  in process: Index::open_current + search, median",
        fmt::format("{:.2f} ms (max {:.2f} ms)", median(in_process_ms), maximum(in_process_ms)));
    report.target("  `kiv --store DIR search QUERY >/dev/null`, median",
                  fmt::format("{:.2f} ms (max {:.2f} ms)", median(process_ms), maximum(process_ms)),
                  fmt::format("<= {:.0f} ms", kSearchTargetMilliseconds),
                  median(process_ms) <= kSearchTargetMilliseconds);
  }
}

// Reports one measure taken on the small store and on the large one, and their ratio against
// `ratio` (the large store's median at most that many times the small one's).
void report_small_and_large(Report& report, const std::string& what, const std::string& ratio_name,
                            const std::vector<double>& small_ms,
                            const std::vector<double>& large_ms, int large_editions,
                            const std::string& target, double ratio) {
  const double small = median(small_ms);
  const double large = median(large_ms);
  report.fact(fmt::format("{}store of {} editions", what, kSmallStoreEditions),
              fmt::format("{:.3f} ms (max {:.3f} ms)", small, maximum(small_ms)));
  report.fact(fmt::format("{}store of {} editions", what, large_editions),
              fmt::format("{:.3f} ms (max {:.3f} ms)", large, maximum(large_ms)));
  report.target(
      fmt::format("{}, {} / {} editions", ratio_name, large_editions, kSmallStoreEditions),
      fmt::format("{:.2f}x", large / small), target, large <= ratio * small);
}

// 4. Opens the two stores in turn so that both see the same machine load.
void measure_open(Report& report, const fs::path& small_dir, const fs::path& large_dir,
                  int large_editions, int runs) {
  report.section(fmt::format("4. Archive::open, index up to date, median of {} runs", runs));
  std::vector<double> small_ms, large_ms;
  const auto open = [](const fs::path& dir, std::vector<double>& samples) {
    const Stopwatch time;
    const kiv::Archive store = kiv::Archive::open(dir);
    samples.push_back(time.milliseconds());
  };
  for (int run = 0; run < runs; ++run) {
    open(small_dir, small_ms);
    open(large_dir, large_ms);
  }
  report_small_and_large(report, "", "open time", small_ms, large_ms, large_editions,
                         fmt::format("about equal, <= {:.0f}x", kOpenTargetRatio),
                         kOpenTargetRatio);
}

// 6. Lists both stores in turn, as processes, so that both see the same machine load.
void measure_list(Report& report, const fs::path& small_dir, const fs::path& large_dir,
                  int large_editions, int runs) {
  report.section(fmt::format("6. Listing the editions (kiv list), median of {} runs", runs));
  std::vector<double> small_ms, large_ms;
  for (int run = 0; run < runs; ++run) {
    for (const auto& [dir, samples] :
         {std::pair{&small_dir, &small_ms}, std::pair{&large_dir, &large_ms}}) {
      const std::vector<double> once =
          time_process({KIV_EXECUTABLE, "--store", dir->string(), "list"}, 1);
      samples->push_back(once.front());
    }
  }
  report_small_and_large(report, "`kiv list`, ", "list time", small_ms, large_ms, large_editions,
                         fmt::format("<= {:.0f}x", kListTargetRatio), kListTargetRatio);
}

int run(const Options& options) {
  const WorkDir work(options.keep);
  Report report;
  // Timings are wall-clock: other work on the machine inflates them, so say how busy it was.
  double load[1] = {0.0};
  if (::getloadavg(load, 1) != 1) load[0] = -1.0;
  fmt::print(
      "kiv benchmark\narchive: {}\nkiv: {}\nmachine: {} CPUs, load average {:.2f} at "
      "start\nwork directory: {} ({})\n",
      describe(options.shape), KIV_EXECUTABLE, std::thread::hardware_concurrency(), load[0],
      work.path().string(), work.kept() ? "kept" : "removed at the end");

  const fs::path editions_dir = work.fresh("editions");
  const fs::path store_dir = work.fresh("store");
  const fs::path small_dir = work.fresh(fmt::format("store-{}", kSmallStoreEditions));

  // Started while the bench is small, so that its peak memory is kiv's (HeldProcess).
  HeldProcess held_import({KIV_EXECUTABLE, "--store", work.fresh("store-imported").string(),
                           "import", editions_dir.string() + "/"});

  const Stopwatch generate_time;
  auto documents = generate_archive(options.shape);
  fmt::print("generated {} editions in {:.2f} s\n", documents.size(), generate_time.seconds());
  write_archive(editions_dir, documents);
  fmt::print("wrote them to {}\n", editions_dir.string());
  const std::string shown = documents[documents.size() / 2].ref;

  const std::uintmax_t canonical_bytes =
      measure_import(report, documents, options.shape, store_dir);
  documents.clear();  // about 100 MiB at full size, not needed by the measurements below
  measure_import_memory(report, held_import);
  measure_size(report, store_dir, canonical_bytes);
  measure_show(report, store_dir, shown, options.show_runs);

  ArchiveShape small_shape = options.shape;
  small_shape.editions = kSmallStoreEditions;
  import_all(small_dir, prepare_all(generate_archive(small_shape)));
  measure_open(report, small_dir, store_dir, options.shape.editions, options.open_runs);
  measure_search(report, store_dir, options.search_runs);
  measure_list(report, small_dir, store_dir, options.shape.editions, options.list_runs);

  return report.conclude();
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  CLI::App app(
      "Measures the kiv archive core (import, size on disk, show, open, search) on a "
      "synthetic archive against the project's targets. Exit status: 0 all targets "
      "met, 1 a target missed, 2 error.",
      "kiv_bench");
  add_shape_options(app, options.shape, kSmallStoreEditions);
  app.add_option("--list-runs", options.list_runs, "Times to run kiv list on each store");
  app.add_option("--show-runs", options.show_runs, "Times to run kiv show")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app.add_option("--open-runs", options.open_runs, "Times to open each store")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app.add_option("--search-runs", options.search_runs, "Times to run each search")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app.add_option("--keep", options.keep,
                 "Keep the generated JSON files (DIR/editions/SERIES/EDITION.json) and stores "
                 "(DIR/store, DIR/store-10) in DIR instead of a temporary directory")
      ->option_text("DIR");
  return bench_main(app, argc, argv, "kiv_bench", [&] { return run(options); });
}
