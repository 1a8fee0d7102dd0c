#!/bin/sh
# A real distributed engine: tools/dask_audit.py runs citelint over the parts of a corpus dump
# on a Dask LocalCluster of 2 worker processes it starts on 127.0.0.1, and the JSON lines it
# gathers are byte for byte those of one citelint run over the same parts on this machine; the
# reports made from both are the same bytes too, and every page of the dump is there.
#   sh tests/dask_test.sh SOURCE_DIR path/to/citelint
source_dir=$1
bin=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
dump=$source_dir/../shared/corpus/dumps/gensim/enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2
[ -f "$dump" ] || { echo "no $dump: ../shared must be beside the checkout"; exit 1; }
/usr/bin/python3 -c 'import distributed' 2>/dev/null ||
    { echo "FAILED: Debian's python3-distributed is not installed (sh tools/install-deps.sh test)"; exit 1; }
. "$(dirname "$0")/checks.sh" # $tmp, check
work=$tmp

/usr/bin/python3 "$source_dir/tools/dask_audit.py" "$dump" -o "$work/dask.jsonl" --parts 5 \
    --local-workers 2 --citelint "$bin" --write-parts "$work/part" -- --no-config --wiki enwiki \
    2>"$work/err"
check "dask_audit ran ($(tail -3 "$work/err"))" test -s "$work/dask.jsonl"
check "... on a cluster of 2 workers" grep -q "5 parts on 2 workers" "$work/err"
cat "$work"/part.0.xml "$work"/part.1.xml "$work"/part.2.xml "$work"/part.3.xml "$work"/part.4.xml |
    "$bin" check --no-config --wiki enwiki --exit-zero --format jsonl - >"$work/single.jsonl"
check "the cluster's JSON lines are one run's over the same parts, byte for byte" cmp "$work/dask.jsonl" "$work/single.jsonl"
"$bin" check --no-config --wiki enwiki --exit-zero --format jsonl "$dump" >"$work/whole.jsonl"
check "... every page of the dump" test "$(wc -l <"$work/dask.jsonl")" -eq "$(wc -l <"$work/whole.jsonl")"
"$bin" report --format json --today 2026-01-01 "$work/dask.jsonl" >"$work/dask-report.json"
"$bin" report --format json --today 2026-01-01 "$work/single.jsonl" >"$work/single-report.json"
check "citelint report merges them into the same report" cmp "$work/dask-report.json" "$work/single-report.json"
echo "dask: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
