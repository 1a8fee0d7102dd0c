#!/bin/sh
# The HTML audit report in a real browser: headless Chromium (Debian package chromium,
# installed by tools/install-deps.sh) opens a report made from `citelint check --format jsonl`
# of the fixtures, in two parts as a cluster would write them. A probe script added to a copy
# of the report writes what the page shows: its text, each chart's size and drawn bars, and
# whether the page fits a narrow screen.
#   sh tests/report_browser_test.sh path/to/citelint path/to/source
bin=$1
root=$2
. "$(dirname "$0")/checks.sh"

browser=$(command -v chromium || command -v chromium-browser)
if [ -z "$browser" ]; then
  echo "chromium not found: run sh tools/install-deps.sh test (Debian package chromium)" >&2
  exit 1
fi
# Root in CI needs --no-sandbox; a profile of its own keeps parallel runs apart.
run_browser() {
  timeout 120 "$browser" --headless=new --no-sandbox --disable-gpu --no-first-run \
    --user-data-dir="$tmp/profile" --virtual-time-budget=5000 "$@" 2>"$tmp/browser.err"
}

"$bin" check --format jsonl "$root"/fixtures/references/*.wiki >"$tmp/part1.jsonl"
"$bin" check --format jsonl "$root"/fixtures/templates/*.wiki "$root"/fixtures/claims/*.wiki \
  "$root/fixtures/mek-rendered.txt" >"$tmp/part2.jsonl"
check "the parts hold a line per document" test "$(cat "$tmp"/part*.jsonl | wc -l)" -gt 50
check "the report is made" "$bin" report "$tmp/part1.jsonl" "$tmp/part2.jsonl" --today 2026-01-01 -o "$tmp/report.html"

# The probe: after load, the page's text, then a line per chart and one for the page's width.
cat >"$tmp/probe.js" <<'PROBE'
<script>
window.addEventListener("load", () => {
  const lines = ["TEXT-BEGIN", document.body.innerText, "TEXT-END"];
  document.querySelectorAll("svg.chart").forEach((svg, i) => {
    const box = svg.getBoundingClientRect();
    const drawn = [...svg.querySelectorAll("rect")].filter((r) => {
      const b = r.getBBox();
      return b.width > 0 && b.height > 0;
    }).length;
    lines.push(`chart ${i} ${Math.round(box.width)}x${Math.round(box.height)} bars ${drawn}`);
  });
  lines.push(`page ${document.documentElement.scrollWidth} in ${window.innerWidth}`);
  const probe = document.createElement("pre");
  probe.id = "probe";
  probe.textContent = lines.join("\n");
  document.body.appendChild(probe);
});
</script>
PROBE
sed -e "/<\/body>/{r $tmp/probe.js" -e "}" "$tmp/report.html" >"$tmp/probe.html"
run_browser --window-size=1280,2000 --dump-dom "file://$tmp/probe.html" >"$tmp/dom.html"
check "Chromium renders the report" grep -q '<pre id="probe">' "$tmp/dom.html"
sed -n '/<pre id="probe">/,/<\/pre>/p' "$tmp/dom.html" >"$tmp/probe.txt"
check "the title and the sections are shown" sh -c "grep -q 'Citation audit' '$tmp/probe.txt' && grep -q 'Problems by rule and family' '$tmp/probe.txt' && grep -q 'Citation health' '$tmp/probe.txt' && grep -q 'Worst pages' '$tmp/probe.txt'"
check "the totals count every document of both parts" grep -q "^$(cat "$tmp"/part*.jsonl | wc -l)\$" "$tmp/probe.txt"
check "the rules are named" grep -q 'undefined-named-ref' "$tmp/probe.txt"
check "the worst pages are listed with their excerpts" sh -c "grep -q 'fixtures/' '$tmp/probe.txt' && grep -q '&lt;ref' '$tmp/probe.txt'"
check "the citation health figures are shown" grep -q 'Prose sentences covered by a citation' "$tmp/probe.txt"
grep '^chart ' "$tmp/probe.txt" >"$tmp/charts.txt"
check "every chart of the report is drawn" test "$(wc -l <"$tmp/charts.txt")" -eq "$(grep -o '<svg class="chart"' "$tmp/report.html" | wc -l)"
check "at least the families, the rules and the coverage are charted" test "$(wc -l <"$tmp/charts.txt")" -ge 3
check "each chart has a size and bars drawn" sh -c "! grep -v -E '^chart [0-9]+ [1-9][0-9]+x[1-9][0-9]* bars [1-9]' '$tmp/charts.txt'"

# A narrow screen (headless Chromium makes a window at least 500 pixels wide): nothing is
# wider than the window, the charts included, though the rules chart is 580 units wide.
run_browser --window-size=360,800 --dump-dom "file://$tmp/probe.html" >"$tmp/narrow.html"
check "on a narrow screen the page is no wider than the window" sh -c "grep -E '^page [0-9]+ in [0-9]+\$' '$tmp/narrow.html' | awk '{ exit !(\$2 <= \$4 && \$4 < 600) }'"
check "... and the charts fit in it" sh -c "grep -E '^(chart|page) ' '$tmp/narrow.html' | awk '/^page/ { window = \$4 } /^chart/ { split(\$3, size, \"x\"); if (size[1] > widest) widest = size[1] } END { exit !(widest > 0 && widest <= window) }'"

run_browser --window-size=1280,2400 --screenshot="$tmp/report.png" "file://$tmp/report.html" >/dev/null
check "a screenshot is taken" test -s "$tmp/report.png"
check "... a PNG with something drawn on it" sh -c "head -c 8 '$tmp/report.png' | od -An -c | grep -q 'P   N   G' && test \$(wc -c <'$tmp/report.png') -gt 30000"

echo "$passed passed, $failed failed"
if [ "$failed" -ne 0 ]; then
  echo "--- probe" >&2; cat "$tmp/probe.txt" >&2
  echo "--- browser" >&2; tail -20 "$tmp/browser.err" >&2
fi
[ "$failed" -eq 0 ]
