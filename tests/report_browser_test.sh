#!/bin/sh
# The HTML audit report in a real browser: headless Chromium (Debian package chromium,
# installed by tools/install-deps.sh) opens a report made from `citelint check --format jsonl`
# of the fixtures, in two parts as a cluster would write them, and of a small dump of English
# Wikipedia whose pages link to their articles. A probe script added to a copy of the report
# writes what the page shows: its text, each chart's size and drawn bars, its links, worklists
# and highlighted spans, and whether the page fits a screen 400 pixels wide.
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
# A dump whose <siteinfo> names English Wikipedia: titles that URLs must encode and HTML must
# escape, and a line far wider than a phone (a bare URL without a space to break at).
long_url="https://example.org/$(printf '%0300d' 0)"
cat >"$tmp/enwiki.xml" <<DUMP
<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/" version="0.10">
<siteinfo><sitename>Wikipedia</sitename><dbname>enwiki</dbname>
<base>https://en.wikipedia.org/wiki/Main_Page</base></siteinfo>
<page><title>Ren &amp; Stimpy "Show" &lt;b&gt;</title><ns>0</ns><revision><text>Claimed.&lt;ref name="gone" /&gt; See $long_url for more.
== References ==
{{reflist}}</text></revision></page>
<page><title>Café (1999 film)</title><ns>0</ns><revision><text>A film.&lt;ref name="x"&gt;One.&lt;/ref&gt; Again.&lt;ref name="x"&gt;Two.&lt;/ref&gt;
== References ==
&lt;references /&gt;</text></revision></page>
</mediawiki>
DUMP
"$bin" check --format jsonl "$tmp/enwiki.xml" >"$tmp/part3.jsonl"
check "the parts hold a line per document" test "$(cat "$tmp"/part*.jsonl | wc -l)" -gt 50
check "the report is made" "$bin" report "$tmp/part1.jsonl" "$tmp/part2.jsonl" "$tmp/part3.jsonl" --today 2026-01-01 -o "$tmp/report.html"

# The probe: after load, the page's text, then a line per chart, one for the page's width, and
# the links, worklists and highlighted spans. The DOM Chromium writes escapes &, < and >.
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
  // What sticks out of the window though not inside a box that scrolls it: none should.
  const outside = [...document.body.querySelectorAll("*")].filter((e) =>
    e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest(".scroll"));
  lines.push(`outside ${outside.length} ${outside.slice(0, 3).map((e) => e.tagName).join(",")}`);
  document.querySelectorAll("a[href^='http']").forEach((a) => lines.push(`link ${a.className || "page"} ${a.href}`));
  const worklists = [...document.querySelectorAll("section.worklist")];
  lines.push(`worklists ${worklists.length}`);
  worklists.forEach((w) => lines.push(`worklist ${w.id} ${w.querySelector("h3 span").className}`));
  const marks = [...document.querySelectorAll("section.worklist pre.excerpt mark")];
  lines.push(`marks ${marks.length} shown ${marks.filter((m) => m.getBoundingClientRect().width > 0).length}`);
  marks.forEach((m) => lines.push(`mark ${m.textContent}`));
  const probe = document.createElement("pre");
  probe.id = "probe";
  probe.textContent = lines.join("\n");
  document.body.appendChild(probe);
  // In a frame (the narrow screen below), the frame's page is told what was found.
  if (window.parent !== window) window.parent.postMessage(probe.textContent, "*");
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
check "pages of the dump link to their articles, titles encoded as MediaWiki does" grep -qxF 'link page https://en.wikipedia.org/wiki/Ren_%26_Stimpy_%22Show%22_%3Cb%3E' "$tmp/probe.txt"
check "... and to their edit pages" grep -qxF 'link edit https://en.wikipedia.org/w/index.php?title=Caf%C3%A9_(1999_film)&amp;action=edit' "$tmp/probe.txt"
check "... and their titles are shown as text, escaped" grep -qF 'enwiki:Ren &amp; Stimpy "Show" &lt;b&gt;' "$tmp/probe.txt"
check "fixtures checked as files link nowhere" sh -c "! grep -q '^link .*fixtures' '$tmp/probe.txt'"
check "the report names the dump it audited" grep -qF 'enwiki.xml (Wikipedia, enwiki): 2 pages' "$tmp/probe.txt"
check "each rule has a worklist" test "$(grep -c '^worklist ' "$tmp/probe.txt")" -eq "$(grep -o '<a href="#worklist-' "$tmp/report.html" | wc -l)"
check "... errors first" sh -c "grep '^worklist ' '$tmp/probe.txt' | awk '{ print \$3 }' | uniq | tr '\n' ' ' | grep -qx 'error warning info '"
check "... with the spans highlighted" sh -c "grep -E '^marks [1-9][0-9]* shown [1-9]' '$tmp/probe.txt' | awk '{ exit !(\$2 == \$4) }'"
check "... the undefined ref's name among them" grep -qxF 'mark gone' "$tmp/probe.txt"
check "every chart of the report is drawn" test "$(wc -l <"$tmp/charts.txt")" -eq "$(grep -o '<svg class="chart"' "$tmp/report.html" | wc -l)"
check "at least the families, the rules and the coverage are charted" test "$(wc -l <"$tmp/charts.txt")" -ge 3
check "each chart has a size and bars drawn" sh -c "! grep -v -E '^chart [0-9]+ [1-9][0-9]+x[1-9][0-9]* bars [1-9]' '$tmp/charts.txt'"

