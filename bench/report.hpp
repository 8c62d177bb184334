#pragma once
// The benchmark report: sections of figures, each target figure printed next to its target
// with PASS or FAIL, and a count of the targets missed for the exit status.

#include <fmt/core.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace kiv::bench {

class Report {
 public:
  void section(std::string_view title) const { fmt::print("\n{}\n", title); }

  // A figure without a target: context for the figures that have one.
  void fact(std::string_view label, std::string_view value) const {
    fmt::print("  {:<50} {}\n", label, value);
  }

  void target(std::string_view label, std::string_view value, std::string_view target, bool met) {
    fmt::print("  {:<50} {} (target {}) {}\n", label, value, target, met ? "PASS" : "FAIL");
    if (!met) ++missed_;
  }

  int missed() const { return missed_; }

  // Prints the verdict and returns the program's exit status: 0 all met, 1 a target missed.
  int conclude() const {
    fmt::print("\n{}\n", missed_ == 0 ? std::string("all targets met")
                                      : fmt::format("{} target(s) missed", missed_));
    return missed_ == 0 ? 0 : 1;
  }

 private:
  int missed_ = 0;
};

inline std::string mebibytes(std::uintmax_t bytes) {
  return fmt::format("{:.1f} MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
}

}  // namespace kiv::bench
