#!/bin/sh
# The command line as a user meets it: exit codes, inputs, formats, colour, rule docs.
#   sh tests/cli_test.sh path/to/citelint
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") # absolute: some tests change folder
fixtures=$(cd "$(dirname "$0")/../fixtures" && pwd)
. "$(dirname "$0")/checks.sh"
exits() { # expected exit code, then the citelint arguments
  expected=$1; shift
  "$bin" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
  [ $? -eq "$expected" ]
}

printf 'A sourced sentence.<ref>Smith, J. (2010). History. Oxford.</ref>\n\n<references />\n' >"$tmp/clean.wiki"
printf 'Used.<ref name="x" />\n<references />\n' >"$tmp/bad.wiki"
printf 'Stray.</ref>\n' >"$tmp/warn.wiki"
printf 'One ref.<ref>Smith, J. (2010).</ref>\n' >"$tmp/info.wiki"

check "a clean file exits 0" exits 0 check "$tmp/clean.wiki"
check "a file with an error exits 1" exits 1 check "$tmp/bad.wiki"
check "--exit-zero exits 0 despite problems" exits 0 check --exit-zero "$tmp/bad.wiki"
check "--statistics counts the diagnostics of each rule, the exit code as without it" exits 1 check --statistics --select R001,R025 "$tmp/bad.wiki" "$tmp/bad.wiki"
check "... a line per rule: count, code, name" grep -q "^2  R001  undefined-named-ref$" "$tmp/out"
check "... and nothing else on standard output" sh -c "[ \$(wc -l <'$tmp/out') -eq 1 ]"
check "--statistics --format json is a JSON array" exits 0 check --statistics --format json --exit-zero "$tmp/bad.wiki"
check "... of codes, names, counts and fixable counts" python3 -c "import json, sys; rows = json.load(open(sys.argv[1])); assert any(r['code'] == 'R001' and r['count'] == 1 and r['name'] == 'undefined-named-ref' and 'fixable' in r for r in rows)" "$tmp/out"
check "--statistics in another format is a usage error" exits 2 check --statistics --format gcc "$tmp/bad.wiki"
check "a warning fails by default" exits 1 check "$tmp/warn.wiki"
check "--fail-on error lets a warning pass" exits 0 check --fail-on error "$tmp/warn.wiki"
check "info does not fail by default" exits 0 check "$tmp/info.wiki"
check "--fail-on info makes info fail" exits 1 check --fail-on info "$tmp/info.wiki"
check "--ignore a rule by code" exits 0 check --ignore R001 "$tmp/bad.wiki"
check "--ignore a rule by name" exits 0 check --ignore undefined-named-ref "$tmp/bad.wiki"
check "--select a family" exits 1 check --select references "$tmp/bad.wiki"
check "--select other rules only" exits 0 check --select R002,R003 "$tmp/bad.wiki"
check "--severity turns an error into info" exits 0 check --severity R001=info "$tmp/bad.wiki"
check "an unknown rule is a usage error" exits 2 check --select R999 "$tmp/bad.wiki"
check "rule codes and names are taken whatever their case" exits 1 check --select r001,UNDEFINED-named-ref "$tmp/bad.wiki"
check "... in --ignore too" exits 0 check --ignore r001 "$tmp/bad.wiki"
check "a misspelt rule suggests the nearest one" exits 2 check --select R0001 "$tmp/bad.wiki"
check "... by name" grep -q "unknown rule, family or code 'R0001' (did you mean 'R001'?)" "$tmp/err"
check "citelint rule takes a code in any case" exits 0 rule r001
check "an unknown format is a usage error" exits 2 check --format xml "$tmp/bad.wiki"
check "an unknown option is a usage error" exits 2 check --frobnicate "$tmp/bad.wiki"
check "... said with citelint's prefix" grep -q "^citelint: error: The following argument was not expected: --frobnicate" "$tmp/err"
check "a misspelt option suggests the nearest one" exits 2 check --exit-zeor "$tmp/bad.wiki"
check "... of that command" grep -q "^citelint: error: .*--exit-zeor (did you mean '--exit-zero'?)" "$tmp/err"
check "a misspelt command suggests the nearest one" exits 2 chek "$tmp/bad.wiki"
check "... naming it" grep -q "^citelint: error: unknown command 'chek' (did you mean 'check'?)" "$tmp/err"
check "--color takes auto, always or never" exits 2 check --color sometimes "$tmp/bad.wiki"
check "... and says so" grep -q "^citelint: error: --color: sometimes not in {auto,always,never}" "$tmp/err"
check "no input is a usage error" exits 2 check
check "a missing file exits 2" exits 2 check "$tmp/nope.wiki"
check "... and the message names the file and why" grep -q "nope.wiki: no such file" "$tmp/err"
check "a file that cannot be read exits 2" exits 2 check /proc/self/mem
check "... and says why" grep -q "/proc/self/mem: cannot read" "$tmp/err"
check "other files are still checked when one is missing" exits 2 check "$tmp/nope.wiki" "$tmp/bad.wiki"
check "... and their problems reported" grep -q "never defined" "$tmp/out"
check "... and the summary says an input could not be read" grep -q "; 1 input could not be read$" "$tmp/err"
check "a clean page beside a missing one is no clean run" exits 2 check "$tmp/nope.wiki" "$tmp/clean.wiki"
check "... and the summary does not say no problems were found" sh -c "grep -q '^checked 1 file with no problems; 1 input could not be read$' '$tmp/err' && ! grep -q 'no problems found' '$tmp/err'"

# What a folder search takes, and what it leaves out.
mkdir -p "$tmp/search/empty" "$tmp/search/notes" "$tmp/search/tree/.git" "$tmp/search/tree/node_modules/pkg" "$tmp/search/tree/.cache" "$tmp/search/tree/pages"
echo "not wikitext" >"$tmp/search/notes/readme.txt"
check "a folder with no page in it exits 2" exits 2 check "$tmp/search/empty" "$tmp/search/notes"
check "... saying what was searched, and where" grep -q "no input found: no \*.wiki, \*.wikitext, \*.mediawiki or \*.mw files in $tmp/search/empty or $tmp/search/notes" "$tmp/err"
check "... not that no problems were found" sh -c "! grep -q 'no problems found' '$tmp/out'"
cp "$tmp/bad.wiki" "$tmp/search/tree/.git/a.wiki"
cp "$tmp/bad.wiki" "$tmp/search/tree/node_modules/pkg/b.wiki"
cp "$tmp/bad.wiki" "$tmp/search/tree/.cache/c.wiki"
cp "$tmp/clean.wiki" "$tmp/search/tree/pages/d.wiki"
printf '\177ELF\002\001\001\000' >"$tmp/search/tree/pages/program.wiki"
printf '\211PNG\r\n\032\n\000\000' >"$tmp/search/tree/pages/image.wiki"
check "hidden folders and node_modules are not searched; binary files are skipped" exits 0 check --no-config "$tmp/search/tree"
check "... with a warning naming each binary file and what it is" sh -c "grep -q 'program.wiki: skipped: not text (an ELF executable)' '$tmp/err' && grep -q 'image.wiki: skipped: not text (a PNG image)' '$tmp/err'"
check "... and the one page checked" grep -q "no problems found in 1 file" "$tmp/err"
check "a hidden folder named on the command line is searched" exits 1 check --no-config "$tmp/search/tree/.git"
mkdir -p "$tmp/search/ex/drafts" "$tmp/search/ex/archive/old" "$tmp/search/ex/.hidden"
for f in x.wiki drafts/d.wiki archive/old/o.wiki .hidden/h.wiki; do cp "$tmp/bad.wiki" "$tmp/search/ex/$f"; done
check "--extend-exclude leaves out a folder by name, besides the defaults" exits 1 check --no-config --statistics --extend-exclude drafts "$tmp/search/ex"
check "... (two pages left)" grep -q "^2  R001" "$tmp/out"
check "--exclude replaces the defaults; a pattern with / is matched with the path below the folder" exits 1 check --no-config --statistics --exclude 'archive/*',drafts "$tmp/search/ex"
check "... (x.wiki and the hidden folder's page)" grep -q "^2  R001" "$tmp/out"
printf 'extend-exclude = ["drafts", "archive"]\n' >"$tmp/search/ex/.citelint.toml"
check "extend-exclude in the configuration of the folder searched" exits 1 check --statistics "$tmp/search/ex"
check "... (one page left)" grep -q "^1  R001" "$tmp/out"
check "... with --extend-exclude adding to it" exits 2 check --extend-exclude x.wiki "$tmp/search/ex"
check "... so that no page is left" grep -q "no input found" "$tmp/err"
check "citelint config shows exclude and extend-exclude" exits 0 config "$tmp/search/ex"
check "... with their values" sh -c "grep -q '^exclude = \[\".\\*\", \"node_modules\"\]$' '$tmp/out' && grep -q '^extend-exclude = \[\"drafts\", \"archive\"\]$' '$tmp/out'"

printf '\377\376A\000.\000' >"$tmp/utf16.wiki"
check "a UTF-16 file exits 2" exits 2 check "$tmp/utf16.wiki"
check "... and the message says why" grep -q "utf16.wiki: cannot read: the file is UTF-16" "$tmp/err"
printf 'A\000B.<ref name="x" />\r\n<references />\r\n' >"$tmp/binary.wiki"
check "a file with NUL bytes is no text: skipped, with a warning" exits 0 check "$tmp/binary.wiki"
check "... saying why" grep -q "binary.wiki: skipped: not text (it holds NUL bytes)" "$tmp/err"
printf 'AB\377.<ref name="x" />\r\n<references />\r\n' >"$tmp/binary.wiki"
check "invalid UTF-8 and CRLF are still checked" exits 1 check "$tmp/binary.wiki"

