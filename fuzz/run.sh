#!/usr/bin/env bash
# Builds the libFuzzer target (the CMake preset `fuzz`: the whole library with ASan and UBSan)
# and runs one fuzzing campaign over the whole library.
#
#   bash fuzz/run.sh [SECONDS] [EXTRA_LIBFUZZER_FLAGS...]      (default 600 seconds)
#
# The harness (fuzz/harness.hpp) reads the first byte of an input as a mode:
#   0x01  LSP message bodies separated by NUL bytes, to lsp::Server (a clock of its own, every
#         document checked after its quiet time; every reply must be JSON)
#   0x02  a client's byte stream: the framing reader (fed in pieces) and the server
#   0x03  a MediaWiki XML export (plain, gzip or bzip2) through io::DumpReader; pages checked
#   0x04  a .citelint.toml: read, made effective, printed and read back to the same settings
#   0x05  JSON lines: documents (check --stdin-format jsonl) and records (citelint report)
#   0x06  the browser's check (src/web/lint, as the WebAssembly module runs it): options JSON,
#         a NUL byte, the page
# Any other input is wikitext: checked with the defaults and with every option (a known wiki,
# the claims family's options), rendered in every --format (and --statistics), its JSON lines
# made into the audit report (html, markdown, json), and fixed (--fix, --unsafe-fixes).
# Spans, notes and fixes must lie within the text, JSON outputs must be JSON: a broken
# invariant traps.
#
# Seeds: fuzz/corpus/ (read only: the committed seeds, named by mode). New inputs go to
# build/fuzz/corpus-work/, findings (crash-*, timeout-*, oom-*, leak-*) to fuzz/crashes/. Needs
# clang and libclang-rt-14-dev (tools/install-deps.sh test); one fuzzing process (the machine
# is shared). The test suite builds the target and runs it briefly (tests/fuzz_build_test.sh).
#
# MODE=dump (lsp, lsp-stream, dump, toml, jsonl, web, wikitext) gives every input to that mode
# (CITELINT_FUZZ_MODE): its seeds are fuzz/corpus's of the mode, its work corpus
# build/fuzz/corpus-work-MODE, as the inputs made are read without the mode's byte. Its
# findings too: replay one with CITELINT_FUZZ_MODE=MODE, and keep it as a seed with the mode's
# byte put in front (printf '\003' for a dump).
#
# Examples:
#   bash fuzz/run.sh                       # 10 minutes
#   MODE=dump bash fuzz/run.sh 900         # 15 minutes of dumps alone
#   nice -n 19 bash fuzz/run.sh 3600 -fork=1 -ignore_crashes=1 -ignore_timeouts=1   # an hour,
#                                          # going on past findings
#   build/fuzz/citelint_fuzz -minimize_crash=1 -runs=100000 -timeout=10 fuzz/crashes/crash-XXXX
#   build/release/citelint_fuzz_replay fuzz/crashes/crash-XXXX   # the same input without libFuzzer
set -euo pipefail

cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-600}
shift || true

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target citelint_fuzz

WORK=build/fuzz/corpus-work
SEEDS=fuzz/corpus
if [ -n "${MODE:-}" ]; then
    case $MODE in
        lsp) prefix=lsp ;; lsp-stream) prefix=lsp ;; dump) prefix=dump ;; toml) prefix=toml ;;
        jsonl) prefix=jsonl ;; web) prefix=web ;; wikitext) prefix='[0-9p]' ;;
        *) echo "MODE=$MODE: not lsp, lsp-stream, dump, toml, jsonl, web or wikitext" >&2; exit 2 ;;
    esac
    export CITELINT_FUZZ_MODE=$MODE
    WORK=build/fuzz/corpus-work-$MODE
    SEEDS=build/fuzz/seeds-$MODE
    rm -rf "$SEEDS" && mkdir -p "$SEEDS"
    # shellcheck disable=SC2086 # the prefix is a pattern
    cp fuzz/corpus/$prefix* "$SEEDS"/
fi
mkdir -p "$WORK" fuzz/crashes
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

echo "fuzzing ${MODE:-every mode} for ${SECONDS_TO_RUN}s; seeds $SEEDS, work corpus $WORK, findings fuzz/crashes/" >&2
exec build/fuzz/citelint_fuzz \
    -dict=fuzz/wikitext.dict \
    -max_len=65536 \
    -timeout=10 \
    -rss_limit_mb=4096 \
    -max_total_time="$SECONDS_TO_RUN" \
    -artifact_prefix=fuzz/crashes/ \
    -print_final_stats=1 \
    "$@" \
    "$WORK" "$SEEDS"
