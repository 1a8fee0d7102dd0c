#!/usr/bin/env python3
"""Writes a MediaWiki XML export (schema 0.11) of at least SIZE bytes made of the corpus's
articles, repeated under new titles, as OUT.xml, OUT.xml.bz2 and OUT.xml.gz. The bzip2 file is
multistream as dumps.wikimedia.org makes them: the header, then a stream per 100 pages, then
the footer; the gzip file has a member per 100 pages. Both are compressed on every core.

    python3 bench/make-dump.py CORPUS_DIR SIZE OUT

prints the number of pages, of wikitext bytes and of XML bytes. The text is the corpus's
(CC BY-SA, see ../shared/corpus/MANIFEST.tsv); nothing of it is committed.
"""
import bz2
import multiprocessing
import os
import sys
import zlib
from xml.sax.saxutils import escape

PAGES_PER_STREAM = 100


def gzip_member(data):
    compressor = zlib.compressobj(6, zlib.DEFLATED, 16 + 15)  # 16: a gzip header
    return compressor.compress(data) + compressor.flush()


def bzip2_stream(data):
    return bz2.compress(data, 9)


def both(data):
    return bzip2_stream(data), gzip_member(data)


def pieces(corpus, size, stats):
    """The export in pieces: the header, runs of 100 pages, the footer (bytes); `stats`
    counts the pages, the wikitext bytes and the XML bytes given so far."""
    articles = []
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".wiki"):
            continue
        with open(os.path.join(corpus, name), encoding="utf-8", errors="replace") as f:
            text = f.read()
        title = name[:-5].split("__", 1)[-1].replace("_", " ")
        articles.append((escape(title), escape(text, {'"': "&quot;"}), len(text.encode("utf-8"))))
    header = ('<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" '
              'xml:lang="en">\n  <siteinfo>\n    <sitename>Bench</sitename>\n'
              '    <dbname>benchwiki</dbname>\n  </siteinfo>\n').encode()
    stats["xml"] += len(header)
    yield header
    round_number = 0
    pages = []
    while stats["xml"] < size:
        round_number += 1
        for title, text, length in articles:
            stats["pages"] += 1
            page = (f"  <page>\n    <title>{title} {round_number}</title>\n"
                    f"    <ns>0</ns>\n    <id>{stats['pages']}</id>\n    <revision>\n"
                    f"      <id>{stats['pages']}</id>\n"
                    f"      <timestamp>2026-11-01T00:00:00Z</timestamp>\n"
                    f"      <model>wikitext</model>\n      <format>text/x-wiki</format>\n"
                    f'      <text bytes="{length}" xml:space="preserve">{text}</text>\n'
                    f"    </revision>\n  </page>\n").encode()
            pages.append(page)
            stats["xml"] += len(page)
            stats["text"] += length
            if len(pages) == PAGES_PER_STREAM:
                yield b"".join(pages)
                pages = []
            if stats["xml"] >= size:
                break
    if pages:
        yield b"".join(pages)
    footer = b"</mediawiki>\n"
    stats["xml"] += len(footer)
    yield footer


def main():
    corpus, size, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    stats = {"pages": 0, "text": 0, "xml": 0}
    with multiprocessing.Pool() as pool, open(out + ".xml", "wb") as xml, \
            open(out + ".xml.bz2", "wb") as bzip2, open(out + ".xml.gz", "wb") as gzip:
        def written():
            for data in pieces(corpus, size, stats):
                xml.write(data)
                yield data
        # In order, a few pieces ahead on the pool: memory stays a few pieces.
        for bzip2_data, gzip_data in pool.imap(both, written(), 2):
            bzip2.write(bzip2_data)
            gzip.write(gzip_data)
    print(stats["pages"], stats["text"], stats["xml"])


if __name__ == "__main__":
    main()
