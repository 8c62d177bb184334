#pragma once
// The options that shape a synthetic archive (synthetic_archive.hpp), the same in every
// program that generates one: --editions, --items, --carry-over.

#include <CLI/CLI.hpp>

#include "synthetic_archive.hpp"

namespace kiv::bench {

// Adds the shape options bound to `shape`, with its values as defaults; --editions accepts
// `min_editions` and up.
inline void add_shape_options(CLI::App& app, ArchiveShape& shape, int min_editions = 1) {
  app.add_option("--editions", shape.editions, "Number of editions")
      ->capture_default_str()
      ->check(CLI::Range(min_editions, 100000));
  app.add_option("--items", shape.items, "Items per edition (3/4 priorities, 1/4 themes)")
      ->capture_default_str()
      ->check(CLI::Range(0, 100000));
  app.add_option("--carry-over", shape.carry_over_percent,
                 "Percentage of items an edition takes over from its predecessor")
      ->capture_default_str()
      ->check(CLI::Range(0, 100));
}

}  // namespace kiv::bench
