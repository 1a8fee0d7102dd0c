#!/usr/bin/env python3
"""Writes a MediaWiki XML export (schema 0.11) of at least SIZE bytes made of the corpus's
articles, repeated under new titles, in PARTS files whose concatenation is the export; each
part starts and ends between pages, so compressing the parts one by one and concatenating the
results gives a multistream file, as dumps.wikimedia.org makes them.

    python3 bench/make-dump.py CORPUS_DIR SIZE OUT_PREFIX [PARTS]

writes OUT_PREFIX.part0 ... and prints the number of pages and of wikitext bytes.
The text is the corpus's (CC BY-SA, see ../shared/corpus/MANIFEST.tsv); nothing is committed.
"""
import os
import sys
from xml.sax.saxutils import escape


def main():
    corpus, size, prefix = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    parts = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    articles = []
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".wiki"):
            continue
        with open(os.path.join(corpus, name), encoding="utf-8", errors="replace") as f:
            text = f.read()
        title = name[:-5].split("__", 1)[-1].replace("_", " ")
        articles.append((title, escape(text, {'"': "&quot;"}), len(text.encode("utf-8"))))
    header = ('<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" '
              'xml:lang="en">\n  <siteinfo>\n    <sitename>Bench</sitename>\n'
              '    <dbname>benchwiki</dbname>\n  </siteinfo>\n')
    footer = '</mediawiki>\n'
    share = size // parts
    page_id = 0
    text_bytes = 0
    written = 0
    for part in range(parts):
        with open(f"{prefix}.part{part}", "w", encoding="utf-8") as out:
            part_written = 0
            if part == 0:
                out.write(header)
                part_written += len(header)
            round_number = 0
            while part_written < share:
                round_number += 1
                for title, text, length in articles:
                    page_id += 1
                    page = (f"  <page>\n    <title>{escape(title)} {part}.{round_number}</title>\n"
                            f"    <ns>0</ns>\n    <id>{page_id}</id>\n    <revision>\n"
                            f"      <id>{page_id}</id>\n"
                            f"      <timestamp>2026-11-01T00:00:00Z</timestamp>\n"
                            f"      <model>wikitext</model>\n      <format>text/x-wiki</format>\n"
                            f'      <text bytes="{length}" xml:space="preserve">{text}</text>\n'
                            f"    </revision>\n  </page>\n")
                    out.write(page)
                    part_written += len(page.encode("utf-8"))
                    text_bytes += length
                    if part_written >= share:
                        break
            if part == parts - 1:
                out.write(footer)
                part_written += len(footer)
            written += part_written
    print(page_id, text_bytes, written)


if __name__ == "__main__":
    main()
