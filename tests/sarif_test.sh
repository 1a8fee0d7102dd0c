#!/bin/sh
# citelint's SARIF validated by Microsoft's SARIF Multitool (installed by tools/install-deps.sh
# into build/npm): inputs whose diagnostics have notes, fixes and text before the span that
# UTF-16 counts differently from UTF-8. Fails on any error or warning the validator reports.
#   sh tests/sarif_test.sh path/to/citelint path/to/sarif-multitool
# Where npm could not be reached when tools/install-deps.sh ran (it says so), the multitool is
# missing: the log's own checks still run, and then the test reports itself skipped (exit 77,
# which ctest shows as "Skipped"), never passed.
bin=$(realpath "$1")
multitool=$(realpath "$2")
fixtures=$(cd "$(dirname "$0")/../fixtures" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1

# Notes (R002's first definition), a fix (R022), CJK and an emoji before the spans, a path
# with a space that the URI must encode.
printf 'Intro.\nA \344\270\255\360\237\230\200.<ref name="b">Brown 2001, p. 4</ref> B.<ref name="b">Brown 2001, p. 9</ref>\n<ref name="x"/>\n<references />\n' >notes.wiki
printf 'Intro \360\237\230\200 text.<ref>x</ref></ref>\n' >"stray close.wiki"
"$bin" check --format sarif notes.wiki "stray close.wiki" "$fixtures/references" "$fixtures/templates" "$fixtures/claims" "$fixtures/mek-rendered.txt" >log.sarif 2>err
status=$?
failed=0
fail() { echo "FAILED: $1"; failed=$((failed + 1)); }
[ "$status" -eq 1 ] || fail "citelint --format sarif exits 1 on problems (got $status)"
[ -s err ] && fail "nothing on stderr: $(head -3 err)"

# The log holds what the validation is meant to cover, and the columns are UTF-16 units.
python3 - log.sarif <<'PY' || fail "the log has notes, fixes, rules and UTF-16 columns"
import json, sys
log = json.load(open(sys.argv[1]))
run = log["runs"][0]
assert log["version"] == "2.1.0" and run["columnKind"] == "utf16CodeUnits"
results = run["results"]
rules = run["tool"]["driver"]["rules"]
assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)
assert all(rule["helpUri"].endswith("/docs/rules/" + rule["id"] + ".md") for rule in rules), "helpUri"
assert any("relatedLocations" in r for r in results), "no notes"
assert any("fixes" in r for r in results), "no fixes"
r002 = next(r for r in results if r["ruleId"] == "R002" and r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "notes.wiki")
region = r002["locations"][0]["physicalLocation"]["region"]
# "A " + U+4E2D (1 unit, 3 bytes) + U+1F600 (2 units, 4 bytes) + ".<ref ... </ref> B."
assert region["startColumn"] == region["byteOffset"] - 7 + 1 - 2 - 2, region
assert region["startLine"] == 2
stray = next(r for r in results if r["ruleId"] == "R022" and "stray%20close.wiki" == r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
assert stray["locations"][0]["physicalLocation"]["region"]["startColumn"] == 27, stray  # "Intro " 6 + emoji 2 + " text." 6 + "<ref>x</ref>" 12 units before; byte column 29
assert stray["fixes"][0]["artifactChanges"][0]["replacements"][0]["deletedRegion"]["byteLength"] == 6
PY

if ! [ -x "$multitool" ]; then
  echo "sarif: the log's own checks: $failed failed; no SARIF Multitool at $multitool (tools/install-deps.sh could not install it from npm): validation skipped"
  [ "$failed" -eq 0 ] && exit 77
  exit 1
fi
"$multitool" validate log.sarif -o validation.sarif --log ForceOverwrite >console 2>&1 ||
  fail "the multitool ran: $(cat console)"
# The multitool exits 0 even when it finds errors: read its own log of results.
python3 - validation.sarif <<'PY' || { cat console; fail "the multitool reports no error or warning"; }
import json, sys
log = json.load(open(sys.argv[1]))
bad = 0
for run in log["runs"]:
    defaults = {r["id"]: r.get("defaultConfiguration", {}).get("level", "warning")
                for r in run["tool"]["driver"].get("rules", [])}
    for r in run.get("results", []):
        level = r.get("level", defaults.get(r["ruleId"], "warning"))
        if level in ("error", "warning"):
            bad += 1
sys.exit(1 if bad else 0)
PY
echo "sarif: $(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["runs"][0]["results"]))' log.sarif) results validated, $failed failed"
[ "$failed" -eq 0 ]
