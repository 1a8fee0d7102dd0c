#!/bin/sh
# The pre-commit hook, end to end with the real pre-commit: this repository's
# .pre-commit-hooks.yaml in a hooks repository, a project that uses it, and two commits: one
# adding an undefined named ref is refused with the diagnostic shown, a clean one passes.
#   sh tests/pre_commit_test.sh SOURCE_DIR PATH_TO_CITELINT
set -eu
source_dir=$1
citelint=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
export PATH="$(cd "$(dirname "$citelint")" && pwd):$PATH"
export PRE_COMMIT_HOME="$work/cache" # no state outside the test's folder
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.org
export GIT_COMMITTER_NAME=test GIT_COMMITTER_EMAIL=test@example.org

# The hooks repository: what pre-commit reads of this one is .pre-commit-hooks.yaml.
mkdir "$work/hooks"
cp "$source_dir/.pre-commit-hooks.yaml" "$work/hooks/"
git -C "$work/hooks" init -q
git -C "$work/hooks" add .pre-commit-hooks.yaml
git -C "$work/hooks" commit -q -m hooks
rev=$(git -C "$work/hooks" rev-parse HEAD)

mkdir "$work/wiki"
cd "$work/wiki"
git init -q
cat > .pre-commit-config.yaml <<CONFIG
repos:
  - repo: file://$work/hooks
    rev: $rev
    hooks:
      - id: citelint
CONFIG
pre-commit install >/dev/null

printf '%s\n' 'Paris is the capital of France.<ref>{{cite web |url=https://example.org/paris |title=Paris |website=Example |access-date=2026-11-01}}</ref>' '' '== References ==' '{{reflist}}' > Paris.wiki
git add .pre-commit-config.yaml Paris.wiki
git commit -q -m "Paris" > "$work/clean.out" 2>&1 || {
    cat "$work/clean.out"
    fail "a clean commit was refused"
}
grep -q 'citelint.*Passed' "$work/clean.out" || {
    cat "$work/clean.out"
    fail "the hook did not run on the clean commit"
}

printf '%s\n' 'Lyon is large.<ref name="size"/>' '' '== References ==' '{{reflist}}' > Lyon.wiki
git add Lyon.wiki
if git commit -q -m "Lyon" > "$work/bad.out" 2>&1; then
    cat "$work/bad.out"
    fail "a commit adding an undefined named ref was accepted"
fi
grep -q 'citelint.*Failed' "$work/bad.out" || fail "the hook did not fail: $(cat "$work/bad.out")"
grep -q 'error\[R001\]: named ref "size" is used but never defined' "$work/bad.out" ||
    fail "the diagnostic is not shown: $(cat "$work/bad.out")"
grep -q 'Lyon.wiki:1:' "$work/bad.out" || fail "the place is not shown: $(cat "$work/bad.out")"
[ "$(git rev-list --count HEAD)" = 1 ] || fail "the refused commit was made"

# Fixed, it goes in.
printf '%s\n' 'Lyon is large.<ref name="size">{{cite web |url=https://example.org/lyon |title=Lyon |website=Example |access-date=2026-11-01}}</ref>' '' '== References ==' '{{reflist}}' > Lyon.wiki
git add Lyon.wiki
git commit -q -m "Lyon" > "$work/fixed.out" 2>&1 || fail "the fixed commit was refused: $(cat "$work/fixed.out")"
[ "$(git rev-list --count HEAD)" = 2 ] || fail "the fixed commit was not made"
# A page with a warning and no error goes in: the hook fails on errors (its args), and shows
# nothing of a page that passes.
printf '%s\n' 'Marseille is old.<ref>https://example.org/marseille</ref>' '' '== References ==' '{{reflist}}' > Marseille.wiki
git add Marseille.wiki
git commit -q -m "Marseille" > "$work/warning.out" 2>&1 || fail "a commit with only a warning was refused: $(cat "$work/warning.out")"
[ "$(git rev-list --count HEAD)" = 3 ] || fail "the commit with a warning was not made"

