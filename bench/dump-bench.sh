#!/usr/bin/env bash
# citelint on a MediaWiki XML dump of at least 1 GB made from the corpus: MB/s at 1 and 2 jobs
# for the plain, bzip2 (multistream) and gzip files, peak memory (/usr/bin/time -v), and the
# share of the time spent decompressing. Run by hand from the repository root (not by ctest):
#
#   bash bench/dump-bench.sh [CORPUS_DIR]
#
# Environment: SIZE (bytes of XML, default 1100000000), WORK (where the dump is written and
# kept between runs, default /tmp/citelint-dump-bench; needs about 1.6 GB), JOBS (default
# "1 2"). The machines are noisy: compare figures of one run, not across runs.
set -euo pipefail

cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
CORPUS=${1:-$SHARED/corpus/articles}
SIZE=${SIZE:-1100000000}
WORK=${WORK:-/tmp/citelint-dump-bench}
JOBS=${JOBS:-1 2}
TIME=/usr/bin/time

[ -d "$CORPUS" ] || { echo "no corpus at $CORPUS" >&2; exit 2; }
[ -x "$TIME" ] || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
[ -f build/release/CMakeCache.txt ] || cmake --preset release >&2
cmake --build --preset release --target citelint >&2
BIN=build/release/citelint
mkdir -p "$WORK"
DUMP=$WORK/bench-$SIZE

# The dump as plain XML, multistream bzip2 (a stream per 100 pages) and gzip (a member per 100
# pages), written in one pass.
if [ ! -f "$DUMP.xml.bz2" ] || [ ! -f "$DUMP.xml.gz" ] || [ ! -f "$DUMP.xml" ] || [ ! -s "$DUMP.pages" ]; then
    echo "writing a dump of $SIZE bytes from $CORPUS ..." >&2
    python3 bench/make-dump.py "$CORPUS" "$SIZE" "$DUMP" >"$DUMP.pages"
fi
read -r PAGES TEXT_BYTES XML_BYTES <"$DUMP.pages"
echo "dump: $PAGES pages, $XML_BYTES bytes of XML ($TEXT_BYTES of wikitext);" \
     "bz2 $(stat -c %s "$DUMP.xml.bz2") bytes, gz $(stat -c %s "$DUMP.xml.gz") bytes"

calc() { awk "BEGIN { print $1 }"; }
seconds() { # wall seconds of a command, output discarded
    local start end
    start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N)
    calc "$end - $start"
}

# Decompression alone, one core, as the reader thread does it.
BZ=$(seconds bzip2 -dc "$DUMP.xml.bz2")
GZ=$(seconds gzip -dc "$DUMP.xml.gz")
printf 'decompression alone: bzip2 %.1f s (%.1f MB/s of XML), gzip %.1f s (%.1f MB/s)\n' \
    "$BZ" "$(calc "$XML_BYTES / $BZ / 1000000")" "$GZ" "$(calc "$XML_BYTES / $GZ / 1000000")"

printf '\n%-10s %5s %9s %12s %12s %10s %s\n' file jobs seconds "XML MB/s" "text MB/s" "peak MB" "decompression share"
for file in "$DUMP.xml" "$DUMP.xml.bz2" "$DUMP.xml.gz"; do
    for jobs in $JOBS; do
        "$TIME" -v -o "$WORK/time.txt" "$BIN" check --format gcc --exit-zero --quiet --jobs "$jobs" \
            --today 2026-11-28 "$file" >/dev/null
        wall=$(grep 'Elapsed (wall clock)' "$WORK/time.txt" | awk '{print $NF}' |
               awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
        peak=$(grep 'Maximum resident set size' "$WORK/time.txt" | awk '{print $NF}')
        case $file in
            *.bz2) share=$(printf '%.0f%%' "$(calc "100 * $BZ / $wall")") ;;
            *.gz) share=$(printf '%.0f%%' "$(calc "100 * $GZ / $wall")") ;;
            *) share=- ;;
        esac
        printf '%-10s %5s %9.1f %12.1f %12.1f %10.1f %s\n' "${file##*.}" "$jobs" "$wall" \
            "$(calc "$XML_BYTES / $wall / 1000000")" \
            "$(calc "$TEXT_BYTES / $wall / 1000000")" "$(calc "$peak / 1024")" "$share"
    done
done
