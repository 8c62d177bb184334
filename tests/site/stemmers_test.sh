#!/usr/bin/env bash
# Checks that the site's JavaScript stemmers (cli/site/stemmers.js) give exactly
# the stems of libstemmer (the `stemwords` tool) for every word of the Snowball
# vocabularies (Debian package snowball-data), both as written and folded the
# way kiv folds words (NFD, combining marks dropped, lower case).
#
# Usage: tests/site/stemmers_test.sh        (no arguments)
# Exit status: 0 all equal, 1 some differ, 2 a prerequisite is missing (scripts/install-deps.sh
# --tests installs node, libstemmer-tools and snowball-data: the test fails, never skips).
set -u

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
js="$root/cli/site/stemmers.js"
data=/usr/share/snowball/data
languages=(dutch:nl french:fr german:de english:en)

missing=()
command -v node >/dev/null 2>&1 || missing+=("node")
command -v stemwords >/dev/null 2>&1 || missing+=("stemwords (Debian package libstemmer-tools)")
for entry in "${languages[@]}"; do
  voc="$data/${entry%%:*}/voc.txt"
  [ -r "$voc" ] || missing+=("$voc (Debian package snowball-data)")
done
if [ ${#missing[@]} -gt 0 ]; then
  printf 'FAIL: missing %s\n' "${missing[@]}"
  exit 2
fi
if [ ! -r "$js" ]; then
  echo "FAIL: $js not found"
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# words.js VOC OUT: writes the vocabulary's words, then the same words folded.
cat >"$tmp/words.js" <<'EOF'
const fs = require("fs");
const raw = fs.readFileSync(process.argv[2], "utf8").split("\n").filter((w) => w !== "");
const fold = (w) => w.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
fs.writeFileSync(process.argv[3], raw.concat(raw.map(fold)).join("\n") + "\n");
EOF

# compare.js STEMMERS CODE NAME WORDS EXPECTED: compares the JS stems with libstemmer's.
cat >"$tmp/compare.js" <<'EOF'
const fs = require("fs");
const [stemmersPath, code, name, wordsPath, expectedPath] = process.argv.slice(2);
const stem = require(stemmersPath)[code];
const lines = (p) => fs.readFileSync(p, "utf8").replace(/\n$/, "").split("\n");
const words = lines(wordsPath), expected = lines(expectedPath);
if (words.length !== expected.length) {
  console.log(`${name}: stemwords returned ${expected.length} lines for ${words.length} words`);
  process.exit(1);
}
const half = words.length / 2, diffs = [], count = [0, 0];
words.forEach((w, i) => {
  let got;
  try { got = stem(w); } catch (e) { got = "<exception: " + e.message + ">"; }
  if (got !== expected[i]) { diffs.push([w, expected[i], got]); count[i < half ? 0 : 1]++; }
});
console.log(`${name}: ${words.length} words compared (${half} raw, ${half} folded), ` +
  `${diffs.length} differ (${count[0]} raw, ${count[1]} folded)`);
for (const [w, lib, js] of diffs.slice(0, 20)) console.log(`  ${w}\tlibstemmer=${lib}\tjs=${js}`);
process.exit(diffs.length ? 1 : 0);
EOF

status=0
for entry in "${languages[@]}"; do
  lang=${entry%%:*} code=${entry#*:}
  node "$tmp/words.js" "$data/$lang/voc.txt" "$tmp/$lang.words" || { status=1; continue; }
  if ! stemwords -l "$lang" -i "$tmp/$lang.words" -o "$tmp/$lang.stems"; then
    echo "$lang: stemwords failed"; status=1; continue
  fi
  node "$tmp/compare.js" "$js" "$code" "$lang" "$tmp/$lang.words" "$tmp/$lang.stems" || status=1
done
[ $status -eq 0 ] && echo "PASS: all stems equal" || echo "FAIL: some stems differ"
exit $status
