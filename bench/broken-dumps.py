#!/usr/bin/env python3
"""Compares how two citelint binaries read dumps broken at random places: the diagnostics,
the messages and the exit status of `citelint check` with 1 and 2 jobs must be the same.
For changes to the dump reader, whose output on a broken dump must not change.

    python3 bench/broken-dumps.py OLD_CITELINT NEW_CITELINT [--cases 300] [--seed 1]
                                  [--dump FILE.xml]...

Each case is one of the dumps (by default five small ones of ../shared/corpus/dumps, or
--dump), changed in one to three places: a byte string inserted (markup, an entity, CR, LF,
a comment, CDATA, a stray </page>, bytes of two to four, a byte that is not UTF-8), a few
bytes removed, the file cut short, or a page's end changed; then perhaps in whole: CR LF or CR
line ends, a byte order mark, a declared encoding other than UTF-8, a document type
declaration, UTF-16. Prints the cases that differ (kept in a temporary folder it names) and a
summary line; exits 1 when any differs. Run by hand, not by ctest.
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DUMPS = os.path.join(ROOT, "..", "shared", "corpus", "dumps")
DEFAULT_DUMPS = ["pywikibot/article-pear-0.10.xml",
                 "dumpster-dive/tinywiki-latest-pages-articles.xml",
                 "wikihadoop/page_sample.xml",
                 "wikiclean-page-fragments/enwiki-20120104-id39.xml",
                 "wikiclean-page-fragments/simplewiki-20161220-id6.xml"]
INSERTS = [b"<", b">", b"&bogus;", b"\r", b"\r\n", b"\n", b"<!-- c -->",
           b"<![CDATA[x</page>]]>", b"</page>", b"<page>", b"\xc3\xa9", b"\xff", b"<x>",
           b"</x>", b"&amp;", b"\x01", b"<page/>", b"</page >", b"<?pi x?>", b"</mediawiki>",
           b"\xe2\x82\xac"]
PAGE_ENDS = [b"</pag>", b"</page>\r\n", b"", b"</page></page>", b"</page><!--x-->"]


def mutate(data, rng):
    data = bytearray(data)
    for _ in range(rng.randint(1, 3)):
        kind, at = rng.random(), rng.randrange(len(data) + 1)
        if kind < 0.5:
            data[at:at] = rng.choice(INSERTS)
        elif kind < 0.7:
            del data[at:at + rng.randint(1, 5)]
        elif kind < 0.8:
            del data[at:]
        else:
            end = data.find(b"</page>", at)
            if end >= 0:
                data[end:end + 7] = rng.choice(PAGE_ENDS)
    data = bytes(data)
    kind = rng.random()
    if kind < 0.15:
        data = data.replace(b"\n", b"\r\n")
    elif kind < 0.2:
        data = data.replace(b"\n", b"\r")
    elif kind < 0.25:
        data = b"\xef\xbb\xbf" + data
    elif kind < 0.3:
        data = b'<?xml version="1.0" encoding="ISO-8859-1"?>\n' + data
    elif kind < 0.35:
        data = (b'<?xml version="1.0" encoding="utf-8"?>\n'
                b'<!DOCTYPE mediawiki [<!ENTITY bogus "B">]>\n' + data)
    elif kind < 0.4:
        try:
            data = b"\xff\xfe" + data.decode("utf-8").encode("utf-16-le")
        except UnicodeDecodeError:
            pass
    return data


def run(binary, jobs, path):
    done = subprocess.run([binary, "check", "--format", "jsonl", "--exit-zero", "--no-config",
                           "--today", "2026-12-06", "--namespaces", "all", "-j", str(jobs),
                           path], capture_output=True, check=False)
    return done.stdout, done.stderr, done.returncode


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dump", action="append")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    sources = args.dump or [os.path.join(DUMPS, d) for d in DEFAULT_DUMPS]
    folder = tempfile.mkdtemp(prefix="citelint-broken-dumps-")
    differ = broken = 0
    for case in range(args.cases):
        source = rng.choice(sources)
        path = os.path.join(folder, f"case{case}.xml")
        with open(source, "rb") as f:
            data = mutate(f.read(), rng)
        with open(path, "wb") as f:
            f.write(data)
        same = True
        for jobs in (1, 2):
            old, new = run(args.old, jobs, path), run(args.new, jobs, path)
            broken += b": line " in new[1]
            if old != new:
                same = False
                print(f"differs  {path} (from {source}) with {jobs} job(s)")
                print(f"  old: exit {old[2]}, {len(old[0])} bytes out, {old[1][-200:]!r}")
                print(f"  new: exit {new[2]}, {len(new[0])} bytes out, {new[1][-200:]!r}")
        if same:
            os.remove(path)
        else:
            differ += 1
    print(f"{args.cases} cases, {differ} differ; {broken} of {2 * args.cases} runs found the "
          f"dump broken; kept in {folder}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
