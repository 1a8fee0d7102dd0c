#!/usr/bin/env python3
"""How many claims diagnostics a default run gives per article, on the corpus's articles of one
language (English by default), C004 (the marks editors placed) aside:

    python3 bench/claims-per-article.py [--lang en] [--binary build/release/citelint] [-- FLAGS...]

Prints the number of articles, the median and mean of claims diagnostics per article, the
total by code, and the largest number of claims diagnostics on one sentence-level place (one
diagnostic per place: it must be 1).
"""
import argparse
import collections
import json
import os
import statistics
import subprocess

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
parser = argparse.ArgumentParser()
parser.add_argument("--lang", default="en")
parser.add_argument("--binary", default=os.path.join(root, "build/release/citelint"))
parser.add_argument("flags", nargs="*")
args = parser.parse_args()
corpus = os.path.join(root, "..", "shared", "corpus")
with open(os.path.join(corpus, "MANIFEST.tsv"), encoding="utf-8") as f:
    rows = [line.rstrip("\n").split("\t") for line in f][1:]
files = [os.path.join(corpus, "articles", r[0]) for r in rows if r[9] == args.lang]
out = subprocess.run([args.binary, "check", "--exit-zero", "--no-config", "--select", "claims",
                      "--format", "jsonl", *args.flags, *files],
                     capture_output=True, text=True, check=True).stdout
per = collections.Counter()
codes = collections.Counter()
most = 0
for line in out.splitlines():
    doc = json.loads(line)
    places = collections.Counter()
    for d in doc.get("diagnostics", []):
        if d["code"] == "C004":
            continue
        per[doc["path"]] += 1
        codes[d["code"]] += 1
        places[(d["start"]["offset"], d["end"]["offset"])] += 1
    most = max([most, *places.values()])
counts = [per.get(f, 0) for f in files]
print(f"articles={len(files)} median={statistics.median(counts)} "
      f"mean={statistics.mean(counts):.1f} total={sum(counts)}")
print(" ".join(f"{c}={n}" for c, n in sorted(codes.items())))
print(f"most diagnostics on one place: {most}")
