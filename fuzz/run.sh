#!/usr/bin/env bash
# Builds the libFuzzer target and runs a fuzzing campaign over parse + model + every rule.
#
#   bash fuzz/run.sh [SECONDS] [EXTRA_LIBFUZZER_FLAGS...]      (default 600 seconds)
#
# Seeds: fuzz/corpus/ (read only: the committed seeds). New inputs go to build/fuzz/corpus-work/,
# findings (crash-*, timeout-*, oom-*, leak-*) to fuzz/crashes/. Needs clang (the CMake preset
# `fuzz`); one fuzzing process (the machine is shared).
#
# Examples:
#   bash fuzz/run.sh                       # 10 minutes
#   bash fuzz/run.sh 60 -fork=1 -ignore_timeouts=1 -ignore_crashes=1   # keep going past findings
#   build/fuzz/citelint_fuzz -minimize_crash=1 -runs=100000 -timeout=10 fuzz/crashes/crash-XXXX
set -euo pipefail

cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-600}
shift || true

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target citelint_fuzz

WORK=build/fuzz/corpus-work
mkdir -p "$WORK" fuzz/crashes
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

echo "fuzzing for ${SECONDS_TO_RUN}s; seeds fuzz/corpus, work corpus $WORK, findings fuzz/crashes/" >&2
exec build/fuzz/citelint_fuzz \
    -dict=fuzz/wikitext.dict \
    -max_len=65536 \
    -timeout=10 \
    -rss_limit_mb=4096 \
    -max_total_time="$SECONDS_TO_RUN" \
    -artifact_prefix=fuzz/crashes/ \
    -print_final_stats=1 \
    "$@" \
    "$WORK" fuzz/corpus
