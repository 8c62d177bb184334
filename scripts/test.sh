#!/usr/bin/env bash
# Builds kiv and runs the whole test suite (unit and end-to-end tests, through ctest).
# KIV_SANITIZE=ON KIV_BUILD_DIR=build-sanitize runs it under ASan and UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --tests
scripts/build.sh
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$(pwd)/scripts/lsan-suppressions.txt:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --test-dir "${KIV_BUILD_DIR:-build}" --output-on-failure -j2
# The matching quality on the labelled set (the test above holds it at 0.95 or better).
"${KIV_BUILD_DIR:-build}/tests/kiv_unit_tests" --gtest_filter='DiffQuality.*' | grep '^labelled set:'
# Precision and recall per kind of change on the labelled corpus (tests/data/diff-corpus).
"${KIV_BUILD_DIR:-build}/tests/kiv_unit_tests" --gtest_filter='DiffCorpus.*' |
  sed -n '/^diff corpus:/,/kept apart/p'
