#!/bin/sh
# Mapper mode (docs/dumps.md, "Mapper mode"): a dump cut into parts of <page> fragments, each piped
# through citelint as Hadoop Streaming's StreamXmlRecordReader hands it to a mapper, gives
# together the JSON lines of the whole dump; compressed parts the same; JSON lines of documents
# (Spark's RDD.pipe) are checked as the same texts in files are, a bad line aside; UTF-16
# fragments as the UTF-16 dump they come from; a newer export schema with a warning.
#   sh tests/mapper_test.sh path/to/citelint path/to/corpus/dumps
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") # absolute: a check runs in another folder
dump=$2/gensim/enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2
[ -f "$dump" ] || { echo "no $dump: ../shared must be beside the checkout"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
expect() { # what is expected, then a command that says whether it is so
  what=$1; shift
  "$@" >/dev/null 2>&1 || { echo "FAILED: $what"; failures=$((failures + 1)); }
}
mapper() { # citelint as a mapper: standard input to JSON lines, any arguments added
  "$bin" check --no-config --exit-zero --format jsonl "$@" -
}
# Whether two files hold the same JSON lines but for "input", which names where the pages were
# read from (the dump's file and <siteinfo>, or <stdin> for a part) and so differs by design.
same_pages() {
  python3 -c '
import json, sys
def pages(name):
    lines = [json.loads(line) for line in open(name, encoding="utf-8")]
    for line in lines:
        line.pop("input", None)
    return lines
sys.exit(0 if pages(sys.argv[1]) == pages(sys.argv[2]) else 1)' "$1" "$2"
}

# The parts are told their wiki (--wiki), which the user says of the whole dump too: a wiki said
# by the user is read more strictly than one only the dump's <siteinfo> says.
"$bin" check --no-config --exit-zero --format jsonl --wiki enwiki "$dump" >"$work/whole.jsonl"
"$bin" check --no-config --exit-zero --format jsonl "$dump" >"$work/sited.jsonl"
# Each <page> record from <page> to </page>, followed by a tab and a newline as Hadoop
# Streaming writes a record with an empty value; the first half of the pages in one part.
bzip2 -dc "$dump" | awk -v parts="$work/part" '
  /<page>/ { pages++ }
  { lines[NR] = $0; page_of[NR] = pages }
  END {
    for (i = 1; i <= NR; i++) {
      line = lines[i]
      if (line ~ /<page>/) { inside = 1; sub(/^[ \t]+/, "", line) }
      if (!inside) continue
      file = parts (page_of[i] <= pages / 2 ? 1 : 2)
      if (line ~ /<\/page>/) { inside = 0; printf "%s\t\n", line > file } else print line > file
    }
  }'
expect "the dump has documents" test -s "$work/whole.jsonl"
expect "... named with the wiki its <siteinfo> names" grep -q '"path":"enwiki:' "$work/sited.jsonl"
expect "the dump was cut into two parts" test -s "$work/part2"
mapper --wiki enwiki <"$work/part1" >"$work/part1.jsonl" 2>"$work/err1"
mapper --wiki enwiki <"$work/part2" >"$work/part2.jsonl" 2>"$work/err2"
cat "$work/part1.jsonl" "$work/part2.jsonl" >"$work/parts.jsonl"
expect "the parts' JSON lines are the whole dump's" same_pages "$work/parts.jsonl" "$work/whole.jsonl"
expect "... and the mappers said nothing on stderr" test ! -s "$work/err1" -a ! -s "$work/err2"
mapper <"$work/part1" >"$work/unnamed.jsonl"
expect "parts not told their wiki name their pages by title alone" sh -c "! grep -q '\"path\":\"enwiki:' '$work/unnamed.jsonl' && grep -q '\"path\":\"' '$work/unnamed.jsonl'"
gzip -c "$work/part1" | mapper --wiki enwiki >"$work/gzip.jsonl"
expect "a gzip part gives the same lines" cmp "$work/gzip.jsonl" "$work/part1.jsonl"
bzip2 -c "$work/part2" | mapper --wiki enwiki >"$work/bzip2.jsonl"
expect "a bzip2 part gives the same lines" cmp "$work/bzip2.jsonl" "$work/part2.jsonl"
bzip2 -dc "$dump" | mapper --wiki enwiki >"$work/stdin.jsonl"
expect "a whole dump on standard input gives the same lines" same_pages "$work/stdin.jsonl" "$work/whole.jsonl"

# A UTF-16 dump's pages as UTF-16 fragments with a byte order mark.
utf16=$2/gensim/bgwiki-latest-pages-articles-shortened.xml.bz2
"$bin" check --no-config --exit-zero --format jsonl --wiki bgwiki "$utf16" >"$work/utf16_whole.jsonl"
bzip2 -dc "$utf16" | iconv -f UTF-16 -t UTF-8 | awk '/<page>/ { inside = 1 } inside { print } /<\/page>/ { inside = 0 }' |
  iconv -f UTF-8 -t UTF-16 | mapper --wiki bgwiki >"$work/utf16_part.jsonl"
expect "UTF-16 fragments give the whole UTF-16 dump's lines" same_pages "$work/utf16_part.jsonl" "$work/utf16_whole.jsonl"
expect "... which has a page" test -s "$work/utf16_whole.jsonl"

# JSON lines of documents, with a bad line among them.
printf 'Used.<ref name="x" />\n<references />\n' >"$work/Alpha"
printf 'Stray.</ref>\n' >"$work/Beta"
printf '%s\n' '{"title": "Alpha", "text": "Used.<ref name=\"x\" />\n<references />\n"}' \
  '{"title": "Beta"' '{"title": "Beta", "text": "Stray.</ref>\n"}' >"$work/documents.jsonl"
"$bin" check --no-config --format gcc - <"$work/documents.jsonl" >"$work/lines.gcc" 2>"$work/lines.err"
expect "a bad JSON line exits 2" test $? -eq 2
expect "... and says which line" grep -q "^citelint: error: <stdin>:2:[0-9]*:* " "$work/lines.err"
(cd "$work" && "$bin" check --no-config --format gcc Alpha Beta) >"$work/files.gcc"
expect "the other lines are checked as the same texts in files are" cmp "$work/lines.gcc" "$work/files.gcc"
{ head -n 1 "$work/documents.jsonl"; i=0; while [ $i -lt 150 ]; do echo "not a document"; i=$((i + 1)); done; tail -n 1 "$work/documents.jsonl"; } |
  "$bin" check --no-config --format gcc - >"$work/many.gcc" 2>"$work/many.err"
expect "many bad lines: the first 100 are named" test "$(grep -c '^citelint: error: <stdin>:[0-9]*:' "$work/many.err")" -eq 100
expect "... the others counted" grep -q '^citelint: error: <stdin>: 50 more lines are not documents$' "$work/many.err"
expect "... and the lines after them checked" cmp "$work/many.gcc" "$work/files.gcc"
"$bin" check --no-config --stdin-format wikitext --format gcc - <"$work/documents.jsonl" >"$work/as_text" 2>&1
expect "--stdin-format wikitext reads them as one document" grep -q "^<stdin>:" "$work/as_text"
printf '{{Infobox person}}\nText.\n' | "$bin" check --no-config --format jsonl - >"$work/infobox.jsonl"
expect "wikitext starting with {{ stays wikitext" grep -q '"path":"<stdin>"' "$work/infobox.jsonl"

# A newer export schema is read, with a warning that does not fail the run.
printf '<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.12/" version="0.12">\n<page><title>A</title><ns>0</ns><revision><text>Text.</text></revision></page>\n</mediawiki>\n' |
  "$bin" check --no-config --format jsonl - >"$work/newer.jsonl" 2>"$work/newer.err"
expect "a newer schema exits 0" test $? -eq 0
expect "... gives its page" grep -q '"path":"A"' "$work/newer.jsonl"
expect "... and warns" grep -qx "citelint: warning: <stdin>: export schema 0.12 is newer than 0.11; read as 0.11" "$work/newer.err"

echo "mapper: $failures failed"
[ "$failures" -eq 0 ]
