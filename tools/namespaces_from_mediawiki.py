#!/usr/bin/env python3
"""Writes rules/data/namespaces.tsv from MediaWiki core's languages/messages/Messages*.php.

Run by hand on a folder holding those files (nothing is downloaded):

    tools/namespaces_from_mediawiki.py FOLDER --repository wikimedia/mediawiki \\
        --path languages/messages --commit COMMIT > rules/data/namespaces.tsv

From each file it reads $namespaceNames (NS_MEDIA, NS_FILE, NS_CATEGORY), $namespaceAliases
(the names mapped to those three) and $fallback, and works out which names a wiki in each
language takes, as MediaWiki's LocalisationCache merges them: the language's own name of each
namespace, else the first of its fallbacks' that has one; the aliases of the language and of
every fallback; English last of every chain. A name every language takes (NamespaceInfo's
canonical Media, File and Category, and English's alias Image) is written once with the
language '*'. Media links count as files. Names are written as MediaWiki writes them, with
underscores as spaces; citelint makes them canonical when it reads them.
"""
import argparse
import pathlib
import re
import sys

NAMESPACE_CONSTANTS = {"NS_MEDIA": -2, "NS_FILE": 6, "NS_CATEGORY": 14}
KIND = {-2: "file", 6: "file", 14: "category"}

TOKEN = re.compile(
    r"""
      (?P<space>\s+)
    | (?P<comment>//[^\n]*|\#[^\n]*|/\*.*?\*/)
    | (?P<single>'(?:[^'\\]|\\.)*')
    | (?P<double>"(?:[^"\\]|\\.)*")
    | (?P<variable>\$[A-Za-z_][A-Za-z0-9_]*)
    | (?P<word>[A-Za-z_\\][A-Za-z0-9_\\]*)
    | (?P<number>-?[0-9]+)
    | (?P<arrow>=>)
    | (?P<punct>.)
    """,
    re.VERBOSE | re.DOTALL,
)

DOUBLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"', "$": "$"}


def php_string(kind, text):
    body = text[1:-1]
    if kind == "single":
        return re.sub(r"\\([\\'])", r"\1", body)
    return re.sub(r"\\(.)", lambda m: DOUBLE_ESCAPES.get(m.group(1), m.group(0)), body)


def tokens(source):
    """(kind, value) of each PHP token that matters; strings unquoted."""
    out = []
    for m in TOKEN.finditer(source):
        kind = m.lastgroup
        text = m.group()
        if kind in ("space", "comment"):
            continue
        if kind == "double" and re.search(r"(?<!\\)\$[A-Za-z_{]", text):
            out.append(("interpolated", text))  # a value read at run time: not a name
        elif kind in ("single", "double"):
            out.append(("string", php_string(kind, text)))
        elif kind == "number":
            out.append(("number", int(text)))
        else:
            out.append((kind, text))
    return out + [("end", "")] * 3


def literal(token):
    """A key or value: a string, a namespace number, or None for any other constant."""
    kind, value = token
    if kind == "string":
        return value
    if kind == "number":
        return value
    if kind == "word":
        return NAMESPACE_CONSTANTS.get(value)
    raise ValueError(f"unexpected {value!r}")


def assignments(source):
    """The top-level `$name = value;` of a Messages file whose value is a string or a flat
    array, as {name: str or list of (key, value)}."""
    toks = tokens(source)
    found = {}
    i = 0
    while i < len(toks):
        kind, value = toks[i]
        if kind != "variable" or toks[i + 1] != ("punct", "="):
            i += 1
            continue
        name = value[1:]
        j = i + 2
        if toks[j][0] == "string" and toks[j + 1] == ("punct", ";"):
            found[name] = toks[j][1]
            i = j + 2
            continue
        if toks[j] == ("punct", "["):
            close, j = "]", j + 1
        elif toks[j] == ("word", "array") and toks[j + 1] == ("punct", "("):
            close, j = ")", j + 2
        else:
            i = j
            continue
        pairs = []
        flat = True
        while toks[j] != ("punct", close):
            if toks[j + 1] != ("arrow", "=>") or toks[j + 2][0] not in ("string", "number", "word"):
                flat = False
                break
            pairs.append((literal(toks[j]), literal(toks[j + 2])))
            j += 3
            if toks[j] == ("punct", ","):
                j += 1
        if flat:
            found[name] = pairs
        i = j + 1
    return found


