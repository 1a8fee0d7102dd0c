#!/usr/bin/python3
"""citelint over a dump on a Dask cluster: the dump cut into parts of whole <page> elements,
each part checked by `citelint check --format jsonl -` on a worker, the parts' JSON lines
gathered in the dump's order into one file, which `citelint report` turns into one report.

    tools/dask_audit.py DUMP -o PAGES.jsonl [--parts N] [--scheduler tcp://HOST:8786]
                        [--local-workers N] [--citelint PATH] [-- CHECK OPTIONS...]

DUMP is an XML dump (plain, .bz2 or .gz). With --scheduler the parts go to that cluster (each
worker needs citelint at PATH, default the one on its PATH); without it a LocalCluster of
--local-workers processes (default 2) is started on 127.0.0.1 and stopped at the end. The parts
travel to the workers as bytes; for a dump larger than the cluster's memory, cut it into files
on shared storage and map over their paths instead (the task is the same: a part on citelint's
standard input). Options after `--` are given to every `citelint check` (--wiki enwiki, say:
parts carry no <siteinfo>). The JSON lines are those one `citelint check --format jsonl -` over
the parts one after the other writes, byte for byte (tests/dask_test.sh checks it), then
`citelint report PAGES.jsonl -o report.html` makes the report. Needs python3-distributed
(Debian 12), installed by tools/install-deps.sh test.
"""
import argparse
import bz2
import gzip
import subprocess
import sys


def open_dump(path):
    with open(path, "rb") as f:
        magic = f.read(3)
    if magic == b"BZh":
        return bz2.open(path, "rb")
    if magic[:2] == b"\x1f\x8b":
        return gzip.open(path, "rb")
    return open(path, "rb")


def cut(path, parts):
    """The dump's <page> elements, in order, in `parts` parts of about as many pages each."""
    pages, page, inside = [], [], False
    with open_dump(path) as dump:
        for line in dump:
            if not inside and b"<page>" in line:
                inside, page = True, [line[line.index(b"<page>"):]]
            elif inside:
                page.append(line)
            if inside and b"</page>" in line:
                last = page[-1]
                page[-1] = last[: last.index(b"</page>") + len(b"</page>")] + b"\n"
                pages.append(b"".join(page))
                inside = False
    size = max(1, -(-len(pages) // parts))
    return [b"".join(pages[i : i + size]) for i in range(0, len(pages), size)]


def check_part(part, citelint, options):
    """One task: a part on citelint's standard input, its JSON lines back."""
    run = subprocess.run([citelint, "check", "--format", "jsonl", "--exit-zero", *options, "-"],
                         input=part, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if run.returncode != 0:
        raise RuntimeError(f"citelint exited {run.returncode}: {run.stderr.decode(errors='replace')}")
    return run.stdout


def main():
    argv = sys.argv[1:]
    options = argv[argv.index("--") + 1 :] if "--" in argv else []
    argv = argv[: argv.index("--")] if "--" in argv else argv
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dump")
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--parts", type=int, default=8)
    parser.add_argument("--scheduler", default="")
    parser.add_argument("--local-workers", type=int, default=2)
    parser.add_argument("--citelint", default="citelint")
    parser.add_argument("--write-parts", default="", help="also write the parts, PREFIX.N.xml")
    args = parser.parse_args(argv)

    from distributed import Client, LocalCluster  # the real engine; imported once it is needed

    parts = cut(args.dump, args.parts)
    if args.write_parts:
        for i, part in enumerate(parts):
            with open(f"{args.write_parts}.{i}.xml", "wb") as f:
                f.write(part)
    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.local_workers, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    try:
        workers = len(client.scheduler_info()["workers"])
        futures = client.map(check_part, parts, citelint=args.citelint, options=options,
                             pure=False)
        results = client.gather(futures)  # in the parts' order
        ran_on = {w for f in futures for w in client.who_has(f).get(f.key, ())}
    finally:
        client.close()
        if cluster:
            cluster.close()
    with open(args.output, "wb") as out:
        for lines in results:
            out.write(lines)
    pages = sum(r.count(b"\n") for r in results)
    print(f"dask_audit: {len(parts)} parts on {workers} workers ({len(ran_on)} held results); "
          f"{pages} pages -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
