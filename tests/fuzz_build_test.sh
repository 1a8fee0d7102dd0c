#!/bin/sh
# The libFuzzer target builds with clang 14 (the CMake preset `fuzz`, in a build folder of the
# test's own) and runs: every committed seed and finding once, then a minute of fuzzing (at most
# 2,000 inputs). So a harness or a library change that breaks the fuzz build fails the suite, not the
# next campaign. clang is installed by tools/install-deps.sh test (Debian packages clang and
# libclang-rt-14-dev); the test fails when it is missing.
#   sh tests/fuzz_build_test.sh SOURCE_DIR BUILD_DIR
src=$(realpath "$1")
dir=$2
if ! command -v clang++ >/dev/null 2>&1; then
    echo "clang++ not found: run tools/install-deps.sh test (Debian packages clang libclang-rt-14-dev)" >&2
    exit 1
fi
mkdir -p "$dir"
dir=$(realpath "$dir")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src" || exit 1

# The first build takes minutes (the whole library with ASan and UBSan); later ones rebuild
# what changed.
cmake --preset fuzz -B "$dir" >"$tmp/configure.log" 2>&1 || { cat "$tmp/configure.log"; exit 1; }
cmake --build "$dir" --target citelint_fuzz -j2 >"$tmp/build.log" 2>&1 || { tail -50 "$tmp/build.log"; exit 1; }

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:symbolize=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
fuzz="$dir/citelint_fuzz"
"$fuzz" -timeout=60 -rss_limit_mb=4096 fuzz/corpus/* fuzz/crashes/* >"$tmp/replay.log" 2>&1 ||
    { tail -60 "$tmp/replay.log"; echo "FAILED: a seed or a finding of fuzz/ fails the libFuzzer build"; exit 1; }
mkdir "$tmp/work"
"$fuzz" -runs=2000 -max_total_time=60 -seed=1 -dict=fuzz/wikitext.dict -max_len=65536 -timeout=60 -rss_limit_mb=4096 \
    -artifact_prefix="$tmp/" "$tmp/work" fuzz/corpus >"$tmp/fuzz.log" 2>&1 ||
    { tail -60 "$tmp/fuzz.log"; echo "FAILED: fuzzing found a crash (the input is above)"; exit 1; }
grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)' "$tmp/fuzz.log"
echo "the fuzz target builds and runs: $(ls fuzz/corpus fuzz/crashes | wc -l) committed inputs, then a minute of fuzzing"