# Standard input
check "stdin via -" sh -c "'$bin' check --format gcc - <'$tmp/bad.wiki' | grep -q '^<stdin>:1:17: error: named ref \"x\" is used but never defined \[R001\]$'"

# MediaWiki XML dumps: each article's last revision is a document named by its title
printf '<mediawiki>\n<page><title>Alpha</title><ns>0</ns><revision><text>Used.&lt;ref name="x" /&gt;</text></revision></page>\n<page><title>Beta</title><ns>0</ns><revision><text>Also.&lt;ref name="y" /&gt;</text></revision></page>\n</mediawiki>\n' >"$tmp/dump.xml"
check "a dump's problems fail the run" exits 1 check --format gcc "$tmp/dump.xml"
check "... named by the page's title" grep -q '^Alpha:1:17: error: named ref "x" is used but never defined \[R001\]$' "$tmp/out"
check "... every page" grep -q '^Beta:1:17: error' "$tmp/out"
printf '<mediawiki>\n<page><title>Talk:Gamma</title><ns>1</ns><revision><text>Talk.&lt;ref name="z" /&gt;</text></revision></page>\n</mediawiki>\n' >"$tmp/talk.xml"
check "a dump's talk pages are not checked by default" exits 0 check --format gcc "$tmp/talk.xml"
check "--namespaces 1 checks them" exits 1 check --format gcc --namespaces 1 "$tmp/talk.xml"
check "... named by their titles" grep -q '^Talk:Gamma:1:17: error' "$tmp/out"
check "--namespaces all checks every page" exits 1 check --format gcc --namespaces all "$tmp/dump.xml" "$tmp/talk.xml"
check "... of every dump" sh -c "grep -q '^Alpha:' '$tmp/out' && grep -q '^Talk:Gamma:' '$tmp/out'"
check "--namespaces takes numbers" exits 2 check --namespaces talk "$tmp/talk.xml"
head -c 120 "$tmp/dump.xml" >"$tmp/cut.xml"
check "a truncated dump exits 2" exits 2 check --format gcc "$tmp/cut.xml"
check "... says where it broke" grep -q "cut.xml: line 3 col 1: unclosed token" "$tmp/err"
check "... and keeps the pages before" grep -q '^Alpha:1:17: error' "$tmp/out"
gzip -c "$tmp/dump.xml" | head -c 60 >"$tmp/cut.xml.gz"
check "a truncated gzip dump exits 2" exits 2 check --format gcc "$tmp/cut.xml.gz"
check "... and gives the compressed byte" grep -q "cut.xml.gz: byte [0-9]*: " "$tmp/err"

# --jobs: the output is the same whatever the number of threads, problems included, in order
mkdir -p "$tmp/many"
i=0
while [ $i -lt 40 ]; do
  cp "$tmp/bad.wiki" "$tmp/many/p$i.wiki"; cp "$tmp/warn.wiki" "$tmp/many/q$i.wiki"; i=$((i + 1))
done
{ printf '<mediawiki>\n'; i=0; while [ $i -lt 60 ]; do printf '<page><title>P%s</title><ns>0</ns><revision><text>Used %s.&lt;ref name="x%s" /&gt;</text></revision></page>\n' $i $i $i; i=$((i + 1)); done; printf '</mediawiki>\n'; } >"$tmp/pages.xml"
# A dump of a newer schema (a warning) broken in its 21st page: the pages after it are not read
{ printf '<mediawiki version="0.99">\n'; i=0; while [ $i -lt 30 ]; do t=title; [ $i -eq 20 ] && t=titel; printf '  <page><title>B%s</%s><ns>0</ns><revision><text>Used %s.&lt;ref name="x%s" /&gt;</text></revision></page>\n' $i $t $i $i; i=$((i + 1)); done; printf '</mediawiki>\n'; } >"$tmp/broken-page.xml"
set -- "$tmp/many" "$tmp/pages.xml" "$tmp/missing.wiki" "$tmp/cut.xml" "$tmp/broken-page.xml" "$tmp/bad.wiki"
"$bin" check --format gcc -j 1 "$@" >"$tmp/one" 2>"$tmp/one.err"
"$bin" check --format gcc -j 3 "$@" >"$tmp/three" 2>"$tmp/three.err"
"$bin" check --format json --jobs 2 "$@" >"$tmp/two.json" 2>/dev/null
"$bin" check --format json --jobs 1 "$@" >"$tmp/one.json" 2>/dev/null
check "--jobs 1 and 3 write the same diagnostics" cmp "$tmp/one" "$tmp/three"
check "... and the same errors" cmp "$tmp/one.err" "$tmp/three.err"
# 40 files with an error, 40 with a warning, 60 pages with two each, the page Alpha read
# before cut.xml breaks (two), the 20 pages before broken-page.xml breaks (two each), then the
# last file's error
check "... which are in input order" sh -c "[ \$(grep -c . '$tmp/one') -eq 243 ] && grep -n . '$tmp/one' | grep -q '^243:$tmp/bad.wiki:'"
check "a dump broken in a page says its warning, then where it broke" sh -c "grep 'broken-page.xml' '$tmp/three.err' | sed 's|.*broken-page.xml: ||' | tr '\n' '|' | grep -qx 'export schema 0.99 is newer than 0.11; read as 0.11|line 22 col 21: mismatched tag|'"
check "... after the pages before it" sh -c "grep -q '^B19:' '$tmp/three' && ! grep -q '^B2[0-9]:' '$tmp/three'"
check "--jobs 1 and 2 write the same JSON" cmp "$tmp/one.json" "$tmp/two.json"
check "--jobs with problems still exits 2" exits 2 check --format gcc -j 2 "$@"
check "--jobs 0 is a usage error" exits 2 check -j 0 "$tmp/bad.wiki"
check "--jobs takes a number" exits 2 check -j many "$tmp/bad.wiki"
check "--quiet leaves the summary out" sh -c "'$bin' check --quiet '$tmp/bad.wiki' 2>&1 >/dev/null | wc -c | grep -qx 0"
check "... but not the diagnostics" sh -c "'$bin' check -q '$tmp/bad.wiki' 2>/dev/null | grep -q R001"
set --

# The progress line: on a terminal only, not with --quiet. A dump through a named pipe that
# pauses makes the run last long enough for the line to be drawn.
progress() { # the citelint arguments before the input, then a redirection; prints what the terminal showed
  rm -f "$tmp/slow.xml"; mkfifo "$tmp/slow.xml"
  { printf '<mediawiki>\n<page><title>A</title><ns>0</ns><revision><text>a</text></revision></page>\n'; sleep 1; printf '<page><title>B</title><ns>0</ns><revision><text>b</text></revision></page>\n</mediawiki>\n'; } >"$tmp/slow.xml" &
  script -qec "$bin check $1 $tmp/slow.xml $2" /dev/null </dev/null
  wait
}
progress "--format gcc" >"$tmp/tty"
check "a terminal shows the progress line" grep -q "2 documents .* MB/s" "$tmp/tty"
progress "--format gcc --quiet" >"$tmp/tty"
check "--quiet hides it" sh -c "! grep -q 'documents' '$tmp/tty'"
progress "--format gcc" "2>/dev/null" >"$tmp/tty"
check "... as does a standard error that is not a terminal" sh -c "! grep -q 'documents' '$tmp/tty'"

# Folders: wikitext extensions only, recursively; named files whatever their extension
mkdir -p "$tmp/tree/sub"
cp "$tmp/bad.wiki" "$tmp/tree/sub/a.wikitext"
cp "$tmp/bad.wiki" "$tmp/tree/b.mediawiki"
cp "$tmp/bad.wiki" "$tmp/tree/c.mw"
cp "$tmp/bad.wiki" "$tmp/tree/ignored.txt"
"$bin" check --format gcc "$tmp/tree" >"$tmp/out" 2>/dev/null
check "a folder is searched recursively" grep -q "sub/a.wikitext:1:17" "$tmp/out"
check "... for .mediawiki and .mw" sh -c "grep -q 'b.mediawiki' '$tmp/out' && grep -q 'c.mw' '$tmp/out'"
check "... but not other extensions" sh -c "! grep -q ignored.txt '$tmp/out'"
check "a named file is checked whatever its extension" exits 1 check "$tmp/tree/ignored.txt"