# A screen 400 pixels wide: headless Chromium makes a window at least 500 pixels wide, so the
# report is opened in a frame of 400, whose probe tells the framing page what it found. Nothing
# is wider than the frame, the charts included (the rules' are 580 units wide), and what does
# not fit (the tables) scrolls in a box of its own.
cat >"$tmp/narrow-frame.html" <<FRAME
<!DOCTYPE html><html><body style="margin:0">
<iframe src="probe.html" style="width:400px;height:900px;border:0"></iframe>
<script>
window.addEventListener("message", (event) => {
  const found = document.createElement("pre");
  found.id = "narrow";
  found.textContent = event.data;
  document.body.appendChild(found);
});
</script></body></html>
FRAME
run_browser --window-size=800,1000 --dump-dom "file://$tmp/narrow-frame.html" >"$tmp/narrow.html"
check "the report opens in a frame 400 pixels wide" grep -qE '^page [0-9]+ in 400$' "$tmp/narrow.html"
check "... and is no wider than it" sh -c "grep -E '^page [0-9]+ in 400\$' '$tmp/narrow.html' | awk '{ exit !(\$2 <= 400) }'"
check "... nothing sticks out of it but in a scrolling box" grep -qE '^outside 0 ?$' "$tmp/narrow.html"
check "... and the charts fit in it" sh -c "grep -E '^chart ' '$tmp/narrow.html' | awk '{ split(\$3, size, \"x\"); if (size[1] > widest) widest = size[1] } END { exit !(widest > 0 && widest <= 400) }'"
check "... the links and highlighted spans are there" sh -c "grep -q '^link edit ' '$tmp/narrow.html' && grep -qE '^marks [1-9]' '$tmp/narrow.html'"

run_browser --window-size=1280,2400 --screenshot="$tmp/report.png" "file://$tmp/report.html" >/dev/null
check "a screenshot is taken" test -s "$tmp/report.png"
check "... a PNG with something drawn on it" sh -c "head -c 8 '$tmp/report.png' | od -An -c | grep -q 'P   N   G' && test \$(wc -c <'$tmp/report.png') -gt 30000"

echo "$passed passed, $failed failed"
if [ "$failed" -ne 0 ]; then
  echo "--- probe" >&2; cat "$tmp/probe.txt" >&2
  echo "--- probe at 400 pixels" >&2; sed -n '/<pre id="narrow">/,/<\/pre>/p' "$tmp/narrow.html" | grep -v '^link ' >&2
  echo "--- browser" >&2; tail -20 "$tmp/browser.err" >&2
fi
[ "$failed" -eq 0 ]