# The change is judged, not the page's past: a real article with errors, committed before the
# hook, takes an edit that adds nothing wrong and goes in; an edit that leaves a name undefined
# on lines it did not touch is refused.
cp "$source_dir/../shared/corpus/articles/gensim__Alabama.wiki" Alabama.wiki
"$citelint" check --no-config --fail-on error --exit-zero Alabama.wiki 2>&1 | grep -q 'error\[' ||
    fail "the real article has no error to leave alone"
git add Alabama.wiki
git commit -q --no-verify -m "Alabama, as it stood"
sed -i 's/^Alabama is nicknamed the /Alabama is often nicknamed the /' Alabama.wiki
git diff --quiet && fail "the article was not edited"
git add Alabama.wiki
git commit -q -m "Alabama: one word" > "$work/past.out" 2>&1 || fail "an edit adding nothing wrong to a page with old errors was refused: $(cat "$work/past.out")"
printf '%s\n' 'Nantes is wet.<ref name="rain">{{cite web |url=https://example.org/rain |title=Rain |website=Example |access-date=2026-11-01}}</ref>' '' 'It rains often.<ref name="rain"/>' '' '== References ==' '{{reflist}}' > Nantes.wiki
git add Nantes.wiki
git commit -q -m "Nantes" > "$work/nantes.out" 2>&1 || fail "a clean page was refused: $(cat "$work/nantes.out")"
printf '%s\n' 'Nantes is wet.<ref>{{cite web |url=https://example.org/rain |title=Rain |website=Example |access-date=2026-11-01}}</ref>' '' 'It rains often.<ref name="rain"/>' '' '== References ==' '{{reflist}}' > Nantes.wiki
git add Nantes.wiki
if git commit -q -m "Nantes: the name dropped" > "$work/undefined.out" 2>&1; then
    fail "a change leaving a name undefined on a line it did not touch was accepted"
fi
grep -q 'Nantes.wiki:3:.*\|error\[R001\]: named ref "rain" is used but never defined' "$work/undefined.out" ||
    fail "the undefined name is not shown: $(cat "$work/undefined.out")"
git reset -q --hard # the refused change undone, in the index too
commits=$(git rev-list --count HEAD)

# The citelint-fix hook: a misspelt name (a case slip) is fixed in the working tree; pre-commit
# refuses the commit as files changed; the fixed page, added, goes in.
cat > .pre-commit-config.yaml <<CONFIG
repos:
  - repo: file://$work/hooks
    rev: $rev
    hooks:
      - id: citelint-fix
CONFIG
printf '%s\n' 'Nice is sunny.<ref name="Sun">{{cite web |url=https://example.org/nice |title=Nice |website=Example |access-date=2026-11-01}}</ref> It is warm.<ref name="sun"/>' '' '== References ==' '{{reflist}}' > Nice.wiki
git add .pre-commit-config.yaml Nice.wiki
if git commit -q -m "Nice" > "$work/fix.out" 2>&1; then
    cat "$work/fix.out"
    fail "a commit the fix hook changed was accepted"
fi
grep -q 'files were modified by this hook' "$work/fix.out" || fail "the fix hook did not fix: $(cat "$work/fix.out")"
grep -q 'fixed 1 problem in 1 document' "$work/fix.out" || fail "the fix hook did not say what it fixed: $(cat "$work/fix.out")"
grep -q '<ref name="Sun"/>' Nice.wiki || fail "the name was not fixed: $(cat Nice.wiki)"
git add Nice.wiki
git commit -q -m "Nice" > "$work/fixed2.out" 2>&1 || fail "the fixed page was refused: $(cat "$work/fixed2.out")"
[ "$(git rev-list --count HEAD)" = $((commits + 1)) ] || fail "the fixed commit was not made"
echo "pre-commit: a bad commit refused with its diagnostic, clean ones and one with a warning accepted; an edit to a real article with old errors accepted, one leaving a name undefined elsewhere refused; citelint-fix fixed a page and the fixed page went in"