# Formats
"$bin" check --format gcc "$tmp/bad.wiki" "$tmp/warn.wiki" >"$tmp/out" 2>"$tmp/err"
check "gcc: one line per diagnostic" sh -c "[ \$(wc -l <'$tmp/out') -eq 2 ]"
check "gcc: file:line:col: severity: message [code]" grep -q "^$tmp/warn.wiki:1:7: warning: </ref> closes no ref; MediaWiki shows it as text \[R022\]$" "$tmp/out"
"$bin" check "$tmp/bad.wiki" >"$tmp/out" 2>"$tmp/err"
check "pretty: header" grep -q '^error\[R001\]: named ref "x" is used but never defined$' "$tmp/out"
check "pretty: location" grep -q "^ --> $tmp/bad.wiki:1:17$" "$tmp/out"
check "pretty: help" grep -q "= help:" "$tmp/out"
check "pretty: summary on stderr" grep -q "^found 1 error, 0 warnings and 0 infos in 1 file$" "$tmp/err"
check "pretty: no colour into a pipe" sh -c "! grep -q \"\$(printf '\\033')\" '$tmp/out'"
"$bin" check --color always "$tmp/bad.wiki" >"$tmp/out" 2>/dev/null
check "--color always colours" grep -q "$(printf '\033')\[1;31m" "$tmp/out"
if command -v script >/dev/null 2>&1; then
  script -qec "'$bin' check '$tmp/bad.wiki'" /dev/null >"$tmp/tty" 2>&1
  check "colour on a terminal" grep -q "$(printf '\033')\[" "$tmp/tty"
  NO_COLOR=1 script -qec "'$bin' check '$tmp/bad.wiki'" /dev/null >"$tmp/tty" 2>&1
  check "NO_COLOR turns colour off on a terminal" sh -c "! grep -q \"\$(printf '\\033')\\[1\" '$tmp/tty'"
fi
"$bin" check "$tmp/clean.wiki" >"$tmp/out" 2>"$tmp/err"
check "a clean run says so on stderr" grep -q "^no problems found in 1 file$" "$tmp/err"

# Machine formats: json, jsonl, sarif, github
json_field() { # file, then a Python expression over the parsed document `d` that must be true
  python3 -c "import json, sys; d = json.load(open(sys.argv[1])); sys.exit(0 if ($2) else 1)" "$1"
}
"$bin" check --format json "$tmp/bad.wiki" "$tmp/warn.wiki" >"$tmp/out.json" 2>"$tmp/err"
check "json: exit 1 on problems" test $? -eq 1
check "json: nothing on stderr" test ! -s "$tmp/err"
check "json: format version and tool version" json_field "$tmp/out.json" "d['version'] == 1 and d['tool']['name'] == 'citelint' and d['tool']['version'] == '$("$bin" --version | cut -d' ' -f2)'"
check "json: every field of a diagnostic" json_field "$tmp/out.json" "[(x['path'], x['code'], x['name'], x['family'], x['severity'], x['start'], x['end']) for x in d['diagnostics'] if x['code'] == 'R001'] == [('$tmp/bad.wiki', 'R001', 'undefined-named-ref', 'references', 'error', {'line': 1, 'column': 17, 'offset': 16}, {'line': 1, 'column': 18, 'offset': 17})]"
check "json: message, help, notes and fix" json_field "$tmp/out.json" "all(isinstance(x['message'], str) and isinstance(x['help'], list) and isinstance(x['notes'], list) and 'fix' in x for x in d['diagnostics'])"
check "json: a stray </ref> after text gets no fix (it may be what is left of a lost <ref>)" json_field "$tmp/out.json" "[x['fix'] for x in d['diagnostics'] if x['code'] == 'R022'] == [None]"
check "json: totals" json_field "$tmp/out.json" "d['totals'] == {'files': 2, 'errors': 1, 'warnings': 1, 'infos': 0}"
check "json: --fail-on as in every format" exits 0 check --format json --fail-on error "$tmp/warn.wiki"
check "json: a clean file exits 0 with an empty list" sh -c "'$bin' check --format json '$tmp/clean.wiki' | python3 -c 'import json, sys; sys.exit(json.load(sys.stdin)[\"diagnostics\"] != [])'"
"$bin" check --format json "$tmp/nope.wiki" "$tmp/bad.wiki" >"$tmp/out.json" 2>"$tmp/err"
check "json: an unreadable input exits 2" test $? -eq 2
check "... says so on stderr only; stdout stays one document" sh -c "grep -q 'nope.wiki: no such file' '$tmp/err' && python3 -c 'import json, sys; json.load(open(sys.argv[1]))' '$tmp/out.json'"
"$bin" check --format jsonl --select references "$tmp/bad.wiki" "$tmp/clean.wiki" "$tmp/warn.wiki" >"$tmp/out.jsonl"
check "jsonl: one line per document" test "$(wc -l <"$tmp/out.jsonl")" -eq 3
check "jsonl: each line a document with its path, diagnostics and figures" python3 -c "
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1])]
assert [d['path'] for d in docs] == [sys.argv[2] + '/bad.wiki', sys.argv[2] + '/clean.wiki', sys.argv[2] + '/warn.wiki']
assert [len(d['diagnostics']) for d in docs] == [1, 0, 1]
assert docs[1]['figures'] == {'refs': 1, 'citation_points': 1, 'sentences': None, 'covered_sentences': None, 'words': None, 'refs_defined': 1, 'refs_reused': 0, 'short_citations': 0, 'short_citations_matched': 0, 'citation_needed': 0, 'citation_needed_dates': []}
" "$tmp/out.jsonl" "$tmp"
printf 'Lead without a citation. It says more.\n\n== History ==\nThe bridge opened in 1932. It was the largest in Europe. It closed.<ref>Smith 1990.</ref>\n\n== Notes ==\n<references />\n' >"$tmp/figures.wiki"
"$bin" check --format jsonl "$tmp/figures.wiki" >"$tmp/out.jsonl"
check "jsonl: with the claims rules, the prose sentences and how many are covered" json_field "$tmp/out.jsonl" "d['figures'] == {'refs': 1, 'citation_points': 1, 'sentences': 5, 'covered_sentences': 3, 'words': 20, 'refs_defined': 1, 'refs_reused': 0, 'short_citations': 0, 'short_citations_matched': 0, 'citation_needed': 0, 'citation_needed_dates': []}"
"$bin" check --format sarif "$tmp/bad.wiki" "$tmp/warn.wiki" >"$tmp/out.sarif" 2>"$tmp/err"
check "sarif: exit 1 on problems" test $? -eq 1
check "sarif: nothing on stderr" test ! -s "$tmp/err"
check "sarif: 2.1.0 with results and UTF-16 columns" json_field "$tmp/out.sarif" "d['version'] == '2.1.0' and d['runs'][0]['columnKind'] == 'utf16CodeUnits' and [(r['ruleId'], r['level']) for r in d['runs'][0]['results']] == [('R001', 'error'), ('R022', 'warning')]"
check "sarif: every rule that ran, results pointing at theirs" json_field "$tmp/out.sarif" "len(d['runs'][0]['tool']['driver']['rules']) == $("$bin" rule | wc -l) and all(d['runs'][0]['tool']['driver']['rules'][r['ruleIndex']]['id'] == r['ruleId'] for r in d['runs'][0]['results'])"
"$bin" check --format sarif --select R001,C001 "$tmp/bad.wiki" >"$tmp/out.sarif"
check "sarif: only the rules selected" json_field "$tmp/out.sarif" "sorted(r['id'] for r in d['runs'][0]['tool']['driver']['rules']) == ['C001', 'R001']"
check "sarif: --exit-zero as in every format" exits 0 check --format sarif --exit-zero "$tmp/bad.wiki"
"$bin" check --format github "$tmp/bad.wiki" "$tmp/warn.wiki" "$tmp/info.wiki" >"$tmp/out" 2>"$tmp/err"
check "github: exit 1 on problems" test $? -eq 1
check "github: an error annotation" grep -q "^::error file=$tmp/bad.wiki,line=1,col=17,endLine=1,endColumn=18,title=R001 undefined-named-ref::named ref \"x\" is used but never defined%0Ahelp: give one use" "$tmp/out"
check "github: a warning with its help" grep -q "^::warning file=$tmp/warn.wiki,line=1,col=7,endLine=1,endColumn=13,title=R022 stray-ref-close::</ref> closes no ref; MediaWiki shows it as text%0Ahelp: remove it" "$tmp/out"
check "github: info is a notice" grep -q "^::notice file=$tmp/info.wiki,line=" "$tmp/out"
check "github: nothing but commands on stdout" sh -c "! grep -v '^::' '$tmp/out'"

# The sample article
check "the sample article has problems" exits 1 check "$fixtures/mek-rendered.txt"
check "--dialect rendered is accepted" exits 1 check --dialect rendered "$fixtures/mek-rendered.txt"
check "an unknown dialect is a usage error" exits 2 check --dialect html "$fixtures/mek-rendered.txt"

