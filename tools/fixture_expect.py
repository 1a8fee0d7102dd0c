#!/usr/bin/env python3
"""Writes a fixture's expect comments from markers in its source text.

A marker ⟦CODE "part of the message"⟧ stands where the diagnostic starts; it is removed and,
after the line, a comment <!-- expect: CODE @-1:COLUMN "part" --> is written with the byte
column (1-based) computed from the text. Several markers on one line give several comments.

    tools/fixture_expect.py SOURCE > fixtures/FAMILY/NAME.wiki
"""
import re
import sys

MARKER = re.compile(r'⟦(\S+)(?: "([^"]*)")?⟧')

def main():
    out = []
    for line in open(sys.argv[1], encoding="utf-8").read().split("\n"):
        expects = []
        while True:
            m = MARKER.search(line)
            if not m:
                break
            column = len(line[: m.start()].encode("utf-8")) + 1
            expects.append((m.group(1), column, m.group(2)))
            line = line[: m.start()] + line[m.end():]
        out.append(line)
        for k, (code, column, part) in enumerate(expects):
            text = f' "{part}"' if part else ""
            out.append(f"<!-- expect: {code} @-{k + 1}:{column}{text} -->")
    sys.stdout.write("\n".join(out))

main()
