#!/bin/sh
# Every C++ file of the project is as clang-format 14 writes it with the project's .clang-format
# (Debian 12's clang-format-14, installed by tools/install-deps.sh): lists the files that are not.
# Fix with: find src rules tests bench grammar fuzz tools -name '*.[ch]pp' | xargs clang-format-14 -i
root="$1"
formatter=$(command -v clang-format-14 || command -v clang-format) || {
  echo "clang-format-14 not found: run sh tools/install-deps.sh test (Debian package clang-format-14)" >&2
  exit 1
}
cd "$root" || exit 1
files=$(find src rules tests bench grammar fuzz tools -name '*.cpp' -o -name '*.hpp' | sort)
[ -n "$files" ] || { echo "no C++ files found under $root" >&2; exit 1; }
bad=""
for f in $files; do
  "$formatter" --dry-run --Werror "$f" >/dev/null 2>&1 || bad="$bad $f"
done
if [ -n "$bad" ]; then
  echo "not formatted as .clang-format asks (clang-format-14 -i FILE):" >&2
  for f in $bad; do echo "  $f" >&2; done
  exit 1
fi
echo "$(echo "$files" | wc -l) files formatted"