# Site profiles (--wiki, wiki = in .citelint.toml, citelint wikis)
printf 'A.<ref>{{cite web |url=https://example.org/a |title=A |date=1 Julie 2008}}</ref>\n<references />\n' >"$tmp/julie.wiki"
check "a page of an unknown wiki: another language's month is not taken for an error" exits 0 check "$tmp/julie.wiki"
check "--wiki enwiki: English Wikipedia's module refuses it" exits 1 check --wiki enwiki "$tmp/julie.wiki"
check "... saying so" grep -q "|date=1 Julie 2008" "$tmp/out"
check "--wiki afwiki: its month names are read as the English ones" exits 0 check --wiki afwiki --format gcc "$tmp/julie.wiki"
check "... and the date accepted" test ! -s "$tmp/out"
printf 'A.<ref>{{cite web |url=https://example.org/a |title=A |date=1ste Julie 2008}}</ref>\n<references />\n' >"$tmp/julie1ste.wiki"
check "--wiki afwiki: a shape English does not write is not checked" exits 0 check --wiki afwiki --format gcc "$tmp/julie1ste.wiki"
check "... which is said once, naming the wiki" grep -q "could not check 1 date written for afwiki's citation module" "$tmp/out"
check "--wiki takes a host or a subdomain" exits 1 check --wiki en.wikipedia.org "$tmp/julie.wiki"
check "an unknown wiki is a usage error" exits 2 check --wiki dewikki "$tmp/julie.wiki"
check "... with the closest known one" grep -q "unknown wiki 'dewikki' (did you mean 'dewiki'?)" "$tmp/err"
check "citelint wikis lists the profiles" exits 0 wikis
check "... with dbname, language and host" grep -q "^simplewiki	en	simple.wikipedia.org$" "$tmp/out"
mkdir -p "$tmp/wiki-en" "$tmp/wiki-bad"
cp "$tmp/julie.wiki" "$tmp/wiki-en/" && cp "$tmp/julie.wiki" "$tmp/wiki-bad/"
printf 'wiki = "enwiki"\n' >"$tmp/wiki-en/.citelint.toml"
check "wiki = in .citelint.toml says the wiki" exits 1 check "$tmp/wiki-en/julie.wiki"
check "... and --wiki over it" exits 0 check --wiki afwiki "$tmp/wiki-en/julie.wiki"
check "citelint config prints it" sh -c "'$bin' config '$tmp/wiki-en' | grep -q '^wiki = \"enwiki\"'"
printf '\nwiki = "englishwiki"\n' >"$tmp/wiki-bad/.citelint.toml"
check "an unknown wiki in .citelint.toml is an error" exits 2 check "$tmp/wiki-bad/julie.wiki"
check "... naming file, line and column" grep -q "^citelint: error: $tmp/wiki-bad/.citelint.toml:2:8: unknown wiki 'englishwiki'" "$tmp/err"
printf '{"title": "Julie", "wiki": "enwiki", "text": "A.<ref>{{cite web |url=https://example.org/a |title=A |date=1 Julie 2008}}</ref>\\n<references />"}\n' >"$tmp/lines.jsonl"
check "a JSON line names its wiki, which names the page (and may only silence checks)" sh -c "'$bin' check --format jsonl - <'$tmp/lines.jsonl' | grep '\"path\":\"enwiki:Julie\"' | grep -q 'could not check 1 date that may be written'"

# A dump's <siteinfo> names the wiki, but may silence checks only: DBpedia's test dumps carry
# English Wikipedia's over every language's pages.
page='Berlyn is groot.&lt;ref&gt;{{cite web |url=https://example.org/a |title=A |date=1 Julie 2008}}&lt;/ref&gt;
&lt;references /&gt;'
printf '<mediawiki version="0.10"><siteinfo><dbname>enwiki</dbname></siteinfo>\n<page><title>Berlyn</title><ns>0</ns><revision><text>%s</text></revision></page></mediawiki>\n' "$page" >"$tmp/sited.xml"
check "a dump said to be enwiki's: its Afrikaans dates are not taken for errors" exits 0 check --format gcc "$tmp/sited.xml"
check "... its page is named with the wiki" grep -q "^enwiki:Berlyn:" "$tmp/out"
check "--wiki enwiki says it is: they are" exits 1 check --wiki enwiki --format gcc "$tmp/sited.xml"
check "--wiki none: of an unknown wiki, whatever the dump says" exits 0 check --wiki none --format gcc "$tmp/sited.xml"
printf '<mediawiki version="0.10">\n<page><title>Berlyn</title><ns>0</ns><revision><text>%s</text></revision></page></mediawiki>\n' "$page" >"$tmp/unsited.xml"
printf '<mediawiki version="0.10">\n<page><title>Berlyn</title><ns>0</ns><revision><text>Used.&lt;ref name="x" /&gt;\n&lt;references /&gt;</text></revision></page></mediawiki>\n' >"$tmp/baselined.xml"
"$bin" check --write-baseline "$tmp/old-baseline.json" "$tmp/baselined.xml" >/dev/null 2>&1
check "a baseline of a dump's page by its title alone ..." grep -q 'baselined.xml#Berlyn"' "$tmp/old-baseline.json"
sed -i 's|<mediawiki version="0.10">|<mediawiki version="0.10"><siteinfo><dbname>enwiki</dbname></siteinfo>|' "$tmp/baselined.xml"
check "... the page then named with its wiki has its error ..." exits 1 check "$tmp/baselined.xml"
check "... which the baseline still holds" exits 0 check --baseline "$tmp/old-baseline.json" "$tmp/baselined.xml"
printf '== Geschichte ==\nA.<ref>{{cite web |url=https://example.org/a |title=A |publisher=P |acessdate=2008-08-18}}</ref>\n== Einzelnachweise ==\n<references />\n' >"$tmp/de-on-en.wiki"
check "--wiki enwiki on a page headed in another language: not judged" exits 0 check --wiki enwiki --format gcc "$tmp/de-on-en.wiki"
check "... and the note does not say enwiki's templates differ from English Wikipedia's" grep -q "another wiki's templates may take names" "$tmp/out"

# Another wiki's templates (--templates)
printf 'Text.{{sfn|Foo|1999}}\n* {{Cite Foo Encyclopedia |title=X}}\n{{Mes r\303\251f\303\251rences}}\n' >"$tmp/local.wiki"
printf '# our wiki\nwrapper\tCite Foo Encyclopedia\t\tFoo\t1999\nreference\tMes r\303\251f\303\251rences\tlist\n' >"$tmp/local.tsv"
check "without its templates a local wiki's page has problems" exits 1 check "$tmp/local.wiki"
check "--templates adds a wrapper and a reference list" exits 0 check --templates "$tmp/local.tsv" --fail-on info "$tmp/local.wiki"
printf 'reference\tListe\tlist\nwraper\tX\n' >"$tmp/bad.tsv"
check "a --templates file with an unknown catalogue exits 2" exits 2 check --templates "$tmp/bad.tsv" "$tmp/local.wiki"
check "... naming the file and the line" grep -q "bad.tsv: line 2: unknown catalogue 'wraper'" "$tmp/err"
check "a missing --templates file exits 2" exits 2 check --templates "$tmp/none.tsv" "$tmp/local.wiki"
# The day counted as today (CS1 date checks)
printf 'Read.<ref>{{cite web |url=https://example.org |title=T |access-date=2026-12-05}}</ref>\n<references />\n' >"$tmp/dated.wiki"
check "--today before an access date makes it future" exits 1 check --select T015 --today 2026-11-28 "$tmp/dated.wiki"
check "... and says so" grep -q "access-date=2026-12-05 is in the future" "$tmp/out"
check "--today after it lets it pass" exits 0 check --select T015 --today 2026-12-10 "$tmp/dated.wiki"
check "a malformed --today is a usage error" exits 2 check --today 2026-13-01 "$tmp/dated.wiki"
check "... and the message says what --today takes" grep -q "invalid date '2026-13-01' for --today (use YYYY-MM-DD" "$tmp/err"
check "--today is in --help" sh -c "'$bin' check --help | grep -q -- '--today'"

# The claims family's options
printf 'Lead without a citation. It says more.\n\n== History ==\nThe bridge opened in 1932. With 12,000 workers it was the largest factory in Europe. It closed.<ref>Smith 1990.</ref>\n\n== Notes ==\n<references />\n' >"$tmp/claims.wiki"
check "by default the lead and a paragraph's covered sentences pass" exits 0 check --select claims "$tmp/claims.wiki"
check "--claims-strict judges each sentence on its own" exits 1 check --select claims --claims-strict --format gcc "$tmp/claims.wiki"
check "... once, as C006, naming why" test "$(cat "$tmp/out")" = "$tmp/claims.wiki:4:28: warning: this sentence is likely to be challenged and has no citation of its own (a superlative (\"largest\"), a figure; score 0.55) [C006]"
printf 'Lead.\n\n== History ==\nThe bridge opened in 1932. Its builders were paid 300 dollars each. It closed.<ref>Smith 1990.</ref>\n\n== Notes ==\n<references />\n' >"$tmp/middle.wiki"
check "--claims-strict keeps a higher bar for a sentence with a citation later in its paragraph" exits 0 check --select claims --claims-strict "$tmp/middle.wiki"
check "--claims-lead checked reports the lead" exits 1 check --select C001 --claims-lead checked --format gcc "$tmp/claims.wiki"
check "... as a paragraph with no citation" grep -q "claims.wiki:1:1: warning: this paragraph of 2 sentences has no citation \[C001\]" "$tmp/out"
check "an unknown --claims-lead is a usage error" exits 2 check --claims-lead maybe "$tmp/claims.wiki"
printf '== History ==\nIt opened in 1932.<ref>Smith 1990.</ref>\n\n[[File:Bridge.jpg|thumb|In 1932 it was the longest bridge in Europe.]]\n\n== Notes ==\n<references />\n' >"$tmp/caption.wiki"
check "captions are not prose by default" exits 0 check --select claims "$tmp/caption.wiki"
check "--claims-captions judges them" exits 1 check --select C001 --claims-captions --format gcc "$tmp/caption.wiki"
check "... at the caption's first word" grep -q "caption.wiki:4:25: warning: this paragraph has no citation \[C001\]" "$tmp/out"
printf '== Broadcast ==\nIt ran for two seasons.<ref>Smith 1990.</ref>\n\n{| class="wikitable"\n! No. !! Summary !! Ref\n|-\n| 1 || It was the most watched episode of the whole decade. ||\n|-\n| 2 || The crew rebuilds the boat over one long winter. || <ref>Jones 2001.</ref>\n|}\n\n== Notes ==\n<references />\n' >"$tmp/table.wiki"
check "tables are not prose by default" exits 0 check --select claims "$tmp/table.wiki"
check "--claims-tables judges cells that hold sentences" exits 1 check --select C001 --claims-tables --format gcc "$tmp/table.wiki"
check "... the uncited cell only (the other's row cites it)" test "$(cat "$tmp/out")" = "$tmp/table.wiki:7:8: warning: this paragraph has no citation [C001]"

