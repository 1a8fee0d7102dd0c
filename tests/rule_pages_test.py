#!/usr/bin/env python3
"""The rules' pages and examples, through the command line a user runs.

1. docs/rules/ is what tools/rule_pages.sh writes from the binary under test (so a rule's
   documentation and its page cannot drift apart).
2. Every rule's example is replayed as `citelint rule CODE --format json` gives it: the bad
   example checked with its example_options is reported under the rule's code, the fixed one
   is not.
Usage: rule_pages_test.py CITELINT SOURCE_DIR
"""
import filecmp
import json
import os
import subprocess
import sys
import tempfile

binary, root = sys.argv[1], sys.argv[2]
failures = []

with tempfile.TemporaryDirectory() as tmp:
    pages = os.path.join(tmp, "pages")
    subprocess.run(["sh", os.path.join(root, "tools", "rule_pages.sh"), binary, pages], check=True)
    committed = os.path.join(root, "docs", "rules")
    made = sorted(os.listdir(pages))
    kept = sorted(os.listdir(committed)) if os.path.isdir(committed) else []
    if made != kept:
        failures.append(f"docs/rules holds {len(kept)} pages, the rules make {len(made)}")
    for name in made:
        if name in kept and not filecmp.cmp(os.path.join(pages, name),
                                            os.path.join(committed, name), shallow=False):
            failures.append(f"docs/rules/{name} is out of date")
    if failures:
        failures.append("run: sh tools/rule_pages.sh")

    rules = json.loads(subprocess.run([binary, "rule", "--format", "json"], check=True,
                                      capture_output=True, text=True).stdout)
    for listed in rules:
        code = listed["code"]
        rule = json.loads(subprocess.run([binary, "rule", code, "--format", "json"], check=True,
                                         capture_output=True, text=True).stdout)
        docs = rule["documentation"]
        for kind, text, expected in (("example", docs["example"], True),
                                     ("example_fixed", docs["example_fixed"], False)):
            if not text:
                continue
            page = os.path.join(tmp, f"{code}-{kind}.wiki")
            with open(page, "w", encoding="utf-8") as f:
                f.write(text)
            run = subprocess.run([binary, "check", "--no-config", "--format", "json",
                                  "--exit-zero", "--today", "2026-12-06",
                                  *docs["example_options"], page],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                failures.append(f"{code} {kind}: exit {run.returncode}: {run.stderr.strip()}")
                continue
            diagnostics = [d for d in json.loads(run.stdout)["diagnostics"]
                           if d["code"] == code and not d.get("limitation")]
            if bool(diagnostics) != expected:
                failures.append(f"{code} {kind}: {'not ' if expected else ''}reported "
                                f"with {docs['example_options']}")
    if not failures:
        print(f"{len(rules)} rules: pages current, examples replayed")

for f in failures:
    print(f, file=sys.stderr)
sys.exit(1 if failures else 0)
