#pragma once
// Fixture for end-to-end tests: a temporary directory with a store path in it, and shortcuts
// for running kiv against that store.

#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "support/run_kiv.hpp"
#include "support/store_snapshot.hpp"
#include "support/temp_dir.hpp"

namespace kiv::test {

// Output with what changes from run to run (import times, commit ids) blanked out, for golden
// files: "imported TIME by", "COMMIT".
inline std::string without_volatile_fields(const std::string& text) {
  std::string out =
      std::regex_replace(text, std::regex("imported [0-9T:Z-]+ by"), "imported TIME by");
  return std::regex_replace(out, std::regex("\\b[0-9a-f]{40}\\b"), "COMMIT");
}

class CliTest : public ::testing::Test {
 protected:
  std::filesystem::path store() const { return temp_.path() / "store"; }

  KivRun kiv(std::vector<std::string> args, const RunOptions& options = {}) const {
    return run_kiv_in(store(), std::move(args), options);
  }

  // Imports the two bundled editions; fails the test when that fails.
  void import_bundled() const {
    const KivRun run =
        kiv({"import", bundled("kiv/2016-2019.json").string(),
             bundled("kiv/2022-2024.json").string(), "--author", "An Archivist <an@example.org>"});
    ASSERT_EQ(run.status, 0) << run.err;
  }

  // Writes `bytes` to a file in the temporary directory and returns its path.
  std::string file(const std::string& name, const std::string& bytes) const {
    write_file(temp_.path() / name, bytes);
    return (temp_.path() / name).string();
  }

  TempDir temp_;
};

}  // namespace kiv::test