# explain: how the claims rules read the sentences at a place
printf '== History ==\nRosser (1939:225) defined it first. It was restated later.<ref>Kleene 1952.</ref>\n' >"$tmp/written.wiki"
check "explain a sentence by line and column" exits 0 explain "$tmp/claims.wiki:4:28"
check "... shows the sentence" grep -q "^  With 12,000 workers it was the largest factory in Europe.$" "$tmp/out"
check "... its coverage by the paragraph's citation" grep -q "coverage: covered by the citation at 4:" "$tmp/out"
check "... the features that fired with their weights" grep -q "^    superlative  *+0\.[0-9]*$" "$tmp/out"
check "... and the score against the thresholds, with the evidence" grep -q "^  score 0\.[0-9]* (logistic of .*), threshold 0\.[0-9]*, challenge threshold 0\.[0-9]*; evidence about its content 2\.0 .*: likely to be challenged" "$tmp/out"
check "... and the words that fired" grep -q '^  signs: "largest" (superlative)$' "$tmp/out"
check "explain --claims-strict lists the diagnostic on it" exits 0 explain --claims-strict "$tmp/claims.wiki:4:28"
check "... as C006" grep -q "4:28: warning\[C006\]: this sentence is likely to be challenged" "$tmp/out"
mkdir -p "$tmp/explain-strict"
cp "$tmp/claims.wiki" "$tmp/explain-strict/claims.wiki"
printf '[claims]\nstrict = true\n' >"$tmp/explain-strict/.citelint.toml"
check "explain reads the page with its configuration" exits 0 explain "$tmp/explain-strict/claims.wiki:4:28"
check "... as C006 under [claims] strict" grep -q "4:28: warning\[C006\]: this sentence is likely to be challenged" "$tmp/out"
check "... and --no-config leaves it out" exits 0 explain --no-config "$tmp/explain-strict/claims.wiki:4:28"
check "... so there is no C006" sh -c "! grep -q 'C006' '$tmp/out'"
check "explain a whole line: every sentence on it" exits 0 explain "$tmp/claims.wiki:4"
check "... three sentences" test "$(grep -c 'in its paragraph' "$tmp/out")" -eq 3
check "explain a heading: the section, as unreferenced-section reads it" exits 0 explain "$tmp/claims.wiki:3"
check "... its citations and prose" grep -q "its own text (to the next heading): 1 citation point, 1 paragraph of prose, 3 sentences" "$tmp/out"
check "explain a line with no prose: exit 1" exits 1 explain "$tmp/claims.wiki:7"
printf '== Media ==\n[[Sony Pictures Home Entertainment|Sony Wonder]] released it on VHS. It sold well.\n' >"$tmp/opening.wiki"
check "explain a column in the markup that opens a sentence: that sentence" exits 0 explain "$tmp/opening.wiki:2:3"
check "... named at its first visible character" grep -q "^$tmp/opening.wiki:2:36: sentence 1 of 2 in its paragraph" "$tmp/out"
check "... and not the next one" test "$(grep -c 'in its paragraph' "$tmp/out")" -eq 1
check "explain a sentence with a citation written as text" exits 0 explain --claims-strict "$tmp/written.wiki:2:1"
check "... attributed in its text" grep -q "coverage: attributed in its text" "$tmp/out"
check "... and judged whole" sh -c "! grep -q 'judged on its words after' '$tmp/out'"
check "explain past the end of the file is unusable input" exits 2 explain "$tmp/claims.wiki:99"
check "... naming the file and line" grep -q "claims.wiki:99: the file has" "$tmp/err"
check "explain without a line is a usage error" exits 2 explain "$tmp/claims.wiki"
check "explain a missing file is unusable input" exits 2 explain "$tmp/missing.wiki:1"

# Configuration: .citelint.toml, the nearest above each input; flags over it
mkdir -p "$tmp/conf/project/articles/deep" "$tmp/conf/other"
cp "$tmp/bad.wiki" "$tmp/conf/project/articles/deep/bad.wiki"
cp "$tmp/bad.wiki" "$tmp/conf/other/bad.wiki"
printf '# the project\nignore = ["undefined-named-ref"]\n' >"$tmp/conf/project/.citelint.toml"
check "a configuration two folders up is used" exits 0 check "$tmp/conf/project/articles/deep/bad.wiki"
check "... and not for an input outside its folder" exits 1 check "$tmp/conf/other/bad.wiki"
check "... each input its own in one run" exits 1 check "$tmp/conf/project/articles/deep/bad.wiki" "$tmp/conf/other/bad.wiki"
check "... and only the other's problem reported" sh -c "grep -q 'other/bad.wiki' '$tmp/out' && ! grep -q 'deep/bad.wiki' '$tmp/out'"
printf 'fail-on = "error"\n[severity]\nR001 = "warning"\n' >"$tmp/conf/project/articles/.citelint.toml"
check "the nearest configuration wins" exits 0 check --format gcc "$tmp/conf/project/articles/deep/bad.wiki"
check "... its severity applied" grep -q "deep/bad.wiki:1:17: warning: .*\[R001\]$" "$tmp/out"
check "a flag wins over the file" exits 1 check --fail-on warning "$tmp/conf/project/articles/deep/bad.wiki"
check "--select starts afresh: the file's ignore does not apply" exits 1 check --select R001 "$tmp/conf/project/articles/deep/bad.wiki" --fail-on warning
check "--severity wins over the file's" exits 1 check --severity R001=error "$tmp/conf/project/articles/deep/bad.wiki"
check "--no-config uses none" exits 1 check --format gcc --no-config "$tmp/conf/project/articles/deep/bad.wiki"
check "... and the rule keeps its own severity" grep -q "deep/bad.wiki:1:17: error: " "$tmp/out"
check "--config names the file for every input" exits 0 check --config "$tmp/conf/project/.citelint.toml" "$tmp/conf/other/bad.wiki"
check "stdin: from the current directory" sh -c "cd '$tmp/conf/project' && '$bin' check - <'$tmp/bad.wiki'"
check "... and without one, the defaults" sh -c "cd '$tmp/conf/other' && ! '$bin' check - <'$tmp/bad.wiki'"
printf 'fail-on = "error"\nselct = ["R001"]\n' >"$tmp/conf/other/.citelint.toml"
check "an unknown key is a usage error" exits 2 check "$tmp/conf/other/bad.wiki" "$tmp/clean.wiki"
check "... naming file, line and column and the closest key" grep -q "^citelint: error: $tmp/conf/other/.citelint.toml:2:1: unknown key 'selct' (did you mean 'select'?)$" "$tmp/err"
check "... with nothing else done" test ! -s "$tmp/out"
printf '[claims]\nlead = "sometimes"\n' >"$tmp/conf/other/.citelint.toml"
check "a value out of range is a usage error" exits 2 check "$tmp/conf/other/bad.wiki"
check "... naming its place and the choices" grep -q "other/.citelint.toml:2:8: invalid value 'sometimes' for 'lead' (use exempt or checked)$" "$tmp/err"
printf 'select = ["R001"\n' >"$tmp/conf/other/.citelint.toml"
check "a TOML syntax error is a usage error" exits 2 check "$tmp/conf/other/bad.wiki"
check "... naming file, line and column" grep -q "other/.citelint.toml:[0-9]*:[0-9]*: " "$tmp/err"
check "--no-config ignores a broken file" exits 1 check --no-config "$tmp/conf/other/bad.wiki"
check "a missing --config file is a usage error" exits 2 check --config "$tmp/conf/nope.toml" "$tmp/clean.wiki"
printf 'templates = ["ru.tsv"]\n[catalogue]\nuncited-section = ["Lesestoff"]\n' >"$tmp/conf/other/.citelint.toml"
check "a template file the configuration names is read from its folder" exits 2 check "$tmp/conf/other/bad.wiki"
check "... and named when missing" grep -q "conf/other/ru.tsv" "$tmp/err"
printf 'reference\tNachweisliste\tlist\n' >"$tmp/conf/other/ru.tsv"
printf 'Used.<ref name="x">Smith.</ref>\n\n{{Nachweisliste}}\n' >"$tmp/conf/other/ru.wiki"
check "... and its templates known" exits 0 check --select R025 --fail-on info "$tmp/conf/other/ru.wiki"
check "... which reports the missing list" exits 1 check --no-config --select R025 --fail-on info "$tmp/conf/other/ru.wiki"
printf '[catalogue]\nreference = [["Nachweisliste", "list"]]\n' >"$tmp/conf/other/.citelint.toml"
check "a catalogue row of the configuration is known" exits 0 check --select R025 --fail-on info "$tmp/conf/other/ru.wiki"
printf '[catalogue]\ncs1-parameter = [["local-id", "basic", "valid"]]\n' >"$tmp/conf/other/.citelint.toml"
printf 'Used.<ref>{{cite web |url=https://example.org/a |title=A |local-id=7}}</ref>\n\n== References ==\n<references />\n' >"$tmp/conf/other/cs1.wiki"
check "a wiki's own CS1 parameter in the configuration is accepted" exits 0 check --select unknown-citation-parameter --fail-on info "$tmp/conf/other/cs1.wiki"
check "... and unknown without it" exits 1 check --no-config --select unknown-citation-parameter --fail-on info "$tmp/conf/other/cs1.wiki"
printf '[catalogue]\nwrapper = [["Cite Foo", "Foo"]]\n' >"$tmp/conf/other/.citelint.toml"
check "a bad catalogue row is a usage error" exits 2 check "$tmp/conf/other/ru.wiki"
check "... at its place" grep -q "other/.citelint.toml:2:12: bad catalogue row: a wrapper row is" "$tmp/err"

