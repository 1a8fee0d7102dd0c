#!/bin/sh
# Every MediaWiki export of the shared corpus (../shared/corpus/dumps, listed in its DUMPS.tsv) is
# read to the end with no error and gives one document per article that is not a redirect
# (the columns ns0_pages - ns0_redirects).
#   sh tests/dump_corpus_test.sh path/to/citelint path/to/corpus/dumps
bin=$1
dumps=$2
[ -f "$dumps/DUMPS.tsv" ] || { echo "no $dumps/DUMPS.tsv: ../shared must be beside the checkout"; exit 1; }
err=$(mktemp)
trap 'rm -f "$err"' EXIT
passed=0
failed=0
tab=$(printf '\t')
while IFS=$tab read -r file _repo _path _bytes _version _pages ns0_pages ns0_redirects _rest; do
  expected=$((ns0_pages - ns0_redirects))
  out=$("$bin" check --exit-zero --no-config --format json "$dumps/$file" 2>"$err")
  status=$?
  pages=$(printf '%s' "$out" | sed -n 's/.*"files": *\([0-9]*\).*/\1/p' | head -n 1)
  if [ "$status" -ne 0 ] || [ "$pages" != "$expected" ] || [ -s "$err" ]; then
    echo "FAILED: $file (exit $status, $pages pages, expected $expected)"; cat "$err"
    failed=$((failed + 1))
  else
    passed=$((passed + 1))
  fi
done <<EOF_TSV
$(tail -n +2 "$dumps/DUMPS.tsv")
EOF_TSV
echo "dump corpus: $passed passed, $failed failed"
[ "$passed" -gt 0 ] && [ "$failed" -eq 0 ]
