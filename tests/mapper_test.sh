#!/bin/sh
# Mapper mode (README "Mapper mode"): a dump cut into parts of <page> fragments, each piped
# through citelint as Hadoop Streaming's StreamXmlRecordReader hands it to a mapper, gives
# together the JSON lines of the whole dump; compressed parts the same; JSON lines of documents
# (Spark's RDD.pipe) are checked as the same texts in files are, a bad line aside.
#   sh tests/mapper_test.sh path/to/citelint path/to/corpus/dumps
bin=$1
dump=$2/gensim/enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2
[ -f "$dump" ] || { echo "no $dump: ../shared must be beside the checkout"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

check() { # description, then a command that must succeed
  description=$1; shift
  if "$@" >/dev/null 2>&1; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $description"; fi
}
mapper() { # citelint as a mapper: standard input to JSON lines, any arguments added
  "$bin" check --no-config --exit-zero --format jsonl "$@" -
}

"$bin" check --no-config --exit-zero --format jsonl "$dump" >"$tmp/whole.jsonl"
# Each <page> record from <page> to </page>, followed by a tab and a newline as Hadoop
# Streaming writes a record with an empty value; the first half of the pages in one part.
bzip2 -dc "$dump" | awk -v parts="$tmp/part" '
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
check "the dump has documents" test -s "$tmp/whole.jsonl"
check "the dump was cut into two parts" test -s "$tmp/part2"
mapper <"$tmp/part1" >"$tmp/part1.jsonl" 2>"$tmp/err1"
mapper <"$tmp/part2" >"$tmp/part2.jsonl" 2>"$tmp/err2"
cat "$tmp/part1.jsonl" "$tmp/part2.jsonl" >"$tmp/parts.jsonl"
check "the parts' JSON lines are the whole dump's" cmp "$tmp/parts.jsonl" "$tmp/whole.jsonl"
check "... and the mappers said nothing on stderr" test ! -s "$tmp/err1" -a ! -s "$tmp/err2"
gzip -c "$tmp/part1" | mapper >"$tmp/gzip.jsonl"
check "a gzip part gives the same lines" cmp "$tmp/gzip.jsonl" "$tmp/part1.jsonl"
bzip2 -c "$tmp/part2" | mapper >"$tmp/bzip2.jsonl"
check "a bzip2 part gives the same lines" cmp "$tmp/bzip2.jsonl" "$tmp/part2.jsonl"
bzip2 -dc "$dump" | mapper >"$tmp/stdin.jsonl"
check "a whole dump on standard input gives the same lines" cmp "$tmp/stdin.jsonl" "$tmp/whole.jsonl"

# JSON lines of documents, with a bad line among them.
printf 'Used.<ref name="x" />\n<references />\n' >"$tmp/Alpha"
printf 'Stray.</ref>\n' >"$tmp/Beta"
printf '%s\n' '{"title": "Alpha", "text": "Used.<ref name=\"x\" />\n<references />\n"}' \
  '{"title": "Beta"' '{"title": "Beta", "text": "Stray.</ref>\n"}' >"$tmp/documents.jsonl"
"$bin" check --no-config --format gcc - <"$tmp/documents.jsonl" >"$tmp/lines.gcc" 2>"$tmp/lines.err"
check "a bad JSON line exits 2" test $? -eq 2
check "... and says which line" grep -q "^citelint: error: <stdin>:2: " "$tmp/lines.err"
(cd "$tmp" && "$bin" check --no-config --format gcc Alpha Beta) >"$tmp/files.gcc"
check "the other lines are checked as the same texts in files are" cmp "$tmp/lines.gcc" "$tmp/files.gcc"
"$bin" check --no-config --stdin-format wikitext --format gcc - <"$tmp/documents.jsonl" >"$tmp/as_text" 2>&1
check "--stdin-format wikitext reads them as one document" grep -q "^<stdin>:" "$tmp/as_text"
printf '{{Infobox person}}\nText.\n' | "$bin" check --no-config --format jsonl - >"$tmp/infobox.jsonl"
check "wikitext starting with {{ stays wikitext" grep -q '"path":"<stdin>"' "$tmp/infobox.jsonl"

echo "mapper: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
