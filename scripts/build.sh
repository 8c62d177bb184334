#!/usr/bin/env bash
# Configures and builds kiv in ${KIV_BUILD_DIR:-build}. Warnings are errors.
# KIV_SANITIZE=ON builds with AddressSanitizer and UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${KIV_BUILD_DIR:-build}
sanitize=${KIV_SANITIZE:-OFF}
bench=ON
[ "$sanitize" = "ON" ] && bench=OFF

cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKIV_WERROR=ON \
  -DKIV_SANITIZE="$sanitize" -DKIV_BUILD_BENCH="$bench" >/dev/null
cmake --build "$build_dir"
