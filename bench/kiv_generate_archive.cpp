// kiv_generate_archive: writes a synthetic archive, one canonical JSON file per edition
// (OUTDIR/SERIES/EDITION.json), for trying kiv on a large archive, e.g.
//   kiv_generate_archive /tmp/archive --editions 100 && kiv import /tmp/archive/*/*.json

#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <exception>
#include <filesystem>

#include "shape_options.hpp"
#include "synthetic_archive.hpp"

int main(int argc, char** argv) {
  kiv::bench::ArchiveShape shape;
  std::filesystem::path out_dir;
  CLI::App app(
      "Writes a synthetic kiv archive: one canonical JSON file per edition, "
      "OUTDIR/SERIES/EDITION.json. The same options give the same files.",
      "kiv_generate_archive");
  app.add_option("OUTDIR", out_dir, "Directory to write to (created when missing)")->required();
  kiv::bench::add_shape_options(app, shape);
  CLI11_PARSE(app, argc, argv);

  try {
    const auto documents = kiv::bench::generate_archive(shape);
    kiv::bench::write_archive(out_dir, documents);
    std::size_t bytes = 0;
    for (const auto& document : documents) bytes += document.json.size();
    fmt::print("wrote {} files, {:.1f} MiB, to {}\n{}\n", documents.size(),
               static_cast<double>(bytes) / (1024.0 * 1024.0), out_dir.string(),
               kiv::bench::describe(shape));
    return 0;
  } catch (const std::exception& e) {
    fmt::print(stderr, "kiv_generate_archive: error: {}\n", e.what());
    return 1;
  }
}
