#!/usr/bin/env bash
# Installs the Debian packages kiv needs to build and test, when any is missing.
# Uses sudo when not run as root. Safe to run again: it installs only what is missing.
set -euo pipefail

packages=(
  g++ cmake ninja-build pkg-config
  libgit2-dev rapidjson-dev libsqlitecpp-dev libsqlite3-dev libssl-dev zlib1g-dev
  libcli11-dev libfmt-dev libutf8proc-dev libcmark-dev libxml2-dev libstemmer-dev
  libpoppler-cpp-dev libzip-dev
  libgtest-dev clang-format git
  chromium chromium-driver python3
)

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
