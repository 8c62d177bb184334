#!/usr/bin/env bash
# The quick start: installs what is missing, builds kiv, fills the default store with the
# bundled editions, lists them and shows what changed between them. Run it again at will: an identical import records nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
# Without the tests: building them needs GoogleTest, which the quick start does not install.
KIV_BUILD_TESTS=OFF scripts/build.sh >&2
kiv=${KIV_BUILD_DIR:-build}/cli/kiv

"$kiv" import editions/kiv/2016-2019.json editions/kiv/2022-2024.json
echo
"$kiv" list
echo
"$kiv" diff kiv/2016-2019 kiv/2022-2024
