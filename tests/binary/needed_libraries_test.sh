#!/bin/sh
# kiv must start without libgit2, the document readers (libxml2, cmark) and OpenSSL: they are
# kiv-full's (see cli/main.cpp). Reads the shared libraries the binary KIV needs at start-up.
# Usage: needed_libraries_test.sh KIV
set -eu
needed=$(readelf --dynamic "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
echo "$1 needs: $(echo $needed)"
case "$needed" in
  *libc.so*) ;;
  *) echo "FAIL: readelf listed no libc; cannot tell what $1 needs" >&2; exit 1 ;;
esac
for library in libgit2 libxml2 libcmark libcrypto libssl libicu; do
  if echo "$needed" | grep -q "^$library"; then
    echo "FAIL: $1 needs $library at start-up" >&2
    exit 1
  fi
done