# citelint config
(cd "$tmp/conf/project/articles/deep" && "$bin" config >"$tmp/out" 2>"$tmp/err")
check "config: from the current directory, the nearest file" grep -q "^# from $tmp/conf/project/articles/.citelint.toml" "$tmp/out"
check "config: every key with its value" sh -c "grep -q '^select = \[\"all\"\]$' '$tmp/out' && grep -q '^ignore = \[\]$' '$tmp/out' && grep -q '^fail-on = \"error\"$' '$tmp/out' && grep -q '^dialect = \"auto\"$' '$tmp/out' && grep -q '^cite-subreferencing = false$' '$tmp/out' && grep -q '^lead = \"exempt\"$' '$tmp/out' && grep -q '^source-section = \[\]$' '$tmp/out'"
check "config: the severity of every rule" grep -q '^R001 = "warning" # undefined-named-ref$' "$tmp/out"
cp "$tmp/out" "$tmp/conf/copied.toml"
check "config: its output is a configuration" exits 0 check --config "$tmp/conf/copied.toml" --format gcc "$tmp/conf/other/bad.wiki"
check "... with the same effect" grep -q "warning: .*\[R001\]$" "$tmp/out"
check "config PATH" sh -c "'$bin' config '$tmp/conf/project/articles/deep/bad.wiki' | grep -q '^# from $tmp/conf/project/articles/.citelint.toml'"
check "config --no-config: the defaults" sh -c "'$bin' config --no-config '$tmp/conf/project' | grep -q '^# the defaults (--no-config)'"
check "config --config FILE" sh -c "'$bin' config --config '$tmp/conf/project/.citelint.toml' '$tmp/conf/other' | grep -q '^ignore = \[\"undefined-named-ref\"\]$'"
check "config with a bad file exits 2" exits 2 config "$tmp/conf/other/.citelint.toml" --config "$tmp/conf/nope.toml"
mkdir -p "$tmp/conf/readme"
sed -n '/^# .citelint.toml$/,/^```$/p' "$(dirname "$0")/../docs/configuration.md" | sed '$d' >"$tmp/conf/readme/.citelint.toml"
: >"$tmp/conf/readme/ru-templates.tsv"
check "docs/configuration.md's example is a configuration" exits 0 config "$tmp/conf/readme"
check "... with its values" sh -c "grep -q '^fail-on = \"error\"$' '$tmp/out' && test \$(grep -c '^C0' '$tmp/out') -ge 1 && grep -q '^source-section = \[\"Литература\", ' '$tmp/out' && ! grep -q '^R025\|^R026' '$tmp/out'"

# Inline suppressions
printf 'Used.<ref name="x" /><!-- citelint-disable-line R001 -->\n<references />\n' >"$tmp/suppressed.wiki"
check "a suppressed problem does not fail" exits 0 check "$tmp/suppressed.wiki"
printf '<!-- citelint-disable R022 -->\nUsed.<ref name="x" />\n<references />\n' >"$tmp/unused.wiki"
check "an unused suppression is reported beside the problem" exits 1 check --format gcc "$tmp/unused.wiki"
check "... as S002 at the rule it names" grep -q "unused.wiki:1:23: warning: \"citelint-disable R022\" suppresses nothing: R022 reports nothing in its region \[S002\]" "$tmp/out"
check "... and not when that rule did not run" exits 1 check --format gcc --ignore R022 "$tmp/unused.wiki"
check "... (only R001 then)" test "$(cut -d' ' -f2- "$tmp/out")" = "error: named ref \"x\" is used but never defined [R001]"

# The baseline
mkdir -p "$tmp/repo/pages"
printf 'Intro.\nUsed.<ref name="x" /> Stray.</ref>\n<references />\n' >"$tmp/repo/pages/a.wiki"
printf 'Clean.<ref>Smith 2010.</ref>\n<references />\n' >"$tmp/repo/pages/b.wiki"
check "--write-baseline exits 0 despite problems" exits 0 check --write-baseline "$tmp/repo/baseline.json" "$tmp/repo/pages"
check "... says what it wrote" grep -q "wrote 2 problems of 2 files to the baseline $tmp/repo/baseline.json" "$tmp/err"
check "... and prints no diagnostics" test ! -s "$tmp/out"
check "... a versioned file, paths relative to it" grep -q '^    {"path":"pages/a.wiki","code":"R001","fingerprint":"[0-9a-f]\{16\}","occurrence":0,"message":"named ref \\"x\\" is used but never defined"},$' "$tmp/repo/baseline.json"
check "... written in one piece (no temporary file left)" test "$(ls "$tmp/repo")" = "$(printf 'baseline.json\npages')"
cp "$tmp/repo/baseline.json" "$tmp/first.json"
"$bin" check --write-baseline "$tmp/repo/baseline.json" "$tmp/repo/pages" 2>/dev/null
check "... the same again on the same pages" cmp -s "$tmp/repo/baseline.json" "$tmp/first.json"
check "with the baseline the known problems pass" exits 0 check --baseline "$tmp/repo/baseline.json" "$tmp/repo/pages"
check "... from another folder too" sh -c "cd '$tmp' && '$bin' check --baseline repo/baseline.json repo/pages/a.wiki"
printf 'New lead.\n\nIntro.\nUsed.<ref name="x" /> Stray.</ref>\nNew.<ref name="y" />\n<references />\n' >"$tmp/repo/pages/a.wiki"
check "a new problem fails, though the old ones moved" exits 1 check --format gcc --baseline "$tmp/repo/baseline.json" "$tmp/repo/pages"
check "... and only it is shown" test "$(cat "$tmp/out")" = "$tmp/repo/pages/a.wiki:5:16: error: named ref \"y\" is used but never defined [R001]"
check "... the summary counts the known ones" grep -q "baseline $tmp/repo/baseline.json: 2 known problems not shown; 0 entries no longer match" "$tmp/err"
printf 'Intro.\nUsed.<ref name="x" />\n<references />\n' >"$tmp/repo/pages/a.wiki"
check "a fixed problem's entry is only unused" exits 0 check --baseline "$tmp/repo/baseline.json" "$tmp/repo/pages"
check "... and counted" grep -q "1 known problem not shown; 1 entry no longer matches" "$tmp/err"
check "a missing baseline exits 2" exits 2 check --baseline "$tmp/none.json" "$tmp/repo/pages"
check "... naming it" grep -q "^citelint: error: baseline $tmp/none.json: No such file or directory$" "$tmp/err"
printf '{"version": 1, "entries": [' >"$tmp/corrupt.json"
check "a corrupt baseline exits 2" exits 2 check --baseline "$tmp/corrupt.json" "$tmp/repo/pages"
check "... naming it and why" grep -q "baseline $tmp/corrupt.json: not a citelint baseline" "$tmp/err"
check "writing the baseline again drops the fixed problem's entry" exits 0 check --baseline "$tmp/repo/baseline.json" --write-baseline "$tmp/repo/baseline.json" "$tmp/repo/pages"
check "... leaving one entry" test "$(grep -c '"path"' "$tmp/repo/baseline.json")" -eq 1
check "a baseline that cannot be written exits 2" exits 2 check --write-baseline "$tmp/no/such/folder/b.json" "$tmp/repo/pages"
check "... naming it and why" grep -q "baseline $tmp/no/such/folder/b.json: cannot create a temporary file beside it" "$tmp/err"
check "--write-baseline never overwrites an input" exits 2 check --write-baseline "$tmp/repo/pages/a.wiki" "$tmp/repo/pages"
check "... which is left alone" grep -q "^Intro.$" "$tmp/repo/pages/a.wiki"
check "... nor a file that is no baseline" exits 2 check --write-baseline "$tmp/local.tsv" "$tmp/repo/pages"
check "... which is left alone too" grep -q "^# our wiki$" "$tmp/local.tsv"

