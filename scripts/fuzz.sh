#!/usr/bin/env bash
# Builds kiv's libFuzzer targets (fuzz/) with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer in ${KIV_FUZZ_BUILD_DIR:-build-fuzz}, and runs every one of them on
# seeds made from the repository's real files.
#
#   scripts/fuzz.sh                    60 seconds per target
#   scripts/fuzz.sh --seconds N        N seconds per target
#   scripts/fuzz.sh --runs N           N executions per target
#   scripts/fuzz.sh --quick            20 seconds per target (CI)
#   --only a,b      only these targets (fuzz_edition_json or edition_json)
#   --jobs N        run N targets at once (default 1)
#   --no-build      run what is built
#
# Per target it prints executions, seconds, executions per second, the corpus (units in
# libFuzzer's corpus and its size), and the crash file when it found one. Exits 1 when any
# target found a crash (crash, leak, timeout, out of memory), 2 for a usage error.
#
# The work directory, BUILD_DIR/fuzz-work/TARGET/, holds seeds (made anew at each run), the
# corpus (kept between runs: it is never committed), crashes and the log. Reproducers worth
# keeping go to fuzz/regressions/TARGET/, which every run reads as seeds first.
# KIV_FUZZ_NICE (default 10) is the niceness of the build and the runs; KIV_FUZZ_BUILD_JOBS
# (default 2) the build's parallel jobs.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

seconds=60
runs=
only=
jobs=1
build=1
usage() { sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
while [ $# -gt 0 ]; do
  case $1 in
    --seconds) seconds=${2:?}; runs=; shift 2 ;;
    --runs) runs=${2:?}; shift 2 ;;
    --quick) seconds=20; runs=; shift ;;
    --only) only=${2:?}; shift 2 ;;
    --jobs) jobs=${2:?}; shift 2 ;;
    --no-build) build=0; shift ;;
    -h|--help) usage ;;
    *) echo "fuzz.sh: unknown argument '$1'" >&2; usage ;;
  esac
done

build_dir=${KIV_FUZZ_BUILD_DIR:-build-fuzz}
niceness=${KIV_FUZZ_NICE:-10}
nice=(nice -n "$niceness")

# One run at a time per build directory: two would build over each other and write the same
# logs, corpora and results.
mkdir -p "$build_dir"
exec 9> "$build_dir/fuzz.lock"
if ! flock -n 9; then
  echo "fuzz.sh: another fuzz.sh is using $build_dir; waiting for it" >&2
  flock 9
fi

# Each target, with the longest input it is given (-max_len) and its dictionary.
targets=(
  "fuzz_edition_json 65536 json"
  "fuzz_document_text 65536 document"
  "fuzz_document_markdown 65536 document"
  "fuzz_document_html 65536 document"
  "fuzz_document_pdf 262144 -"
  "fuzz_document_docx 65536 -"
  "fuzz_pdf_layout 16384 -"
  "fuzz_links_file 16384 json"
  "fuzz_edition_merge 65536 json"
  "fuzz_series_file 8192 json"
  "fuzz_attachments_file 16384 json"
  "fuzz_revision_record 4096 json"
  "fuzz_ids 256 -"
  "fuzz_dates 1024 document"
  "fuzz_text 4096 -"
  "fuzz_search 1024 search"
  "fuzz_main_ref 4096 -"
)

# ---- clang with libFuzzer ----------------------------------------------------------------
libfuzzer_links() {
  command -v clang++ >/dev/null 2>&1 || return 1
  local probe
  probe=$(mktemp -d)
  printf '%s\n' '#include <cstddef>' '#include <cstdint>' \
    'extern "C" int LLVMFuzzerTestOneInput(const uint8_t*, size_t) { return 0; }' > "$probe/t.cpp"
  local ok=0
  clang++ -fsanitize=fuzzer,address,undefined "$probe/t.cpp" -o "$probe/t" 2>/dev/null || ok=1
  rm -rf "$probe"
  return $ok
}

if [ "$build" = 1 ]; then
  bash scripts/install-deps.sh
  if ! libfuzzer_links; then
    echo "Installing clang and its libFuzzer runtime" >&2
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends clang libclang-rt-14-dev >&2
    libfuzzer_links || { echo "fuzz.sh: clang++ -fsanitize=fuzzer does not link" >&2; exit 1; }
  fi
  # Debug (assertions on) at -O1, with libstdc++'s checks, line tables for the stack traces.
  "${nice[@]}" cmake -S . -B "$build_dir" -G Ninja \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
    "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -gline-tables-only -D_GLIBCXX_ASSERTIONS" \
    "-DCMAKE_C_FLAGS_DEBUG=-O1 -gline-tables-only" \
    -DKIV_FUZZ=ON -DKIV_BUILD_TESTS=OFF -DKIV_BUILD_BENCH=OFF >/dev/null
  "${nice[@]}" cmake --build "$build_dir" --target kiv_fuzz -j "${KIV_FUZZ_BUILD_JOBS:-2}"
