#!/bin/sh
# Real MediaWiki exports from ../shared/corpus/dumps: each is read to the end with no error and
# gives as many documents as it has articles that are not redirects.
#   sh tests/dump_corpus_test.sh path/to/citelint DUMP=PAGES...
bin=$1; shift
err=$(mktemp)
trap 'rm -f "$err"' EXIT
failed=0
for item in "$@"; do
  dump=${item%=*}
  expected=${item##*=}
  out=$("$bin" check --exit-zero --no-config --format json "$dump" 2>"$err")
  status=$?
  pages=$(printf '%s' "$out" | sed -n 's/.*"files": *\([0-9]*\).*/\1/p' | head -n 1)
  if [ "$status" -ne 0 ] || [ "$pages" != "$expected" ]; then
    echo "FAILED: $dump (exit $status, $pages pages, expected $expected)"; cat "$err"
    failed=1
  else
    echo "ok: $dump: $pages pages"
  fi
done
exit $failed
