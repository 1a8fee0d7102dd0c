#!/usr/bin/env python3
"""How long would citelint take over the whole English Wikipedia on one 16-core machine?

    python3 bench/enwiki-model.py [--dump WORK/bench-SIZE] [--cores 16] [--repeat 3]

Measures, on this machine and one core at a time, each stage a dump goes through, and models
the English Wikipedia's pages-articles-multistream dump from those rates. DUMP is the stem of
the files bench/dump-bench.sh writes (DUMP.xml, DUMP.xml.bz2, DUMP.pages; default
/tmp/citelint-dump-bench/bench-300000000: run `SIZE=300000000 bash bench/dump-bench.sh` first).
Every figure is the best of REPEAT runs (the machines are noisy); the 1- and 2-job runs of
plain XML (2 × REPEAT) and of bzip2 are made in turn, so that their ratio compares the same
minutes. Run by hand, not by ctest.

The stages and where they run (src/cli/pipeline.cpp, src/io/):
  decompression  multistream bzip2 cut into ~1 MB segments of whole streams, decompressed on
                 --jobs threads (io/bzip2_parallel): parallel;
  cutting        the pages cut out of the XML by their markup, and what lies between them
                 parsed (io/page_cutter, io/dump): one page at a time, by whichever checking
                 thread is free, under a lock: serial;
  reading        each page's own XML parsed (io/dump read_page), on the thread that checks it:
                 parallel;
  checking       parse, model, every rule, suppressions, on --jobs threads: parallel;
  records        `citelint report`: each page's audit record (its JSON line written and read
                 back), on the checking threads: parallel;
  merging        the records added to the audit in page order, on the main thread: serial.
The run modelled is one command, `citelint report enwiki-pages-articles-multistream.xml.bz2`.
(Parts checked on many machines are merged by `citelint report PARTS.jsonl`, which reads the
lines on one thread: that rate is measured and shown too, but not modelled.)
Memory is per page in flight (8 per job), never per dump.

The English Wikipedia's dump (the assumptions; change them with the flags): 95 GB of XML in
22 GB of multistream bzip2 (issue 17), 24 million pages of which 6.9 million articles: the
checked pages are namespace 0's that are not redirects (~10 million redirects and the other
namespaces are read, as XML, but not checked).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CITELINT = os.path.join(ROOT, "build/release/citelint")
BENCH = os.path.join(ROOT, "build/release/citelint_bench")


def best(repeat, command, stdout=subprocess.DEVNULL):
    """Best wall seconds of a command, run `repeat` times."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, stdout=stdout, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return min(times)


def best_in_turn(repeat, *commands):
    """The best wall seconds of each command, the commands run in turn `repeat` times: on a
    machine whose speed drifts from minute to minute, a ratio of two figures is only fair when
    both were measured across the same minutes."""
    times = [[] for _ in commands]
    for _ in range(repeat):
        for k, command in enumerate(commands):
            start = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           check=False)
            times[k].append(time.perf_counter() - start)
    return [min(t) for t in times]


def best_json(repeat, command):
    """The record of the run with the best figure among `repeat` runs of a JSON-printing tool."""
    records = []
    for _ in range(repeat):
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        records.append(json.loads(out.strip().splitlines()[-1]))
    return min(records, key=lambda r: r.get("ms", r.get("best_ms", 0)))


def check(jobs, path, fmt="gcc"):
    return [CITELINT, "check", "--format", fmt, "--exit-zero", "--quiet", "--no-config",
            "--jobs", str(jobs), "--today", "2026-12-06", path]


def stub_dump(path, pages):
    """A dump of `pages` stubs of one sentence and one reference: the cost of a checked page
    as such, whatever its size. (Redirects are read but not checked.)"""
    with open(path, "w", encoding="utf-8") as out:
        out.write('<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11">\n')
        for i in range(pages):
            text = (f"'''Stub {i}''' is a place.<ref>Atlas, p. {i}.</ref>\n\n"
                    "== References ==\n<references />")
            out.write(f"<page><title>Page {i}</title><ns>0</ns><id>{i + 1}</id><revision>"
                      f"<text xml:space=\"preserve\">{text}</text></revision></page>\n")
        out.write("</mediawiki>\n")