fi

# ---- seeds ------------------------------------------------------------------------------
work=$root/$build_dir/fuzz-work
documents=()
for file in tests/data/pages/* ../shared/sources/*; do
  case $file in
    *README*|*.pdf|*.PDF) ;;
    *.txt|*.md|*.html|*.htm) [ -f "$file" ] && documents+=("$file") ;;
  esac
done
json_files=()
while IFS= read -r file; do json_files+=("$file"); done < <(
  { find editions -name '*.json' ! -path '*/schema/*'; find tests/data -name '*.json'; } | sort)

# seed DIR NAME [PREFIX_BYTE]: stdin into DIR/NAME, after a first byte when one is given.
seed() {
  local dir=$1 name=$2 prefix=${3:-}
  if [ -n "$prefix" ]; then
    { printf "\\x$prefix"; cat; } > "$dir/$name"
  else
    cat > "$dir/$name"
  fi
}

make_seeds() {
  local target=$1 dir=$2 file n=0
  rm -rf "$dir"
  mkdir -p "$dir"
  case $target in
    fuzz_edition_json)
      for file in "${json_files[@]}" editions/schema/kiv-edition-1.schema.json; do
        seed "$dir" "$(echo "$file" | tr / _)" < "$file"
      done ;;
    fuzz_document_text|fuzz_document_markdown|fuzz_document_html)
      for file in "${documents[@]}"; do
        # 00: the file name path (KIV_22-24_NL.EXT), 01: metadata from the text, 03: the
        # file's real name as the first line (fuzz/fuzz_document.hpp).
        seed "$dir" "00_$(basename "$file")" 00 < "$file"
        seed "$dir" "01_$(basename "$file")" 01 < "$file"
        { basename "$file"; cat "$file"; } | seed "$dir" "03_$(basename "$file")" 03
      done ;;
    fuzz_document_pdf|fuzz_document_docx)
      # The published fixtures: 00 the file name path, 01 metadata from the text.
      local extension=${target#fuzz_document_}
      for file in tests/data/published/*."$extension"; do
        seed "$dir" "00_$(basename "$file")" 00 < "$file"
        seed "$dir" "01_$(basename "$file")" 01 < "$file"
      done ;;
    fuzz_pdf_layout)
      # A heading, a numbered entry wrapped with a hanging indent, a footer, a second page.
      printf '\x1c\x14\x50\x0c\x01\x00Beleidsprioriteiten\x00' | seed "$dir" heading
      printf '\x21\x1e\x0a\x06\x02\x00%s\x00\x28\x1e\x50\x06\x00\x00%s\x00\x28\x23\x50\x06\x00\x00%s\x00\x64\xf5\x30\x04\x02\x00%s\x00\x21\x1e\x0a\x06\x02\x04%s\x00' \
        '1.' 'leefmilieu' 'en milieu' 'Pagina 1 van 2' '2.' | seed "$dir" entries ;;
    fuzz_links_file)
      local link='{"from_edition": "2010-2012", "from_key": "a", "to_edition": "2013-2015", "to_key": "b", "kind": "renamed"}'
      printf '{\n  "format": "kiv-links/1",\n  "series": "t",\n  "links": []\n}\n' | seed "$dir" empty
      printf '{"format": "kiv-links/1", "series": "t", "links": [%s]}\n' "$link" | seed "$dir" one
      printf '{"format": "kiv-links/1", "series": "t", "links": [%s, %s, %s]}\n' \
        '{"from_edition": "2010-2012", "from_key": "a", "to_edition": "2013-2015", "to_key": "b", "kind": "split"}' \
        '{"from_edition": "2010-2012", "from_key": "a", "to_edition": "2013-2015", "to_key": "c", "kind": "split"}' \
        '{"from_edition": "2010-2012", "from_key": "x", "to_edition": "2013-2015", "to_key": "y", "kind": "merged"}' |
        seed "$dir" three
      printf '{"format": "kiv-links/1", "series": "kiv", "links": [{"from_edition": "2016-2019", "from_key": "cybercrime", "to_edition": "2022-2024", "to_key": "cybercrime-en-cyber-security", "kind": "renamed"}]}\n' |
        seed "$dir" kiv
      printf '{"format": "kiv-links/1", "series": "t"}\n' | seed "$dir" no-links ;;
    fuzz_edition_merge)
      # Base, ours and theirs, separated by NUL bytes: the bundled editions and a correction.
      local a=editions/kiv/2016-2019.json b=editions/kiv/2022-2024.json
      { cat "$b"; printf '\0'; cat "$b"; printf '\0'; sed 's/"overlast"}/"overlast en openbare orde"}/' "$b"; } |
        seed "$dir" correction
      { cat "$a"; printf '\0'; cat "$b"; printf '\0'; cat "$a"; } | seed "$dir" editions
      { printf '\0'; cat "$a"; printf '\0'; cat "$b"; } | seed "$dir" no-base ;;
    fuzz_series_file)
      seed "$dir" zvp-gent < tests/data/series-files/zvp-gent.json
      printf '{"format": "kiv-series/1", "series": "x", "names": {"fr": ["Plan zonal"], "nl": ["Zonaal plan", "ZVP"]}, "themes": {"nl": ["Doelen"]}}' |
        seed "$dir" two-languages ;;
    fuzz_attachments_file)
      printf '{"format": "kiv-attachments/1", "series": "t", "edition": "2010-2012", "attachments": [{"name": "bijlage.pdf", "sha256": "%s", "size": 12, "media_type": "application/pdf", "source_url": "https://example.org/b.pdf", "retrieved": "2026-12-01", "note": "n"}]}' \
        "$(printf '%064d' 0)" | seed "$dir" one
      printf '{"format": "kiv-attachments/1", "series": "t", "edition": "2010-2012", "attachments": []}' |
        seed "$dir" none ;;
    fuzz_revision_record)
      printf '{\n  "format": "kiv-revision/1",\n  "series": "kiv",\n  "edition": "2022-2024",\n  "revision": 1,\n  "source_name": "KIV_22-24_NL.txt",\n  "source_sha256": "%s"\n}\n' \
        "$(printf '%064d' 0)" | seed "$dir" one
      printf '{"format": "kiv-revision/1", "series": "t", "edition": "2010-2012", "revision": 12, "source_name": "", "source_sha256": ""}' |
        seed "$dir" short ;;
    fuzz_ids)
      for text in kiv/2022-2024 kiv/2022-2024@2 2022-2024 2022-2024@1 kiv/2016-2019:cybercrime \
                  2016-2019:a renamed split merged nl a-b-c 'kiv/2022-2024@2:x' '@' '/:' ; do
        printf '%s' "$text" | seed "$dir" "$(printf '%02d' $n)"; n=$((n + 1))
      done ;;
    fuzz_dates|fuzz_text)
      for text in "goedgekeurd op 31 maart 2022" "31/03/2022" "31.03.2022 en 2022-03-31" \
                  "adoptée le 1er juin 2016" "genehmigt am 31. März 2022" "Approved March 31, 2022" \
                  "Thu, Mar 31 2022" "KIV 2022-2024" "Kadernota Integrale Veiligheid 22-24" \
                  "KIV_22-24_NL" "2016–2019" "2016-06-07" "29 februari 2024" "30/02/2023" \
                  "Cybercrime en cyber security" "Défis transversaux" ; do
        printf '%s' "$text" | seed "$dir" "$(printf '%02d' $n)"; n=$((n + 1))
      done
      if [ "$target" = fuzz_text ]; then
        for file in "${documents[@]}" editions/kiv/2022-2024.json; do
          head -c 4096 "$file" | seed "$dir" "$(basename "$file")"
        done
      fi ;;
    fuzz_search)
      for text in cybercrime '  cyber   security ' 'drugs*' '"cyber security"' '"cyber sec"*' \
                  'terrorisme OR extremisme' 'fraude NOT sociale' 'a AND (b OR c)' 'title:drugs' \
                  'description:(a OR b)' 'subtopics:"a b"' cyber-security "l'extrémisme" \
                  'and or not' '^drugs +b NEAR c' 'lang:nl' '"unbalanced' AND geintegreerd \
                  'radicalisering' 'mensenhandel OR mensensmokkel' ; do
        printf '%s' "$text" | seed "$dir" "$(printf '%02d' $n)" 00; n=$((n + 1))
        printf '%s' "$text" | seed "$dir" "$(printf '%02d' $n)" 25; n=$((n + 1))
      done ;;
    fuzz_main_ref)
      printf '0123456789abcdef0123456789abcdef01234567\n' | seed "$dir" loose 01
      printf '# pack-refs with: peeled fully-peeled sorted \n0123456789abcdef0123456789abcdef01234567 refs/heads/main\n' |
        seed "$dir" packed 00
      printf 'ref: refs/heads/other\n' | seed "$dir" symbolic 01 ;;
  esac
  # Reproducers of earlier findings come first.
  if [ -d "fuzz/regressions/$target" ]; then
    for file in "fuzz/regressions/$target"/*; do
      [ -f "$file" ] && cp "$file" "$dir/regression-$(basename "$file")"
    done
  fi
  return 0
}

# ---- runs --------------------------------------------------------------------------------
selected() {
  [ -z "$only" ] && return 0
  local name
  for name in ${only//,/ }; do
    [ "$name" = "$1" ] || [ "fuzz_$name" = "$1" ] && return 0
  done
  return 1
}

run_target() {
  local target=$1 max_len=$2 dict=$3
  local dir=$work/$target
  local bin=$root/$build_dir/fuzz/$target
  mkdir -p "$dir/corpus" "$dir/crashes"
  make_seeds "$target" "$dir/seeds"
  local options=(-max_len="$max_len" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1
                 -artifact_prefix="$dir/crashes/")
  [ "$dict" != - ] && options+=(-dict="$root/fuzz/dicts/$dict.dict")
  if [ -n "$runs" ]; then options+=(-runs="$runs"); else options+=(-max_total_time="$seconds"); fi
  local started status=0
  export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/scripts/lsan-suppressions.txt}
  started=$(date +%s.%N)
  touch "$dir/started"
  # A crash in the seeds stops the run at once: that is a finding as well.
  "${nice[@]}" "$bin" "${options[@]}" "$dir/corpus" "$dir/seeds" > "$dir/log" 2>&1 || status=$?
  local ended
  ended=$(date +%s.%N)
  local executions rate corpus crash
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log" | tail -1 || true)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$dir/log" | tail -1 || true)
  corpus=$( (grep -aoE 'corp: [0-9]+/[0-9]+[a-zA-Z]*' "$dir/log" || true) | tail -1 | sed 's/corp: //')
  crash=$(find "$dir/crashes" -type f -newer "$dir/started" | sort | head -1 || true)
  [ -z "$crash" ] && [ "$status" -ne 0 ] && crash="exit status $status, see $dir/log"
  # exec/s over the whole run (libFuzzer's own average counts whole seconds only).
  local elapsed
  elapsed=$(awk -v a="$started" -v b="$ended" 'BEGIN { printf "%.1f", b - a }')
  [ -n "$executions" ] && rate=$(awk -v n="$executions" -v t="$elapsed" \
    'BEGIN { printf "%.0f", (t > 0 ? n / t : 0) }')
  printf '%s %s %s %s %s %s\n' "$target" "${executions:-?}" "$elapsed" "${rate:-?}" \
    "${corpus:-?}" "${crash:--}" > "$dir/result"
}

mkdir -p "$work"
chosen=()
for entry in "${targets[@]}"; do
  read -r name max_len dict <<< "$entry"
  selected "$name" && chosen+=("$entry")
done
[ ${#chosen[@]} -gt 0 ] || { echo "fuzz.sh: no target matches --only $only" >&2; exit 2; }

if [ -n "$runs" ]; then what="$runs runs"; else what="$seconds s"; fi
echo "fuzzing ${#chosen[@]} targets, $what each, $jobs at once; work directory $work" >&2
running=0
for entry in "${chosen[@]}"; do
  read -r name max_len dict <<< "$entry"
  rm -f "$work/$name/result"
  run_target "$name" "$max_len" "$dict" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then wait -n || true; running=$((running - 1)); fi
done
wait

found=0
printf '%-24s %12s %8s %8s %16s  %s\n' target executions seconds exec/s corpus crash
for entry in "${chosen[@]}"; do
  read -r name max_len dict <<< "$entry"
  if [ ! -f "$work/$name/result" ]; then
    printf '%-24s did not run (see %s)\n' "$name" "$work/$name/log"; found=1; continue
  fi
  read -r target executions elapsed rate corpus crash < "$work/$name/result"
  printf '%-24s %12s %8s %8s %16s  %s\n' "$target" "$executions" "$elapsed" "$rate" "$corpus" "$crash"
  [ "$crash" != - ] && found=1
done
# What each finding was (the sanitizer's or libFuzzer's report), so that a log of this run,
# CI's included, says what to fix without the work directory.
for entry in "${chosen[@]}"; do
  read -r name max_len dict <<< "$entry"
  [ -f "$work/$name/result" ] || continue
  read -r target executions elapsed rate corpus crash < "$work/$name/result"
  [ "$crash" = - ] && continue
  echo
  echo "---- $name: the report in $work/$name/log"
  sed -n '/^==[0-9]*==\|^SUMMARY\|ERROR: libFuzzer/,$p' "$work/$name/log" | head -60
done
exit $found