# Audit reports from JSON lines (citelint report)
"$bin" check --format jsonl "$tmp/bad.wiki" "$tmp/clean.wiki" >"$tmp/part1.jsonl"
"$bin" check --format jsonl "$tmp/warn.wiki" "$tmp/info.wiki" | gzip >"$tmp/part2.jsonl.gz"
head -n 1 "$tmp/part1.jsonl" >"$tmp/first.json"
check "jsonl: each diagnostic carries its source line" json_field "$tmp/first.json" "d['diagnostics'][0]['excerpt'] == 'Used.<ref name=\"x\" />'"
check "report: parts merged into one report" exits 0 report --format json --today 2026-01-01 "$tmp/part1.jsonl" "$tmp/part2.jsonl.gz"
check "... of every document" json_field "$tmp/out" "d['totals']['documents'] == 4 and d['totals']['errors'] == 1 and d['totals']['warnings'] == 1 and d['totals']['documents_with_problems'] == 3"
check "... with the worst page first and its excerpt" json_field "$tmp/out" "d['worst_pages']['pages'][0]['path'] == '$tmp/bad.wiki' and d['worst_pages']['pages'][0]['diagnostics'][0]['excerpt'] == 'Used.<ref name=\"x\" />'"
check "report: --worst-pages cuts the list of pages" exits 0 report --format json --worst-pages 1 "$tmp/part1.jsonl" "$tmp/part2.jsonl.gz"
check "... to the worst" json_field "$tmp/out" "[p['path'] for p in d['worst_pages']['pages']] == ['$tmp/bad.wiki']"
check "report: standard input" sh -c "'$bin' report --format markdown - <'$tmp/part1.jsonl' | grep -q '^| \`R001\` undefined-named-ref | references | 1 | 0 | 0 | 1 |\$'"
check "report: html by default" sh -c "'$bin' report '$tmp/part1.jsonl' | grep -q '^<!DOCTYPE html>'"
check "report: -o writes the file" exits 0 report -o "$tmp/report.html" "$tmp/part1.jsonl"
check "... with nothing on stdout" test ! -s "$tmp/out"
check "... a whole page" grep -q '^</html>$' "$tmp/report.html"
check "report: -o never overwrites an input" exits 2 report -o "$tmp/part1.jsonl" "$tmp/part1.jsonl"
check "... says so" grep -q "part1.jsonl: that is one of the inputs; not overwriting it" "$tmp/err"
check "... and leaves it alone" test "$(wc -l <"$tmp/part1.jsonl")" -eq 2
{ cat "$tmp/part1.jsonl"; echo '{"path": "x", "diagnostics": [1]}'; } >"$tmp/broken.jsonl"
check "report: a bad line exits 2" exits 2 report -o "$tmp/broken.html" "$tmp/broken.jsonl"
check "... naming the file and line" grep -q "^$tmp/broken.jsonl:3: error: diagnostics\[0\] is not an object$" "$tmp/err"
check "... and writes nothing" test ! -e "$tmp/broken.html"
printf '{"path": "x", "diagnostics": []}\nnot json\n' >"$tmp/broken.jsonl"
check "report: a line that is no JSON exits 2" exits 2 report "$tmp/broken.jsonl"
check "... naming the line" grep -q "^$tmp/broken.jsonl:2: error: not a JSON line: " "$tmp/err"
check "... with nothing on stdout" test ! -s "$tmp/out"
printf '{"path": "x", "diagnostics": []}\n[[1E555455\n' >"$tmp/huge.jsonl"
check "report: a number too large to read is a bad line, not an internal error" exits 2 report "$tmp/huge.jsonl"
check "... naming the line" grep -q "^$tmp/huge.jsonl:2: error: not a JSON line: number overflow parsing '1E555455'$" "$tmp/err"
check "report: a missing input exits 2" exits 2 report "$tmp/nope.jsonl"
check "... naming it" grep -q "nope.jsonl: cannot read: No such file or directory" "$tmp/err"
check "report: no input is a usage error" exits 2 report
check "report: an unknown format is a usage error" exits 2 report --format pdf "$tmp/part1.jsonl"
check "report: a bad --today is a usage error" exits 2 report --today 2026-02-30 "$tmp/part1.jsonl"
# Pages, folders and dumps are checked by the report itself, as check would with its options
"$bin" check --format jsonl --today 2026-01-01 "$tmp/bad.wiki" "$tmp/clean.wiki" "$tmp/pages.xml" >"$tmp/pages.jsonl"
"$bin" report --format json --today 2026-01-01 "$tmp/pages.jsonl" >"$tmp/from-lines.json"
check "report: pages checked in-process" exits 0 report --format json --today 2026-01-01 -j 2 "$tmp/bad.wiki" "$tmp/clean.wiki" "$tmp/pages.xml"
check "... give the report their JSON lines give" cmp "$tmp/out" "$tmp/from-lines.json"
check "report: JSON lines and pages together" exits 0 report --format json --today 2026-01-01 "$tmp/part1.jsonl" "$tmp/pages.xml"
check "... are one report" json_field "$tmp/out" "d['totals']['documents'] == 62"
check "report: the check options apply" exits 0 report --format json --select R022 "$tmp/bad.wiki" "$tmp/warn.wiki"
check "... (only R022 counted)" json_field "$tmp/out" "[r['code'] for r in d['rules']] == ['R022']"
check "report: a page that cannot be read exits 2" exits 2 report -o "$tmp/missing.html" "$tmp/bad.wiki" "$tmp/missing.wiki"
check "... naming it" grep -q "missing.wiki: no such file or folder" "$tmp/err"
check "... and writes nothing" test ! -e "$tmp/missing.html"
check "report: a bad check option is a usage error" exits 2 report --select R999 "$tmp/bad.wiki"
check "... even when every input is JSON lines" exits 2 report --select R999 "$tmp/pages.jsonl"
printf 'Caf\351 text.<ref name="\377" />\n' >"$tmp/latin1.wiki"
"$bin" check --format jsonl --today 2026-01-01 "$tmp/latin1.wiki" >"$tmp/latin1.jsonl"
"$bin" report --format html --today 2026-01-01 "$tmp/latin1.jsonl" >"$tmp/from-lines.html"
check "report: a page that is not UTF-8 checked in-process" exits 0 report --format html --today 2026-01-01 "$tmp/latin1.wiki"
check "... gives the report its JSON line gives" cmp "$tmp/out" "$tmp/from-lines.html"
# Links to the pages (issue 16, part 4): from the dump's <siteinfo>, --wiki or --site-url
cat >"$tmp/site.xml" <<'DUMP'
<mediawiki><siteinfo><sitename>Vikipedeja</sitename><dbname>ltgwiki</dbname>
<base>https://ltg.wikipedia.org/wiki/Suoku_puslopa</base></siteinfo>
<page><title>Rēzekne &amp; "Co"</title><ns>0</ns><revision><text>Used.&lt;ref name="x" /&gt;</text></revision></page>
</mediawiki>
DUMP
"$bin" check --format jsonl "$tmp/site.xml" >"$tmp/site.jsonl"
check "jsonl: a dump's page carries its title and addresses" json_field "$tmp/site.jsonl" "d['page'] == {'title': 'Rēzekne & \"Co\"', 'url': 'https://ltg.wikipedia.org/wiki/R%C4%93zekne_%26_%22Co%22', 'edit_url': 'https://ltg.wikipedia.org/w/index.php?title=R%C4%93zekne_%26_%22Co%22&action=edit'}"
check "... and the input it came from" json_field "$tmp/site.jsonl" "d['input'] == {'file': 'site.xml', 'sitename': 'Vikipedeja', 'dbname': 'ltgwiki'}"
check "... and where in the excerpt its span is" json_field "$tmp/site.jsonl" "[x['excerpt_span'] for x in d['diagnostics'] if x['code'] == 'R001'] == [{'start': 16, 'end': 17}]"
check "jsonl: a file carries no page" json_field "$tmp/first.json" "'page' not in d and 'input' not in d"
check "check --site-url links elsewhere" exits 0 check --exit-zero --format jsonl --site-url 'https://wiki.example.org/w/index.php?title=$1' "$tmp/site.xml"
check "... with the edit page on the article's address" json_field "$tmp/out" "d['page']['url'] == 'https://wiki.example.org/w/index.php?title=R%C4%93zekne_%26_%22Co%22' and d['page']['edit_url'] == d['page']['url'] + '&action=edit'"
check "--site-url takes only a web address" exits 2 check --site-url 'javascript:alert(1)' "$tmp/site.xml"
check "... and says what it takes" grep -q "site-url takes the address a page's title follows" "$tmp/err"
check "report: links and names the dump" exits 0 report --format markdown --today 2026-01-01 "$tmp/site.jsonl"
check "... its pages linked" grep -qF '[ltgwiki:Rēzekne \& "Co"](<https://ltg.wikipedia.org/wiki/R%C4%93zekne_%26_%22Co%22>) ([edit](<https://ltg.wikipedia.org/w/index.php?title=R%C4%93zekne_%26_%22Co%22&action=edit>))' "$tmp/out"
check "... the dump named" grep -qF 'Audited: site.xml (Vikipedeja, ltgwiki): 1 page.' "$tmp/out"
check "... a worklist with the span under carets" sh -c "grep -q '^#### error: \`R001\` undefined-named-ref (1 page)\$' '$tmp/out' && grep -qx '                   \^' '$tmp/out'"
check "report: --wiki links the lines' pages to that wiki" exits 0 report --format json --wiki lvwiki "$tmp/site.jsonl"
check "... and says so" json_field "$tmp/out" "d['worst_pages']['pages'][0]['url'] == 'https://lv.wikipedia.org/wiki/R%C4%93zekne_%26_%22Co%22' and d['audited']['linked_wiki'] == 'https://lv.wikipedia.org/wiki/ (lvwiki)'"
check "report: --site-url too, and checked in-process the same" exits 0 report --format json --today 2026-01-01 --site-url https://wiki.example.org/wiki "$tmp/site.xml"
cp "$tmp/out" "$tmp/relinked-in-process.json"
check "... as the page's JSON line" exits 0 report --format json --today 2026-01-01 --site-url https://wiki.example.org/wiki "$tmp/site.jsonl"
check "... gives" cmp "$tmp/out" "$tmp/relinked-in-process.json"
check "... links there" json_field "$tmp/out" "d['worklists']['rules'][0]['pages'][0]['edit_url'] == 'https://wiki.example.org/wiki/R%C4%93zekne_%26_%22Co%22?action=edit'"
check "report: pages of an unknown wiki link nowhere" exits 0 report --format html --today 2026-01-01 "$tmp/pages.xml"
check "... (no address at all)" sh -c "! grep -q 'href=\"http' '$tmp/out'"

