#!/usr/bin/env python3
"""Pathological inputs at size n and 2n: citelint's time must grow linearly.

    python3 bench/pathological.py [--bin build/release/citelint] [--mb 2] [--repeat 3]
                                  [--shapes deep_templates,...] [--write-seeds fuzz/corpus]

Each shape is generated at about MB megabytes (n) and twice that (2n), and checked with every
output format (all rules) and with each family alone (gcc). For each case it prints the best of
REPEAT times at n and 2n, their ratio and the seconds per MB; a case fails when
time(2n) > 2.2 x time(n) (below 0.05 s at n, where timing noise rules, the ratio is not judged)
or when it takes more than 1 s per MB. Exit status 1 if any case fails. --write-seeds writes
small instances (a few KB) of every shape into a fuzz seed folder. Run by hand, not by ctest.

n is 2 MB by default: from 1 MB to 2 MB a page's working set leaves the core's cache (1 MB of
L2 on the machines this was measured on) and linear code measured 2.21-2.28 there, against
1.85-2.14 from 2 to 4 and from 4 to 8 MB (2026-12-07).
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

def deep_templates(n):      # {{a|{{a|...}}}} nested n deep
    k = n // 8
    return "{{a|" * k + "x" + "}}" * k + "\n"

def wide_templates(n):      # many sibling templates, each nesting a few
    return ("{{a|{{b|{{c|x}}}}}} " * (n // 20)) + "\n"

def huge_line(n):           # one paragraph line of refs and prose
    unit = "A claim that is cited here.<ref>Source, page 4.</ref> "
    return unit * (n // len(unit)) + "\n"

def diagnostics_one_line(n):  # a diagnostic every few bytes, all on one line
    return "word </ref> " * (n // 12) + "\n"

def unclosed_refs(n):
    return "Text <ref>open " * (n // 15) + "\n"

def named_refs(n):          # thousands of named refs and reuses
    k = n // 60
    defs = "".join(f"Claim.<ref name=\"n{i}\">Source {i}.</ref> " for i in range(k // 2))
    uses = "".join(f"Again.<ref name=\"n{i}\"/> " for i in range(k // 2))
    return defs + "\n\n" + uses + "\n\n== References ==\n<references />\n"

def deep_links(n):
    k = n // 4
    return "[[" * k + "x" + "]]" * k + "\n"

def tables(n):
    row = "|-\n| cell.<ref>Source.</ref> || other\n"
    return "{|\n" + row * (n // len(row)) + "|}\n"

def long_attributes(n):
    k = n // 10
    return "<ref name=a " + " ".join(f"a{i}=1" for i in range(k)) + ">x</ref>\n<references />\n"

def huge_arguments(n):
    k = n // 12
    return "<ref>{{cite web |" + "|".join(f"p{i}=v" for i in range(k)) + "}}</ref>\n"

def crlf(n):
    unit = "A line.<ref>Source.</ref>\r\n\r\n"
    return unit * (n // len(unit)) + "== References ==\r\n<references />\r\n"

def invalid_utf8(n):
    return None  # bytes: see generate()

SHAPES = [deep_templates, wide_templates, huge_line, diagnostics_one_line, unclosed_refs,
          named_refs, deep_links, tables, long_attributes, huge_arguments, crlf, invalid_utf8]

def generate(shape, n):
    if shape is invalid_utf8:
        unit = b"Claim \xff\xfe caf\xc3 \xe2\x82.<ref>\xc0\xafSource.</ref> "
        return unit * (n // len(unit)) + b"\n"
    return shape(n).encode()

FORMATS = ["pretty", "gcc", "json", "jsonl", "sarif", "github"]
FAMILIES = ["references", "templates", "claims", "suppressions"]

def best_time(cmd, repeat):
    best = None
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default="build/release/citelint")
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--shapes", default="")
    parser.add_argument("--write-seeds", default="")
    args = parser.parse_args()
    shapes = [s for s in SHAPES if not args.shapes or s.__name__ in args.shapes.split(",")]
    if args.write_seeds:
        os.makedirs(args.write_seeds, exist_ok=True)
        for shape in shapes:
            with open(os.path.join(args.write_seeds, f"pathological-{shape.__name__}.wiki"), "wb") as f:
                f.write(generate(shape, 3000))
        print(f"wrote {len(shapes)} seeds to {args.write_seeds}")
        return 0
    n = int(args.mb * 1_000_000)
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'shape':22} {'case':24} {'t(n) s':>8} {'t(2n) s':>8} {'ratio':>6} {'s/MB':>6}")
        for shape in shapes:
            paths = []
            for size in (n, 2 * n):
                path = os.path.join(tmp, f"{shape.__name__}-{size}.wiki")
                with open(path, "wb") as f:
                    f.write(generate(shape, size))
                paths.append(path)
            mb = os.path.getsize(paths[1]) / 1e6
            cases = [(f"--format {f}", ["--format", f]) for f in FORMATS]
            cases += [(f"{fam} (gcc)", ["--format", "gcc", "--select", fam]) for fam in FAMILIES]
            for label, extra in cases:
                base = [args.bin, "check", "--no-config", "--exit-zero", "--quiet", "-j", "1"] + extra
                t1 = best_time(base + [paths[0]], args.repeat)
                t2 = best_time(base + [paths[1]], args.repeat)
                ratio = t2 / t1 if t1 > 0 else 0
                per_mb = t2 / mb
                bad = (t1 >= 0.05 and ratio > 2.2) or per_mb > 1.0
                failed += bad
                print(f"{shape.__name__:22} {label:24} {t1:8.3f} {t2:8.3f} {ratio:6.2f} {per_mb:6.2f}"
                      + ("  FAIL" if bad else ""), flush=True)
    print(f"{failed} case(s) failed")
    return 1 if failed else 0

if __name__ == "__main__":
    sys.exit(main())
