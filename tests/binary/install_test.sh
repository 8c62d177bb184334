#!/bin/sh
# An installed kiv finds kiv-full in LIBEXECDIR/kiv: installs the build into a temporary
# prefix, then imports (handed to kiv-full), shows (kiv), exports (kiv-full, through a
# symbolic link to kiv) and diffs (kiv) there.
# Usage: install_test.sh CMAKE BUILD_DIR EDITIONS_DIR
set -eu
cmake=$1 build=$2 editions=$3
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
"$cmake" --install "$build" --prefix "$prefix" >/dev/null
if [ -e "$prefix/bin/kiv-full" ] || [ ! -x "$prefix/libexec/kiv/kiv-full" ]; then
  echo "FAIL: kiv-full is not installed in libexec/kiv alone" >&2
  exit 1
fi
kiv() { "$prefix/bin/kiv" --store "$prefix/store" "$@"; }
kiv import "$editions/kiv/2016-2019.json" "$editions/kiv/2022-2024.json" >/dev/null
kiv show kiv/2022-2024 | grep -q "cybercrime en cyber security" || {
  echo "FAIL: the installed kiv show does not print the edition" >&2; exit 1; }
# Run through a symbolic link elsewhere (as from a PATH directory), kiv still finds kiv-full.
mkdir "$prefix/elsewhere"
ln -s "$prefix/bin/kiv" "$prefix/elsewhere/kiv"
"$prefix/elsewhere/kiv" --store "$prefix/store" export kiv/2016-2019 >/dev/null || {
  echo "FAIL: kiv run through a symbolic link does not find kiv-full" >&2; exit 1; }
stat=$(kiv diff kiv/2016-2019 kiv/2022-2024 --stat)
echo "$stat"
echo "$stat" | grep -q "Priorities: 1 changed, 9 unchanged" || {
  echo "FAIL: the installed kiv diff does not find the one change" >&2; exit 1; }
# The man pages and completions are where man and the shells look for them.
for file in share/man/man1/kiv.1.gz share/man/man1/kiv-diff.1.gz \
  share/bash-completion/completions/kiv \
  share/zsh/vendor-completions/_kiv share/fish/vendor_completions.d/kiv.fish; do
  [ -s "$prefix/$file" ] || { echo "FAIL: $file is not installed" >&2; exit 1; }
done
