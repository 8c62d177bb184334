#!/usr/bin/env bash
# Configures and builds kiv in ${KIV_BUILD_DIR:-build}. Warnings are errors.
# KIV_SANITIZE=ON builds with AddressSanitizer and UndefinedBehaviorSanitizer; KIV_BUILD_TESTS=OFF
# leaves the tests out.
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${KIV_BUILD_DIR:-build}
sanitize=${KIV_SANITIZE:-OFF}
build_type=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
bench=ON
if [ "$sanitize" = "ON" ]; then
  # No benchmarks, assertions on, and -Og -g1: instrumented code at -O2 -g compiles four times
  # slower (92 s against 25 s for cli/commands/show.cpp), and line tables name every frame.
  build_type=(-DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-Og -g1" "-DCMAKE_C_FLAGS_DEBUG=-Og -g1")
  bench=OFF
fi

cmake -S . -B "$build_dir" -G Ninja "${build_type[@]}" -DKIV_WERROR=ON \
  -DKIV_SANITIZE="$sanitize" -DKIV_BUILD_BENCH="$bench" \
  -DKIV_BUILD_TESTS="${KIV_BUILD_TESTS:-ON}" >/dev/null
cmake --build "$build_dir"
