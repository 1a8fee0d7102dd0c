# What the shell tests share, sourced by them: a temporary folder $tmp removed at exit, and
# check, which runs a command that must succeed and counts it in $passed or $failed.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

check() { # description, then a command that must succeed
  description=$1; shift
  if "$@" >/dev/null 2>&1; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $description"; fi
}
