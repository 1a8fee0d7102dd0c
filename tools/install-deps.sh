#!/bin/sh
# Installs what citelint needs to build and test, from Debian 12 packages only.
set -e
packages="cmake make g++ tao-pegtl-dev libfmt-dev catch2 libcli11-dev nlohmann-json3-dev libicu-dev libmimalloc-dev git pre-commit libtomlplusplus-dev neovim libexpat1-dev libbz2-dev zlib1g-dev bzip2 gzip chromium fonts-dejavu-core mediawiki php-cli php-sqlite3 clang-format-14"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
if [ -n "$missing" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q --no-install-recommends $missing >/dev/null
fi

# The SARIF test validates citelint's output with Microsoft's SARIF Multitool, from npm (Node.js
# from Debian when there is none), installed into build/npm so nothing global changes and
# nothing is downloaded at build or test time.
if ! command -v npm >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q --no-install-recommends nodejs npm >/dev/null
fi
# The exact versions are pinned in tools/sarif-multitool/package-lock.json.
root="$(cd "$(dirname "$0")/.." && pwd)"
npm_prefix="$root/build/npm"
if ! cmp -s "$root/tools/sarif-multitool/package-lock.json" "$npm_prefix/package-lock.json" ||
   ! [ -x "$npm_prefix/node_modules/.bin/sarif-multitool" ]; then
  mkdir -p "$npm_prefix"
  cp "$root/tools/sarif-multitool/package.json" "$root/tools/sarif-multitool/package-lock.json" "$npm_prefix/"
  # Without npm's registry (no network, or a TLS proxy this system does not trust) the rest
  # still works: the SARIF test then runs its own checks and reports the validation skipped.
  if ! npm ci --prefix "$npm_prefix" --no-audit --no-fund --loglevel=error >/dev/null; then
    echo "install-deps: could not install the SARIF Multitool from npm (see above);" \
         "the sarif_multitool test will be skipped" >&2
  fi
fi