def language_code(path):
    # Language::getFileName() in reverse: 'Messages' + ucfirst(code with '-' as '_') + '.php'.
    stem = path.stem[len("Messages"):]
    return (stem[:1].lower() + stem[1:]).replace("_", "-")


def title(name):
    return name.replace("_", " ")


def read_languages(folder):
    languages = {}
    for path in sorted(folder.glob("Messages*.php")):
        code = language_code(path)
        if code != code.lower() or "-" in path.stem:
            # A file name getFileName() never makes (Be-x-old): MediaWiki never reads it.
            print(f"skipped {path.name}", file=sys.stderr)
            continue
        found = assignments(path.read_text(encoding="utf-8"))
        names = {ns: title(n) for ns, n in found.get("namespaceNames", []) if ns in KIND}
        aliases = {title(n): ns for n, ns in found.get("namespaceAliases", []) if ns in KIND}
        fallback = found.get("fallback")
        chain = [c.strip() for c in fallback.split(",")] if fallback else []
        if code != "en" and (not chain or chain[-1] != "en"):
            chain.append("en")
        languages[code] = (names, aliases, chain)
    return languages


def accepted_names(code, languages):
    """{(name, kind)} a wiki in `code` takes, merged over its fallback chain."""
    names, aliases = {}, {}
    for each in [code] + languages[code][2]:
        if each not in languages:
            continue
        own_names, own_aliases, _ = languages[each]
        for ns, name in own_names.items():
            names.setdefault(ns, name)
        for name, ns in own_aliases.items():
            aliases.setdefault(name, ns)
    canonical = {-2: "Media", 6: "File", 14: "Category"}  # NamespaceInfo's canonical names
    taken = {(name, KIND[ns]) for ns, name in names.items()}
    taken |= {(name, KIND[ns]) for name, ns in aliases.items()}
    taken |= {(name, KIND[ns]) for ns, name in canonical.items()}
    return taken


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=pathlib.Path, help="languages/messages of MediaWiki core")
    parser.add_argument("--repository", required=True)
    parser.add_argument("--path", required=True, help="the folder's path in the repository")
    parser.add_argument("--commit", required=True)
    parser.add_argument("--note", default="", help="a line more for the header")
    args = parser.parse_args()

    languages = read_languages(args.folder)
    by_language = {code: accepted_names(code, languages) for code in languages}
    everywhere = set.intersection(*by_language.values())
    rows = {}
    for code, taken in by_language.items():
        for entry in taken - everywhere:
            rows.setdefault(entry, []).append(code)

    out = sys.stdout
    out.write(
        "# Generated by tools/namespaces_from_mediawiki.py; do not edit, run it again.\n"
        f"# Source: {args.repository}, {args.path}/Messages*.php, commit {args.commit}.\n"
    )
    if args.note:
        out.write(f"# {args.note}\n")
    out.write(
        f"# The names of the File (with Media) and Category namespaces a wiki takes, in each of\n"
        f"# the {len(languages)} languages MediaWiki has a Messages file for: $namespaceNames and\n"
        "# $namespaceAliases, merged over each language's fallbacks as LocalisationCache does.\n"
        "# '*': every language (the canonical names, and English's, the last fallback of all).\n"
        "# Underscores written as spaces; compared as canonical titles (first letter upper-case).\n"
        "#name\tnamespace\tlanguages\n"
    )
    for name, kind in sorted(everywhere, key=lambda e: (e[1], e[0])):
        out.write(f"{name}\t{kind}\t*\n")
    for (name, kind), codes in sorted(rows.items(), key=lambda e: (e[0][1], e[0][0])):
        out.write(f"{name}\t{kind}\t{','.join(sorted(codes))}\n")


if __name__ == "__main__":
    main()
