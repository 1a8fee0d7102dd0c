#!/bin/sh
# The differential test: a real MediaWiki (Debian 12's 1.39 with Cite, on SQLite, made in a
# temporary folder by ../shared/tools/mw-oracle/setup.sh) renders a fixed set of pages, and
# every Cite error it shows must be one citelint reports on the same page, and the other way
# round, unless tests/mw_oracle_allow.tsv lists the difference with its reason.
#   sh tests/mw_oracle_test.sh path/to/citelint SOURCE_DIR SHARED_DIR
# The pages: every probe of SHARED_DIR/tools/mw-oracle/probes, the corpus articles listed in
# tests/mw_oracle_pages.txt, and the project's own probes, tests/mw_oracle/*.wiki.
set -u
bin=$1
src=$2
shared=$3
oracle=$shared/tools/mw-oracle
mw=${MW_INSTALL_PATH:-/usr/share/mediawiki}

fail() {
  echo "mw-oracle: $*" >&2
  exit 1
}
# A log that may quote a page, without its control characters (escape sequences and the like).
show_log() {
  LC_ALL=C tr -d '\001-\010\013\014\016-\037\177' <"$1" >&2
}
[ -f "$oracle/setup.sh" ] || fail "no $oracle/setup.sh: ../shared must be beside the checkout"
command -v php >/dev/null 2>&1 && [ -f "$mw/maintenance/install.php" ] &&
  php -r 'exit(extension_loaded("sqlite3") ? 0 : 1);' 2>/dev/null ||
  fail "MediaWiki, php-cli or php-sqlite3 is missing: run sh tools/install-deps.sh test" \
       "(Debian packages mediawiki php-cli php-sqlite3)"

work=$(mktemp -d) || fail "mktemp failed"
trap 'rm -rf "$work"' EXIT
pages=$work/pages
mkdir "$pages"

# One folder of pages, each under its own file name (the comparison goes by file name).
add_page() {
  [ -f "$1" ] || fail "page $1 is missing"
  name=$(basename "$1")
  [ -e "$pages/$name" ] && fail "two pages are named $name"
  cp "$1" "$pages/$name"
}
for f in "$oracle"/probes/*.wiki "$src"/tests/mw_oracle/*.wiki; do
  add_page "$f"
done
while IFS= read -r line; do
  case $line in '' | '#'*) continue ;; esac
  add_page "$shared/corpus/articles/$line"
done <"$src/tests/mw_oracle_pages.txt"

sh "$oracle/setup.sh" "$work/wiki" >"$work/setup.log" 2>&1 || {
  show_log "$work/setup.log"
  fail "setup.sh could not make the wiki"
}
python3 "$oracle/run_oracle.py" --wiki "$work/wiki" "$work/oracle.jsonl" "$pages" 2>"$work/oracle.log" || {
  show_log "$work/oracle.log"
  fail "run_oracle.py failed"
}
tail -n 1 "$work/oracle.log" | LC_ALL=C tr -d '\001-\010\013\014\016-\037\177'
"$bin" rule --format json >"$work/rules.json" || fail "citelint rule failed"
"$bin" check --no-config --select references,T010 --format jsonl --exit-zero -q "$pages" \
  >"$work/citelint.jsonl" || fail "citelint check failed"
python3 "$src/tests/mw_oracle_compare.py" "$work/rules.json" "$work/oracle.jsonl" \
  "$work/citelint.jsonl" "$src/tests/mw_oracle_allow.tsv"
