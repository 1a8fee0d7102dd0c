#!/usr/bin/env bash
# Side-by-side throughput of citelint and the established wikitext tools, in one run, on
# the same input (every *.wiki of the corpus), each pinned to one core. Run by hand from the
# repository root (not part of ctest):
#
#   bash bench/compare-peers.sh [CORPUS_DIR]
#
# Environment: PEERS (default /tmp/citelint-peers), CPU (the core to pin to, default 0),
# PASSES (citelint_bench passes, best of; default 5), ROUNDS (how many times the whole
# series runs, the best figure of each tool is kept; default 1).
# The machines are noisy: read the ratios, not the absolute figures.
set -euo pipefail

cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
CORPUS=${1:-$SHARED/corpus/articles}
PEERS=${PEERS:-/tmp/citelint-peers}
CPU=${CPU:-0}
PASSES=${PASSES:-5}
ROUNDS=${ROUNDS:-1}
PY=/usr/bin/python3

[ -d "$CORPUS" ] || { echo "no corpus at $CORPUS" >&2; exit 2; }

# Peers: install when missing.
if [ ! -d "$PEERS/node_modules/wikilint" ] || [ ! -d "$PEERS/node_modules/wtf_wikipedia" ] ||
   ! "$PY" -c 'import mwparserfromhell' 2>/dev/null; then
    echo "installing the peers into $PEERS ..." >&2
    PEERS="$PEERS" sh "$SHARED/bench/peers/install.sh" >&2
fi

# citelint's bench: configure when there is no release tree, then bring the target up to date.
if [ ! -f build/release/CMakeCache.txt ]; then
    cmake --preset release >&2
fi
cmake --build --preset release --target citelint_bench >&2
BENCH=build/release/citelint_bench

# The same documents for everyone: the peers get them as an @list, citelint the folder
# (citelint_bench reads the *.wiki files of a folder).
LIST=$(mktemp /tmp/citelint-peers-list.XXXXXX)
OUT=$(mktemp /tmp/citelint-peers-out.XXXXXX)
trap 'rm -f "$LIST" "$OUT"' EXIT
find "$CORPUS" -maxdepth 1 -type f -name '*.wiki' | LC_ALL=C sort > "$LIST"
DOCS=$(wc -l < "$LIST")
[ "$DOCS" -gt 0 ] || { echo "no *.wiki files in $CORPUS" >&2; exit 2; }

PIN=()
if command -v taskset >/dev/null; then PIN=(taskset -c "$CPU"); fi

run() { # label, command...: appends the tool's JSON line to $OUT
    local label=$1; shift
    echo "  $label ..." >&2
    local line
    line=$("${PIN[@]}" "$@" | tail -n 1)
    printf '%s\t%s\n' "$label" "$line" >> "$OUT"
}

echo "corpus: $CORPUS ($DOCS documents), pinned: ${PIN[*]:-no}, load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for round in $(seq 1 "$ROUNDS"); do
    echo "round $round/$ROUNDS" >&2
    run pegtl-scan "$BENCH" --passes "$PASSES" --scan "$CORPUS"
    run citelint "$BENCH" --passes "$PASSES" "$CORPUS"
    run citelint-rt "$BENCH" --passes "$PASSES" --select references,templates "$CORPUS"
    for family in references templates claims; do
        run "citelint-$family" "$BENCH" --passes "$PASSES" --select "$family" "$CORPUS"
    done
    run wtf_wikipedia env NODE_PATH="$PEERS/node_modules" node "$SHARED/bench/peers/peer_node.js" wtf-refs "@$LIST"
    run wikilint env NODE_PATH="$PEERS/node_modules" node "$SHARED/bench/peers/peer_node.js" wl-lint "@$LIST"
    run mwparserfromhell "$PY" "$SHARED/bench/peers/peer_mwp.py" parse "@$LIST"
done

# The table: best MB/s of each tool over the rounds, ratio citelint / peer.
"$PY" - "$OUT" <<'EOF'
import json, sys
best, extra = {}, {}
for line in open(sys.argv[1], encoding='utf-8'):
    label, _, payload = line.rstrip('\n').partition('\t')
    rec = json.loads(payload)
    if label not in best or rec['MBps'] > best[label]['MBps']:
        best[label] = rec
bytes_seen = {rec['bytes'] for rec in best.values()}
if len(bytes_seen) != 1:
    print(f"warning: the tools did not read the same input: {sorted(bytes_seen)}", file=sys.stderr)
ours = best['citelint']['MBps']
names = {'pegtl-scan': 'bare PEGTL scan (the limit)',
         'citelint': 'citelint (all rules)', 'citelint-rt': 'citelint (references+templates)',
         'citelint-references': 'citelint (references)',
         'citelint-templates': 'citelint (templates)', 'citelint-claims': 'citelint (claims)',
         'wtf_wikipedia': 'wtf_wikipedia wtf-refs',
         'wikilint': 'wikilint wl-lint',
         'mwparserfromhell': 'mwparserfromhell mwp-parse (C)'}
rec = best['citelint']
print(f"\ninput: {rec['docs']} documents, {rec['bytes'] / 1e6:.2f} MB, one core each")
print(f"{'tool':<32} {'MB/s':>9} {'citelint/tool':>14}")
print(f"{'-' * 32} {'-' * 9} {'-' * 14}")
order = ('pegtl-scan', 'citelint', 'citelint-rt', 'citelint-references', 'citelint-templates',
         'citelint-claims', 'wtf_wikipedia', 'wikilint', 'mwparserfromhell')
for label in order:
    if label in best:
        mbps = best[label]['MBps']
        print(f"{names[label]:<32} {mbps:>9.2f} {ours / mbps:>13.2f}x")
peers = [label for label in ('wtf_wikipedia', 'wikilint', 'mwparserfromhell') if label in best]
if peers and 'pegtl-scan' in best:
    fastest = max(peers, key=lambda label: best[label]['MBps'])
    scan = best['pegtl-scan']['MBps']
    print(f"\ntargets (issue 17): all rules >= 100 MB/s: {ours:.1f} "
          f"({'met' if ours >= 100 else 'not met'}); within 3x of the bare scan: "
          f"{scan / ours:.2f}x ({'met' if scan / ours <= 3 else 'not met'}); "
          f">= 40x the fastest peer ({names[fastest]}): {ours / best[fastest]['MBps']:.1f}x "
          f"({'met' if ours / best[fastest]['MBps'] >= 40 else 'not met'})")
EOF
