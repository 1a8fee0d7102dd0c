#!/bin/sh
# Installs what citelint needs to build and test, from Debian 12 packages only.
set -e
packages="cmake make g++ tao-pegtl-dev libfmt-dev catch2 libcli11-dev nlohmann-json3-dev libicu-dev libmimalloc-dev neovim"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
if [ -n "$missing" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q --no-install-recommends $missing >/dev/null
fi
