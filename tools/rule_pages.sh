#!/bin/sh
# Writes the rules' pages, docs/rules/CODE.md and the index docs/rules/README.md, from
# `citelint rule --format markdown`: the documentation each rule carries in its definition, with
# the examples the test suite checks. Usage: sh tools/rule_pages.sh [CITELINT] [FOLDER]
set -e
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$root/build/release/citelint}"
out="${2:-$root/docs/rules}"
mkdir -p "$out"
rm -f "$out"/*.md
"$bin" rule --format markdown >"$out/README.md"
"$bin" rule --format json | python3 -c 'import json,sys; print("\n".join(r["code"] for r in json.load(sys.stdin)))' |
while read -r code; do
  "$bin" rule "$code" --format markdown >"$out/$code.md"
done
