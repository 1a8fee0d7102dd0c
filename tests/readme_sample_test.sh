#!/bin/sh
# The README's sample output is the program's: the block that starts with "$ citelint check ..."
# is run as it says, from the source folder, with --no-config and --color never (the README shows
# what a terminal-less run with no .citelint.toml prints), stdout and stderr (the summary) in
# one stream as a terminal shows them, and must print exactly the rest of the block.
#   sh tests/readme_sample_test.sh PATH_TO_CITELINT SOURCE_DIR
set -eu
citelint=$1
source_dir=$2
. "$(dirname "$0")/checks.sh" # $tmp
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# The first fenced block whose first line is "$ citelint check ...".
awk '
    /^```/ && inside { exit }
    inside { print; next }
    /^```$/ { fence = 1; next }
    fence && /^\$ citelint check / { inside = 1; print; next }
    { fence = 0 }
' "$source_dir/README.md" >"$tmp/block"
[ -s "$tmp/block" ] || fail 'README.md has no block starting with "$ citelint check"'
command=$(sed -n 1p "$tmp/block")
sed 1d "$tmp/block" >"$tmp/expected"
[ -s "$tmp/expected" ] || fail "the README's sample shows no output"

# "$ citelint check ARGS" runs as "citelint check --no-config --color never ARGS".
args=${command#\$ citelint check }
status=0
(cd "$source_dir" && eval "\"\$citelint\" check --no-config --color never $args") >"$tmp/actual" 2>&1 ||
    status=$?
[ "$status" -le 1 ] || fail "'$command' exited $status: $(cat "$tmp/actual")"
if ! diff -u "$tmp/expected" "$tmp/actual"; then
    fail "README.md's sample output (- above) is not what '$command' prints (+): paste the + lines"
fi

# The sample shows a fix (= fix:), as the README's text after it says.
grep -q '^  = fix: ' "$tmp/expected" || fail "the README's sample shows no fix"
echo "README sample output: '$command' prints it"
