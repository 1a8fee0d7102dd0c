#!/bin/sh
# Installs what citelint needs, from Debian 12 packages (and, for the tests, one npm package).
#   sh tools/install-deps.sh build   what building and running citelint needs (README, first command)
#   sh tools/install-deps.sh test    that, and what the test suite needs (README, second command):
#                                    Catch2, the real tools the tests drive (git, patch, Dask, pre-commit,
#                                    Neovim, Chromium, MediaWiki with PHP), clang-format-14, clang
#                                    with libFuzzer and the sanitizers' runtimes (the fuzz_build
#                                    test), emscripten (the WebAssembly module, preset wasm), and
#                                    the SARIF Multitool from npm
set -e
mode="${1:-test}"
build_packages="cmake make g++ tao-pegtl-dev libfmt-dev libcli11-dev nlohmann-json3-dev libicu-dev libmimalloc-dev libtomlplusplus-dev libexpat1-dev libbz2-dev zlib1g-dev"
test_packages="catch2 emscripten node-acorn python3-websocket libjs-codemirror python3 python3-distributed git pre-commit neovim bzip2 gzip patch chromium fonts-dejavu-core mediawiki php-cli php-sqlite3 clang-format-14 clang libclang-rt-14-dev"
case "$mode" in
  build) packages="$build_packages" ;;
  test) packages="$build_packages $test_packages" ;;
  *) echo "install-deps: unknown set '$mode' (use build or test)" >&2; exit 2 ;;
esac
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
if [ -n "$missing" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q --no-install-recommends $missing >/dev/null
fi
[ "$mode" = test ] || exit 0

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
