#!/usr/bin/env bash
# Builds the Debian packages kiv and libkiv-dev (cpack) from the build in ${KIV_BUILD_DIR:-build}
# into ${KIV_BUILD_DIR:-build}/packages, and checks them: what each holds, that the programs
# depend on Debian's packages of the libraries they load, and that the programs unpacked from
# the .deb run (kiv finds kiv-full, the man page reads). Run by .ci/run after the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${KIV_BUILD_DIR:-build}

scripts/install-deps.sh --package
rm -rf "$build_dir/packages"
(cd "$build_dir" && cpack -G DEB -B "$PWD/packages" >/dev/null)
deb=$(ls "$build_dir"/packages/kiv_*.deb)
dev=$(ls "$build_dir"/packages/libkiv-dev_*.deb)
fail() { echo "package: FAIL: $*" >&2; exit 1; }

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/kiv ./usr/libexec/kiv/kiv-full ./usr/share/man/man1/kiv.1.gz \
  ./usr/share/man/man1/kiv-import.1.gz ./usr/share/man/man1/kiv-diff.1.gz \
  ./usr/share/bash-completion/completions/kiv ./usr/share/zsh/vendor-completions/_kiv \
  ./usr/share/fish/vendor_completions.d/kiv.fish ./usr/share/doc/kiv/copyright; do
  grep -qxF "$path" <<<"$contents" || fail "$deb lacks $path"
done
if grep -q '^./usr/include\|\.a$' <<<"$contents"; then fail "$deb holds the library"; fi
depends=$(dpkg-deb -f "$deb" Depends)
for library in libgit2 libsqlite3 libpoppler-cpp libzip libxml2 libutf8proc libc6; do
  grep -q "$library" <<<"$depends" || fail "$deb does not depend on $library: $depends"
done
dev_contents=$(dpkg-deb -c "$dev" | awk '{print $6}')
for path in ./usr/include/kiv/index.hpp ./usr/include/kiv/archive.hpp \
  ./usr/lib/libkiv-core.a ./usr/lib/libkiv-archive.a ./usr/lib/cmake/kiv/kivConfig.cmake \
  ./usr/lib/pkgconfig/kiv-core.pc ./usr/lib/pkgconfig/kiv-archive.pc; do
  grep -qxF "$path" <<<"$dev_contents" || fail "$dev lacks $path"
done

unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"
"$unpacked/usr/bin/kiv" --version | grep -q '^libgit2 ' || fail "the unpacked kiv --version"
"$unpacked/usr/bin/kiv" --store "$unpacked/store" import editions/kiv/2022-2024.json >/dev/null ||
  fail "the unpacked kiv import"
man -l "$unpacked/usr/share/man/man1/kiv-import.1.gz" 2>&1 | grep -q -- '--dry-run' ||
  fail "man -l kiv-import.1.gz does not describe --dry-run"
echo "package: OK: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB; Depends: $depends)," \
  "$(basename "$dev")"
