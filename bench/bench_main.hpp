#pragma once
// The end of every benchmark's main(): parse the command line, run, turn errors into status 2.

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <exception>

namespace kiv::bench {

// Parses `argv` with `app` and returns run()'s exit status (0 all targets met, 1 a target
// missed); 0 for --help, 2 for a usage error or when run() throws (the error on stderr,
// prefixed with the app's name).
template <typename Run>
int parse_and_run(CLI::App& app, int argc, char** argv, Run run) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;  // --help, or a usage error
  }
  try {
    return run();
  } catch (const std::exception& e) {
    fmt::print(stderr, "{}: error: {}\n", app.get_name(), e.what());
    return 2;
  }
}

}  // namespace kiv::bench
