#!/bin/sh
# Real MediaWiki exports from ../shared/corpus/dumps read to the end with no error and at
# least one page checked.
#   sh tests/dump_corpus_test.sh path/to/citelint DUMP...
bin=$1; shift
failed=0
for dump in "$@"; do
  out=$("$bin" check --exit-zero --no-config --format json "$dump" 2>/tmp/citelint_dump_err.$$)
  status=$?
  pages=$(printf '%s' "$out" | sed -n 's/.*"files": *\([0-9]*\).*/\1/p' | head -n 1)
  if [ "$status" -ne 0 ] || [ -z "$pages" ] || [ "$pages" -eq 0 ]; then
    echo "FAILED: $dump (exit $status, pages '${pages}')"; cat /tmp/citelint_dump_err.$$
    failed=1
  else
    echo "ok: $dump: $pages pages"
  fi
done
rm -f /tmp/citelint_dump_err.$$
exit $failed
