#!/bin/sh
# Compares what two citelint binaries report on the same inputs: the corpus's articles (default
# and --claims-strict), the seed article in the rendered dialect, the fixtures and every dump of
# the corpus. For refactorings, whose output must not change but where stated.
# Usage: sh bench/compare-output.sh OLD_CITELINT NEW_CITELINT
# Prints one line per input (same / differs, with the pages that differ) and exits 1 on any
# difference.
set -u
old="$1"; new="$2"
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="$root/../shared"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
common="--format jsonl --exit-zero --no-config --today 2026-12-06"
status=0
run() { # name, arguments...
  name="$1"; shift
  "$old" check $common "$@" >"$work/old" 2>&1
  "$new" check $common "$@" >"$work/new" 2>&1
  if cmp -s "$work/old" "$work/new"; then
    echo "same     $name"
  else
    status=1
    echo "differs  $name"
    python3 - "$work/old" "$work/new" <<'PY'
import json, sys
def pages(path):
    out = {}
    for line in open(path, encoding="utf-8", errors="replace"):
        try:
            o = json.loads(line)
        except ValueError:
            out.setdefault("(not JSON)", []).append(line)
            continue
        out[o.get("path") or o.get("page") or str(len(out))] = o
    return out
a, b = pages(sys.argv[1]), pages(sys.argv[2])
for key in sorted(set(a) | set(b)):
    if a.get(key) != b.get(key):
        print(f"         {key}")
PY
  fi
}
run "corpus articles" "$shared/corpus/articles"
run "corpus articles --claims-strict" --claims-strict "$shared/corpus/articles"
run "seed article, rendered dialect" --dialect rendered "$shared/seed/mek-rendered.txt"
run "fixtures" "$root/fixtures"
find "$shared/corpus/dumps" -type f \( -name '*.xml' -o -name '*.bz2' -o -name '*.gz' -o -name '*.json*' \) | sort |
while read -r dump; do run "dump ${dump#$shared/corpus/dumps/}" "$dump"; done | grep -v "^same" || true
exit $status
