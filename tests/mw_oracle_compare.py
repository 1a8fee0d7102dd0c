#!/usr/bin/env python3
"""The differential test's verdict: MediaWiki's Cite errors beside citelint's diagnostics.

    python3 mw_oracle_compare.py RULES.json ORACLE.jsonl CITELINT.jsonl ALLOW.tsv

RULES.json is `citelint rule --format json`; ORACLE.jsonl is what ../shared/tools/mw-oracle's
run_oracle.py printed for the pages; CITELINT.jsonl is `citelint check --format jsonl` of the
same pages. A disagreement is a (page, key, name, side): a Cite message key that one side
reports on a page and the other does not, or a name (of a ref, of a group) that one side's
reports of that key name and the other's do not. Each must be in ALLOW.tsv (page, key, name,
side, reason); an entry that no longer occurs is stale. Exit 1 on either, or on a page that
only one side has, or one that the oracle could not render.

What each side's report stands for (read in ../shared/tools/mw-oracle/compare.py):
* MediaWiki 1.39's Cite is older than the one citelint models: its keys are renamed to 1.39's.
* citelint's note-without-notelist (T010) stands for cite_error_group_refs_without_references,
  reported by R016 for other refs; the unclosed, stray and nested ref tags (R021-R023) and the
  <references> never closed (R017's other message) for a ref tag MediaWiki shows as text (the
  oracle counts `&lt;ref` in the HTML).
* An info of citelint says what it could not check: it claims no error, so it is not counted.
"""
import collections
import json
import os
import re
import sys
import unicodedata

TEXT_TAG = '(ref tag shown as text)'
# Today's keys under the names MediaWiki 1.39 gives them.
KEYS_IN_139 = {
    'cite_error_ref_parameter_suggestion': 'cite_error_ref_too_many_keys',
    'cite_error_ref_follow_conflicts': 'cite_error_ref_too_many_keys',
    'cite_error_references_missing_group': 'cite_error_references_missing_key',
}
KEYS_WITHOUT_MEDIAWIKI_KEY = {
    'T010': 'cite_error_group_refs_without_references',
    'R021': TEXT_TAG, 'R022': TEXT_TAG, 'R023': TEXT_TAG,
}
# Keys whose message names a ref or a group (the first parameter).
NAMING_KEYS = {
    'cite_error_references_no_text', 'cite_error_references_duplicate_key',
    'cite_error_references_missing_key', 'cite_error_group_refs_without_references',
    'cite_error_empty_references_define', 'cite_error_references_group_mismatch',
}
# A rule that reports a Cite key and, in other words, a tag MediaWiki shows as text: R017 says
# "<references> is never closed; MediaWiki shows it as text".
SHOWN_AS_TEXT = {'R017': 'MediaWiki shows it as text'}
SIDES = ('mediawiki', 'citelint')
ANY_GROUP = '(the group of a note template)'


def shown(text):
    """Text from a page made safe for a terminal: control and format characters escaped."""
    out = []
    for ch in text:
        if ch == '\\':
            out.append('\\\\')
        elif unicodedata.category(ch)[0] == 'C':
            out.append('\\u{%x}' % ord(ch))
        else:
            out.append(ch)
    return ''.join(out)


def rule_keys(path):
    keys = {}
    for rule in json.load(open(path, encoding='utf-8')):
        code = rule['code']
        key = (rule.get('mediawiki_keys') or [None])[0] or KEYS_WITHOUT_MEDIAWIKI_KEY.get(code)
        if key:
            keys[code] = KEYS_IN_139.get(key, key)
    return keys


def quoted_name(message):
    """The name a citelint message quotes first ("named ref "x" is ..."), '' when none."""
    m = re.search(r'"((?:[^"\\]|\\.)*)"', message)
    return m.group(1) if m else ''


