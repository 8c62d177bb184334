#!/usr/bin/env bash
# Installs the Debian packages kiv needs, when any is missing: to build and run it (the quick
# start), and with --tests also what the test suite needs, with --package what
# scripts/package.sh needs. Uses sudo when not run as root. Safe to run again: it installs
# only what is missing.
set -euo pipefail

packages=(
  g++ cmake ninja-build pkg-config
  libgit2-dev rapidjson-dev libsqlitecpp-dev libsqlite3-dev libssl-dev zlib1g-dev
  libcli11-dev libfmt-dev libutf8proc-dev libcmark-dev libxml2-dev libstemmer-dev
  libpoppler-cpp-dev libzip-dev
)
for what in "$@"; do
  case $what in
    # The tests: GoogleTest, the style check, git itself, the site in a browser, the
    # shells and roff that the completions and man pages are tried in, node with
    # libstemmer's own tool and Snowball's vocabularies, which the site's stemmers are
    # checked against, and openssl, which makes the HTTPS test's certificate.
    --tests) packages+=(libgtest-dev clang-format git chromium chromium-driver python3
                        zsh fish groff-base nodejs libstemmer-tools snowball-data openssl) ;;
    --package) packages+=(dpkg-dev file man-db groff-base) ;;
    *) echo "install-deps.sh: unknown option '$what'; expected --tests or --package" >&2; exit 2 ;;
  esac
done

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing Debian packages: ${missing[*]}" >&2
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
