#pragma once
// What the benchmark programs share around their measurements: the machine's load when they
// start, and a main that parses the options and turns errors into exit status 2.

#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <exception>
#include <string_view>

namespace kiv::bench {

// The load average of the last minute, -1 when unknown. Timings are wall-clock: other work on
// the machine inflates them, so reports say how busy it was.
inline double load_average() {
  double load[1] = {0.0};
  return ::getloadavg(load, 1) == 1 ? load[0] : -1.0;
}

// Parses the command line into `app`'s options, then returns `run()`: the benchmark's exit
// status (0 all targets met, 1 a target missed); 2 for bad options or an error, which is
// printed as "NAME: error: ...".
template <typename Run>
int bench_main(CLI::App& app, int argc, char** argv, std::string_view name, Run run) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  try {
    return run();
  } catch (const std::exception& e) {
    fmt::print(stderr, "{}: error: {}\n", name, e.what());
    return 2;
  }
}

}  // namespace kiv::bench
