#!/usr/bin/env bash
# kiv's man pages say what its --help says: every command has its page; each page reads
# without a warning from groff; and every option and example that `kiv COMMAND --help` prints
# is in the page as groff renders it.
#   man_pages_test.sh KIV MAN_DIR
# Fails, never skips, when groff is missing: scripts/install-deps.sh --tests installs it.
set -u
kiv=$1
dir=$2
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
command -v groff >/dev/null || { echo "FAIL: groff is not installed" >&2; exit 1; }
# The page as text on one long line per paragraph, spaces collapsed.
render() { groff -man -Tutf8 -rLL=4000n -P-cbou "$1" 2>/dev/null | tr -s ' \n' '  '; }
collapse() { tr -s ' \n' '  '; }

commands=$("$kiv" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && /^  [a-z]/ {print $1}')
[ -n "$commands" ] || fail "kiv --help lists no commands"
for page in "$dir/kiv.1" $(for c in $commands; do [ "$c" = help ] || echo "$dir/kiv-$c.1"; done); do
  [ -f "$page" ] || { fail "no man page $page"; continue; }
  warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
  [ -z "$warnings" ] || fail "groff warns about $page: $warnings"
done

for command in $commands; do
  [ "$command" = help ] && continue
  page="$dir/kiv-$command.1"
  [ -f "$page" ] || continue
  text=$(render "$page")
  help=$("$kiv" "$command" --help)
  # Each option's names, and its description (what follows the names on the line).
  while IFS= read -r line; do
    names=$(sed -E 's/^ +//; s/ {2,}.*//' <<<"$line")
    first=$(grep -oE -- '--?[a-z][a-z-]*' <<<"$names" | head -1)
    [ -n "$first" ] || continue
    [[ $text == *"$first"* ]] || fail "kiv-$command.1 lacks $first"
    description=$(sed -E 's/^ +[^ ].*[^ ] {2,}//' <<<"$line" | collapse)
    [ "$description" != "$line" ] || continue
    [[ $text == *"$description"* ]] || fail "kiv-$command.1 lacks \"$description\""
  done < <(grep -E '^ +-' <<<"$help")
  # Each example.
  while IFS= read -r example; do
    [[ $text == *"$(collapse <<<"$example")"* ]] || fail "kiv-$command.1 lacks the example $example"
  done < <(sed -n '/^Examples:/,/^$/p' <<<"$help" | sed -n 's/^  *\(kiv .*\)/\1/p')
done

[ "$failures" -eq 0 ] && echo "man pages: OK ($(echo $commands | wc -w) commands)"
exit $((failures > 0))