# Fixing: --fix, --unsafe-fixes, --diff
mkdir "$tmp/fix"
printf 'A.<ref name="Sun">Sun, A. (2001). Light. Oxford.</ref> B.<ref name="sun"/>\nC.<ref>Moon.</ref></ref>\n' >"$tmp/fix/page.wiki"
cp "$tmp/fix/page.wiki" "$tmp/fix/original.wiki"
chmod 640 "$tmp/fix/page.wiki"
check "--diff prints the safe fixes and exits 1" exits 1 check --no-config --diff "$tmp/fix/page.wiki"
check "... as a unified diff of the page" sh -c "head -2 '$tmp/out' | grep -q '^+++ $tmp/fix/page.wiki$' && grep -q '^-A.<ref name=\"Sun\">' '$tmp/out'"
check "... the misspelt name, not the unsafe removal of the doubled </ref>" sh -c "grep -q '^+A.*<ref name=\"Sun\"/>$' '$tmp/out' && grep -q '^ C.<ref>Moon.</ref></ref>$' '$tmp/out'"
check "... and says what it would fix" grep -q "^would fix 1 problem in 1 document$" "$tmp/err"
check "... without writing" cmp "$tmp/fix/page.wiki" "$tmp/fix/original.wiki"
cp "$tmp/out" "$tmp/fix.diff"
check "--diff --unsafe-fixes adds the unsafe fixes" exits 1 check --no-config --diff --unsafe-fixes "$tmp/fix/page.wiki"
check "... the stray </ref> removed; no list, as nothing says the page's language" sh -c "grep -q '^+C.<ref>Moon.</ref>$' '$tmp/out' && ! grep -q 'References' '$tmp/out'"
check "--fix writes the safe fixes" exits 1 check --no-config --fix "$tmp/fix/page.wiki"
check "... and reports what is left" sh -c "grep -q 'warning\\[R022\\]' '$tmp/out' && grep -q '^fixed 1 problem in 1 document$' '$tmp/err' && grep -q '^1 with --fix --unsafe-fixes$' '$tmp/err'"
check "... the file as --diff showed it (patch applies the diff to the original)" sh -c "cp '$tmp/fix/original.wiki' '$tmp/patched.wiki' && patch -s '$tmp/patched.wiki' '$tmp/fix.diff' && cmp '$tmp/patched.wiki' '$tmp/fix/page.wiki'"
check "... keeping the file's permissions" sh -c "[ \$(stat -c %a '$tmp/fix/page.wiki') = 640 ]"
check "... and leaving no temporary file" sh -c "[ \$(ls '$tmp/fix' | wc -l) -eq 2 ]"
check "a second --fix changes nothing" exits 1 check --no-config --fix "$tmp/fix/page.wiki"
check "... and says so" grep -q "^nothing fixed$" "$tmp/err"
check "--fix --unsafe-fixes fixes the rest" exits 0 check --no-config --fix --unsafe-fixes "$tmp/fix/page.wiki"
check "... and the page is clean" exits 0 check --no-config "$tmp/fix/page.wiki"
check "--diff with nothing to fix exits 0" exits 0 check --no-config --diff "$tmp/fix/page.wiki"
check "--unsafe-fixes alone is a usage error" exits 2 check --unsafe-fixes "$tmp/fix/page.wiki"
check "... saying what it goes with" grep -q "unsafe-fixes goes with --fix or --diff" "$tmp/err"
check "--fix cannot write to standard input" exits 2 check --fix -
check "--fix with --statistics is a usage error" exits 2 check --fix --statistics "$tmp/fix/page.wiki"
printf '<mediawiki><siteinfo><dbname>enwiki</dbname></siteinfo><page><title>T</title><ns>0</ns><revision><text>A.&lt;ref name=&quot;Sun&quot;&gt;Sun, A. (2001). Light.&lt;/ref&gt; B.&lt;ref name=&quot;sun&quot;/&gt;</text></revision></page></mediawiki>\n' >"$tmp/fix/dump.xml"
cp "$tmp/fix/dump.xml" "$tmp/fix/dump.orig"
check "--fix does not write into a dump" exits 2 check --no-config --fix "$tmp/fix/dump.xml"
check "... says so, naming it" grep -q "dump.xml: --fix does not write into dumps" "$tmp/err"
check "... and leaves it as it was" cmp "$tmp/fix/dump.xml" "$tmp/fix/dump.orig"
check "--diff shows a dump page's fixes" exits 1 check --no-config --diff "$tmp/fix/dump.xml"
check "... named by the page" grep -q "^+++ enwiki:T$" "$tmp/out"
printf 'x.<ref name="a"/> \033[31m\n<ref name="A">A.</ref>\n<references />\n' >"$tmp/fix/esc.wiki"
check "--diff to a terminal-less pipe keeps the page's bytes" exits 1 check --no-config --diff "$tmp/fix/esc.wiki"
check "... as patch needs them" sh -c "grep -q \"\$(printf '\\033')\" '$tmp/out'"

# --diff-base: the change since a git revision is judged, with real git
rm -rf "$tmp/repo" && mkdir "$tmp/repo" # the baseline tests above used this name too
printf 'Old.<ref name="gone"/>\n\nText.\n\n<references />\n' >"$tmp/repo/page.wiki"
(cd "$tmp/repo" && git init -q && git add page.wiki && git -c user.name=t -c user.email=t@example.org commit -q -m base)
check "--diff-base: an untouched page with an old error passes" exits 0 check --no-config --diff-base HEAD "$tmp/repo/page.wiki"
printf 'Old.<ref name="gone"/>\n\nText, changed.<ref name="new"/>\n\n<references />\n' >"$tmp/repo/page.wiki"
check "... a line the change adds a problem to fails" exits 1 check --no-config --format gcc --diff-base HEAD "$tmp/repo/page.wiki"
check "... with that problem alone" sh -c "grep -q ':3:.*\"new\"' '$tmp/out' && ! grep -q '\"gone\"' '$tmp/out'"
printf 'Kept.<ref name="k">K.</ref>\n\nUse.<ref name="k"/>\n\n<references />\n' >"$tmp/repo/two.wiki"
(cd "$tmp/repo" && git add two.wiki && git -c user.name=t -c user.email=t@example.org commit -q -m two)
printf 'Kept.<ref>K.</ref>\n\nUse.<ref name="k"/>\n\n<references />\n' >"$tmp/repo/two.wiki"
check "... a name the change leaves undefined on a line it did not touch fails" exits 1 check --no-config --format gcc --diff-base HEAD "$tmp/repo/two.wiki"
check "... reported where it is used" grep -q "two.wiki:3:.*named ref \"k\" is used but never defined" "$tmp/out"
printf 'New.<ref name="n"/>\n' >"$tmp/repo/new.wiki"
check "... a page the revision does not have is judged whole" exits 1 check --no-config --diff-base HEAD "$tmp/repo/new.wiki"
check "... an unknown revision is a usage error" exits 2 check --diff-base no-such-rev "$tmp/repo/page.wiki"
check "... saying so" grep -q "git knows no commit 'no-such-rev'" "$tmp/err"
check "... so is a page outside any git work tree" exits 2 check --diff-base HEAD "$tmp/bad.wiki"
check "... and standard input" exits 2 check --diff-base HEAD -

# Rule documentation
"$bin" rule >"$tmp/out"
check "rule lists every rule" sh -c "[ \$(grep -c '^R[0-9][0-9][0-9] ' '$tmp/out') -ge 26 ]"
"$bin" rule R001 >"$tmp/out"
check "rule CODE prints every section" sh -c "grep -q '^## What it finds' '$tmp/out' && grep -q '^## Why it matters' '$tmp/out' && grep -q '^## Example' '$tmp/out' && grep -q '^## Options' '$tmp/out'"
check "rule NAME works too" exits 0 rule undefined-named-ref
check "an unknown rule exits 2" exits 2 rule R999
"$bin" rule --format json >"$tmp/out"
check "rule --format json has the metadata" sh -c "grep -q '\"code\": \"R001\"' '$tmp/out' && grep -q '\"family\": \"references\"' '$tmp/out' && grep -q '\"mediawiki_keys\"' '$tmp/out' && grep -q 'cite_error_references_no_text' '$tmp/out' && grep -q '\"summary\"' '$tmp/out' && grep -q '\"severity\": \"error\"' '$tmp/out'"
"$bin" rule R006 --format json >"$tmp/out"
check "rule CODE --format json lists both keys of R006" sh -c "grep -q cite_error_ref_too_many_keys '$tmp/out' && grep -q cite_error_ref_parameter_suggestion '$tmp/out'"
check "--version" sh -c "'$bin' --version | grep -q '^citelint [0-9]'"

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