def main_thread_share(command):
    """The share of a run's CPU samples that fell on its main thread (perf record), or None
    when perf cannot tell."""
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "perf.data")
        run = subprocess.run(["perf", "record", "-q", "-F", "999", "-o", data] + command,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        if run.returncode != 0:
            return None
        out = subprocess.run(["perf", "report", "-i", data, "--sort", "pid", "-g", "none",
                              "--stdio"], capture_output=True, text=True, check=False).stdout
    shares = {}
    for line in out.splitlines():
        fields = line.split()
        if len(fields) == 2 and fields[0].endswith("%") and ":" in fields[1]:
            shares[int(fields[1].split(":")[0])] = float(fields[0][:-1]) / 100
    # The main thread's id is the process's: the smallest of those seen.
    return shares[min(shares)] if shares else None


def measure(args):
    stem = args.dump
    xml, bz2 = stem + ".xml", stem + ".xml.bz2"
    for path in (xml, bz2, stem + ".pages"):
        if not os.path.exists(path):
            sys.exit(f"no {path}: run `SIZE=300000000 bash bench/dump-bench.sh` first")
    pages, text_bytes, xml_bytes = map(int, open(stem + ".pages").read().split())
    r = args.repeat
    m = {"pages": pages, "text_bytes": text_bytes, "xml_bytes": xml_bytes}
    m["bzip2_s"] = best(r, ["taskset", "-c", "0", "bzip2", "-dc", bz2])
    m["read_s"] = best_json(r, ["taskset", "-c", "0", BENCH, "--read", xml])["ms"] / 1e3
    m["cut_s"] = best_json(r, ["taskset", "-c", "0", BENCH, "--read", "--cut", xml])["ms"] / 1e3
    m["check1_s"], m["check2_s"] = best_in_turn(2 * r, check(1, xml), check(2, xml))
    m["bz2_1_s"], m["bz2_2_s"] = best_in_turn(max(1, r - 1), check(1, bz2), check(2, bz2))
    with tempfile.TemporaryDirectory() as tmp:
        lines = os.path.join(tmp, "pages.jsonl")
        m["jsonl1_s"] = best(1, check(1, xml, "jsonl"), stdout=open(lines, "w"))
        m["jsonl_bytes"] = os.path.getsize(lines)
        m["merge_lines_s"] = best(r, [CITELINT, "report", "--format", "json", "-o",
                                      os.path.join(tmp, "report.json"), lines])
        report = [CITELINT, "report", "--format", "json", "--no-config", "--today",
                  "2026-12-06", "-o", os.path.join(tmp, "direct.json")]
        m["report1_s"] = best(r, report + ["-j", "1", xml])
        start = time.perf_counter()
        share = main_thread_share(report + ["-j", "2", xml])
        # CPU seconds of the main thread in a 2-job report: the serial part of a report.
        cpu = (time.perf_counter() - start) * 2
        m["report_main_thread_s"] = share * cpu if share is not None else None
        small = os.path.join(tmp, "stubs.xml")
        m["small_pages"] = 200000
        stub_dump(small, m["small_pages"])
        m["small1_s"] = best(r, check(1, small, "jsonl"))
        m["small_read_s"] = best_json(r, [BENCH, "--read", small])["ms"] / 1e3
    return m


def model(m, args):
    mb = 1e6
    per_core = {
        "bzip2 decompression (MB of XML/s)": m["xml_bytes"] / m["bzip2_s"] / mb,
        "reading plain XML, all of it (MB of XML/s)": m["xml_bytes"] / m["read_s"] / mb,
        "cutting plain XML into pages, serial (MB of XML/s)": m["xml_bytes"] / m["cut_s"] / mb,
        "reading the pages cut, parallel (MB of XML/s)":
            m["xml_bytes"] / max(1e-9, m["read_s"] - m["cut_s"]) / mb,
        "checking, every rule, reading aside (MB of XML/s)":
            m["xml_bytes"] / (m["check1_s"] - m["read_s"]) / mb,
        "a page as such, reading aside (pages/s)":
            m["small_pages"] / (m["small1_s"] - m["small_read_s"]),
        "audit records, reading and checking aside (MB of XML/s)":
            m["xml_bytes"] / max(1e-9, m["report1_s"] - m["check1_s"]) / mb,
        "adding records to the audit, main thread (pages/s)":
            m["pages"] / m["report_main_thread_s"] if m.get("report_main_thread_s") else float("nan"),
        "reading JSON lines of parts into a report (MB of lines/s)":
            m["jsonl_bytes"] / m["merge_lines_s"] / mb,
    }
    scaling = {"plain XML": m["check1_s"] / m["check2_s"],
               "bzip2 multistream": m["bz2_1_s"] / m["bz2_2_s"]}
    efficiency = min(scaling.values()) / 2  # the worse of the two, per core
    xml_bytes, pages, checked_pages = args.xml_gb * 1e9, args.pages, args.checked_pages
    rate = {k.split(" (")[0]: v for k, v in per_core.items()}
    # Core-seconds of the parallel stages; the serial stages' seconds.
    decompress = xml_bytes / (rate["bzip2 decompression"] * mb)
    checking = xml_bytes * args.checked_share / (rate["checking, every rule, reading aside"] * mb) \
        + checked_pages / rate["a page as such, reading aside"]
    records = xml_bytes * args.checked_share / (rate["audit records, reading and checking aside"] * mb)
    cutting = xml_bytes / (rate["cutting plain XML into pages, serial"] * mb)
    reading = xml_bytes / (rate["reading the pages cut, parallel"] * mb)
    # The main thread's cost per page is an upper bound: perf's share includes its waiting
    # for the pages in order (it sleeps then, but a sample may fall on its way in and out).
    merging = checked_pages / rate["adding records to the audit, main thread"]
    parallel = (decompress + reading + checking + records) / (args.cores * efficiency)
    # The reader's lock is held for `cutting` seconds in all; the run lasts at least that long,
    # and otherwise as long as the parallel work spread over the cores (cutting included).
    # Merging runs beside the checking, on the main thread: the run lasts as long as the longest
    # of the three.
    total = max(cutting, merging, parallel + (cutting + merging) / args.cores)
    return per_core, scaling, efficiency, {
        "decompression, core-seconds": decompress,
        "reading the pages, core-seconds": reading,
        "checking, core-seconds": checking,
        "audit records, core-seconds": records,
        "cutting (serial, under the reader's lock), seconds": cutting,
        "merging (serial, the main thread, beside), seconds": merging,
        f"parallel work on {args.cores} cores at {efficiency:.2f} per core, seconds": parallel,
        "total, seconds": total,
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dump", default="/tmp/citelint-dump-bench/bench-300000000")
    parser.add_argument("--cores", type=int, default=16)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--xml-gb", type=float, default=95.0)
    parser.add_argument("--pages", type=float, default=24e6)
    parser.add_argument("--checked-pages", type=float, default=6.9e6,
                        help="pages of namespace 0 that are not redirects (the articles)")
    parser.add_argument("--checked-share", type=float, default=0.85,
                        help="share of the XML that is namespace 0's text")
    parser.add_argument("--measured", help="a JSON file of earlier measurements, not measured again")
    args = parser.parse_args()
    m = json.load(open(args.measured)) if args.measured else measure(args)
    per_core, scaling, efficiency, stages = model(m, args)
    print("measured:", json.dumps(m))
    print("\nper core")
    for name, value in per_core.items():
        print(f"  {name:<55} {value:>10.1f}")
    print("\n1 -> 2 jobs")
    for name, value in scaling.items():
        print(f"  {name:<55} {value:>10.2f}x")
    print(f"\nthe English Wikipedia ({args.xml_gb:.0f} GB of XML, {args.pages / 1e6:.0f} million pages, "
          f"{args.checked_pages / 1e6:.0f} million checked) on {args.cores} cores")
    for name, value in stages.items():
        print(f"  {name:<55} {value:>10.0f}")
    print(f"\n  {'under 10 minutes' if stages['total, seconds'] < 600 else 'NOT under 10 minutes'}")


if __name__ == "__main__":
    main()
