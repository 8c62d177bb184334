#!/bin/sh
# Every C++ file of the project is as clang-format (with the root's .clang-format) writes it.
# Usage: clang_format_test.sh CLANG_FORMAT SOURCE_DIR
set -eu
clang_format=$1 source=$2
cd "$source"
files=$(git ls-files 'core/*.cpp' 'core/*.hpp' 'cli/*.cpp' 'cli/*.hpp' 'tests/*.cpp' 'tests/*.hpp' \
  'bench/*.cpp' 'bench/*.hpp' 'fuzz/*.cpp' 'fuzz/*.hpp' 2>/dev/null || find core cli tests bench fuzz -name '*.[ch]pp')
[ -n "$files" ] || { echo "FAIL: no C++ files found in $source" >&2; exit 1; }
# shellcheck disable=SC2086
"$clang_format" --dry-run --Werror $files
