#!/usr/bin/env bash
# Installs the kiv built in BUILD_DIR into a temporary prefix, then builds the consumer
# programs of this directory against it, with CMake (find_package(kiv)) and with pkg-config,
# and runs them on the bundled editions. Run by ctest (test "InstalledLibrary").
#   tests/consumer/run.sh BUILD_DIR
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

quietly() {  # runs a command, showing what it printed only when it fails
  if ! "$@" > "$work/step.log" 2>&1; then
    cat "$work/step.log" >&2
    echo "FAIL: $*" >&2
    exit 1
  fi
}
expect_line() {  # expect_line FILE LINE: FILE holds LINE, whole (grep -x)
  grep -qx -- "$2" "$1" || {
    echo "FAIL: $1 has no line '$2'; it holds:" >&2
    cat "$1" >&2
    exit 1
  }
}

quietly cmake --install "$build_dir" --prefix "$work/prefix"
editions=("$source_dir/editions/kiv/2016-2019.json" "$source_dir/editions/kiv/2022-2024.json")

check() {  # check CORE_PROGRAM ARCHIVE_PROGRAM
  "$1" "${editions[@]}" > "$work/core.out"
  expect_line "$work/core.out" "changed priorities: 1"
  expect_line "$work/core.out" "unchanged priorities: 9"
  rm -rf "$work/store"
  "$2" "$work/store" "${editions[@]}" > "$work/archive.out"
  expect_line "$work/archive.out" "kiv/2016-2019 10"
  expect_line "$work/archive.out" "kiv/2022-2024 10"
  expect_line "$work/archive.out" "libgit2 .*"
}

# CMake: find_package(kiv), kiv::core and kiv::archive.
quietly cmake -S "$source_dir/tests/consumer" -B "$work/cmake-build" -G Ninja \
  -DCMAKE_PREFIX_PATH="$work/prefix" -DCMAKE_BUILD_TYPE=Release
quietly cmake --build "$work/cmake-build"
check "$work/cmake-build/core_consumer" "$work/cmake-build/archive_consumer"
echo "find_package(kiv): OK"

# pkg-config: kiv-core and kiv-archive.
pcdir=$(dirname "$(find "$work/prefix" -name kiv-core.pc)")
export PKG_CONFIG_PATH=$pcdir
# shellcheck disable=SC2046
quietly g++ -std=c++20 -o "$work/core_pc" "$source_dir/tests/consumer/core_consumer.cpp" \
  $(pkg-config --cflags --libs kiv-core)
# shellcheck disable=SC2046
quietly g++ -std=c++20 -o "$work/archive_pc" "$source_dir/tests/consumer/archive_consumer.cpp" \
  $(pkg-config --cflags --libs kiv-archive)
check "$work/core_pc" "$work/archive_pc"
echo "pkg-config kiv-core kiv-archive: OK"