def mediawiki_reports(path):
    """page -> key -> names (a multiset), and the pages the oracle could not render."""
    pages, broken = {}, {}
    for line in open(path, encoding='utf-8'):
        record = json.loads(line)
        page = os.path.basename(record['file'])
        if record.get('exception'):
            broken[page] = record['exception']
            continue
        keys = collections.defaultdict(collections.Counter)
        for e in record['errors']:
            if e['type'] != 'error':
                continue
            key = KEYS_IN_139.get(e['key'], e['key'])
            # qqx parameters: "name"; "name, group" for empty_references_define; "group, name"
            # for 1.39's missing_group.
            if e['key'] == 'cite_error_empty_references_define':
                name = e['params'].split(',')[0]
            elif e['key'] == 'cite_error_references_missing_group':
                name = e['params'].split(',', 1)[-1]
            else:
                name = e['params']
            keys[key][name.strip() if key in NAMING_KEYS else ''] += 1
        if record.get('escaped_ref_tags'):
            keys[TEXT_TAG][''] += record['escaped_ref_tags']
        pages[page] = keys
    return pages, broken


def citelint_reports(path, keys_of):
    pages = {}
    for line in open(path, encoding='utf-8'):
        record = json.loads(line)
        keys = collections.defaultdict(collections.Counter)
        for d in record['diagnostics']:
            key = keys_of.get(d['code'])
            if not key or d['severity'] == 'info':
                continue
            if SHOWN_AS_TEXT.get(d['code'], '\0') in d['message']:
                key = TEXT_TAG
            if d['code'] == 'T010':
                name = ANY_GROUP  # it names the template ({{efn}}), not the group
            else:
                name = quoted_name(d['message']) if key in NAMING_KEYS else ''
            keys[key][name] += 1
        pages[os.path.basename(record['path'])] = keys
    return pages


def disagreements(mw, cl):
    """(page, key, name, side) for every key or name only one side reports on a page."""
    found = set()
    for page in sorted(set(mw) & set(cl)):
        for key in set(mw[page]) | set(cl[page]):
            m, c = mw[page].get(key, {}), cl[page].get(key, {})
            if key in NAMING_KEYS and m and c:
                if ANY_GROUP not in c:
                    for name in set(m) - set(c):
                        found.add((page, key, name, 'mediawiki'))
                for name in set(c) - set(m) - {ANY_GROUP}:
                    found.add((page, key, name, 'citelint'))
            elif m and not c:
                for name in m:
                    found.add((page, key, name, 'mediawiki'))
            elif c and not m:
                for name in c:
                    found.add((page, key, name, 'citelint'))
    return found


def allow_list(path):
    entries, problems = {}, []
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            cells = line.split('\t')
            if cells[:4] == ['page', 'key', 'name', 'side']:
                continue
            if len(cells) != 5 or cells[3] not in SIDES or not cells[4].strip():
                problems.append('%s:%d: want page, key, name, side (%s), reason: %s' % (
                    path, number, ' or '.join(SIDES), shown(line)))
                continue
            entry = tuple(cells[:4])
            if entry in entries:
                problems.append('%s:%d: listed twice: %s' % (path, number, shown(line)))
            entries[entry] = cells[4]
    return entries, problems


def main():
    rules, oracle, citelint, allowed_path = sys.argv[1:5]
    keys_of = rule_keys(rules)
    mw, broken = mediawiki_reports(oracle)
    cl = citelint_reports(citelint, keys_of)
    allowed, problems = allow_list(allowed_path)
    for page, why in sorted(broken.items()):
        problems.append('the oracle could not render %s: %s' % (shown(page), shown(why)))
    for page in sorted(set(mw) ^ set(cl)):
        if page not in broken:
            problems.append('%s: only %s has it' % (shown(page),
                                                   'the oracle' if page in mw else 'citelint'))
    found = disagreements(mw, cl)
    unexpected = sorted(found - set(allowed))
    stale = sorted(set(allowed) - found)
    for page, key, name, side in unexpected:
        only = 'only MediaWiki reports' if side == 'mediawiki' else 'only citelint reports'
        problems.append('%s: %s %s%s' % (shown(page), only, key,
                                         ' "%s"' % shown(name) if name else ''))
    for page, key, name, side in stale:
        problems.append('stale allow-list entry, no longer occurs: %s %s "%s" (%s)' % (
            shown(page), key, shown(name), side))
    both = sum(1 for page in set(mw) & set(cl) for key in mw[page] if key in cl[page])
    print('mw-oracle: %d pages; %d page/key pairs both report; %d disagreements, %d allowed'
          % (len(set(mw) & set(cl)), both, len(found), len(found) - len(unexpected)))
    for p in problems:
        print('FAIL: ' + p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
