#!/usr/bin/env python3
"""Lists the C++ functions whose bodies are longer than a limit, and fails when there are any.

    tools/function_lengths.py [--limit N] [--all] PATH...

PATH is a .cpp/.hpp file or a folder searched for them. A function's length is the number of
lines from its opening brace to its closing brace, both counted; lambdas and local classes
count within the function that holds them. Comments, string and character literals, raw
strings and preprocessor lines are blanked before the braces are matched. Braces that
initialise data (`extern const engine::Rule rule{...}`, `constexpr std::array names{...}`,
`= {...}`) are not functions and are not counted; namespaces, classes and `extern "C"` are
scopes whose functions are counted one by one.

Prints `path:line: name: N lines` for each function over the limit (every function with
--all), longest first, and exits 1 when it printed one over the limit.
"""
import argparse
import os
import re
import signal
import sys

SOURCE_ENDINGS = (".cpp", ".hpp", ".cc", ".h")
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z_0-9]*")
QUALIFIERS = {"const", "noexcept", "override", "final", "mutable", "volatile", "try"}


def blank(text):
    """The text with comments, literals and preprocessor lines replaced by spaces, newlines kept."""
    out = []
    i, n = 0, len(text)
    at_line_start = True
    while i < n:
        c = text[i]
        if at_line_start and c == "#":
            end = i
            while end < n:  # a directive runs on over lines that end in a backslash
                newline = text.find("\n", end)
                if newline == -1:
                    end = n
                    break
                end = newline + 1
                if not text[i:newline].rstrip().endswith("\\"):
                    break
            out.append(keep_newlines(text[i:end]))
            i = end
            continue
        if c in " \t":
            out.append(c)
            i += 1
            continue
        at_line_start = c == "\n"
        if text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end == -1 else end
            out.append(" " * (end - i))
            i = end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end == -1 else end + 2
            out.append(keep_newlines(text[i:end]))
            i = end
        elif c == '"' and raw_string_prefix(text, i):
            delimiter_end = text.find("(", i)
            delimiter = text[i + 1 : delimiter_end]
            end = text.find(")" + delimiter + '"', delimiter_end)
            end = n if end == -1 else end + len(delimiter) + 2
            out.append(keep_newlines(text[i:end]))
            i = end
        elif c == '"' or (c == "'" and not digit_separator(text, i)):
            end = i + 1
            while end < n and text[end] != c and text[end] != "\n":
                end += 2 if text[end] == "\\" else 1
            end = min(end + 1, n)
            out.append(keep_newlines(text[i:end]))
            i = end
        else:
            out.append(c)
            i += 1
    return "".join(out)


def keep_newlines(span):
    return "".join("\n" if ch == "\n" else " " for ch in span)


def raw_string_prefix(text, quote):
    """Whether the quote at `quote` opens a raw string: R, LR, uR, UR or u8R right before it."""
    start = quote
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    return text[start:quote] in ("R", "LR", "uR", "UR", "u8R")


def digit_separator(text, quote):
    """Whether the apostrophe at `quote` separates digits (1'000'000) rather than opening a char."""
    start = quote
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_'."):
        start -= 1
    return start < quote and text[start].isdigit()


def matching_brace(code, open_at):
    depth = 0
    for i in range(open_at, len(code)):
        if code[i] == "{":
            depth += 1
        elif code[i] == "}":
            depth -= 1
            if depth == 0:
                return i
    return len(code) - 1


def last_token(header):
    header = header.rstrip()
    if not header:
        return ""
    if header[-1] in ")>]}":
        return header[-1]
    match = re.search(r"[A-Za-z_0-9]+$", header)
    return match.group(0) if match else header[-1]


def top_level(header):
    """The header with everything inside (), <> of templates and [] taken out, and whether a
    brace would open inside parentheses."""
    depth = 0
    kept = []
    for ch in header:
        if ch in "([":
            if depth == 0:
                kept.append(ch)
            depth += 1
        elif ch in ")]":
            depth = max(depth - 1, 0)
            if depth == 0:
                kept.append(ch)
        elif depth == 0:
            kept.append(ch)
    return "".join(kept), depth > 0


def classify(header):
    """What a brace opens, given the text of its declaration since the last ; { or } of the
    enclosing scope: 'scope', 'function', 'member-init' or 'data'."""
    flat, inside_parentheses = top_level(header)
    if inside_parentheses:
        return "data"
    flat = re.sub(r"^\s*template\s*<.*?>\s*(?=[A-Za-z_])", "", flat, flags=re.S)
    words = IDENTIFIER.findall(flat)
    if not words:
        return "data"
    if words[0] == "namespace" or (words[0] == "extern" and "(" not in flat):
        return "scope"
    if words[0] in ("enum", "union") or "=" in re.sub(r"operator\s*\S+|[<>!=]=|->", "", flat):
        return "lambda" if re.search(r"=\s*\[[^\]]*\]", header) else "data"
    if re.match(r"\s*(?:(?:inline|static|export)\s+)*(class|struct)\b", flat) and "(" not in flat:
        return "scope"
    if "(" not in flat:
        return "data"
    after_parameters = flat[flat.rfind(")") + 1 :]
    if re.search(r"^\s*[A-Za-z_0-9\s]*:(?!:)", after_parameters) or re.search(r"\)\s*:(?!:)", flat):
        token = last_token(flat)
        return "function" if token in (")", "}") else "member-init"
    token = last_token(flat)
    if token == ")" or token in QUALIFIERS or "->" in after_parameters:
        return "function"
    return "data"


def function_name(header):
    lambda_variable = re.search(r"([A-Za-z_][A-Za-z_0-9]*)\s*=\s*\[", header)
    if lambda_variable:
        return lambda_variable.group(1)
    flat, _ = top_level(header)
    before = flat[: flat.find("(")] if "(" in flat else flat
    before = before.rstrip()
    if before.endswith("operator"):
        return "operator()"
    match = re.search(r"(operator\s*\S+|~?[A-Za-z_][A-Za-z_0-9:]*(?:<[^<>]*>)?)\s*$", before)
    return match.group(1) if match else before.strip().split()[-1] if before.strip() else "?"


def functions(code):
    """(line, name, length) for every function body in blanked code."""
    found = []

    def line_of(offset):
        return code.count("\n", 0, offset) + 1

    def scan(start, end):
        header_start = start
        in_member_init = False
        i = start
        while i < end:
            ch = code[i]
            if ch == ";" or ch == "}":
                header_start = i + 1
                in_member_init = False
            elif ch == "{":
                header = code[header_start:i]
                kind = classify(header)
                if in_member_init and kind != "function":
                    kind = "member-init" if last_token(header) not in (")", "}") else "function"
                close = matching_brace(code, i)
                if kind == "scope":
                    scan(i + 1, close)
                    header_start = close + 1
                elif kind in ("function", "lambda"):
                    found.append((line_of(i), function_name(header), line_of(close) - line_of(i) + 1))
                    header_start = close + 1
                elif kind == "member-init":
                    in_member_init = True
                    i = close + 1
                    continue
                # data: the declaration goes on until its ; so the header is not reset
                i = close + 1
                if kind in ("function", "scope"):
                    in_member_init = False
                continue
            i += 1

    scan(0, len(code))
    return found


def source_files(paths):
    for path in paths:
        if os.path.isdir(path):
            for folder, subfolders, names in os.walk(path):
                subfolders.sort()
                for name in sorted(names):
                    if name.endswith(SOURCE_ENDINGS):
                        yield os.path.join(folder, name)
        else:
            yield path


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--all", action="store_true", help="list every function, not only long ones")
    parser.add_argument("paths", nargs="+")
    arguments = parser.parse_args()
    rows = []
    for path in source_files(arguments.paths):
        with open(path, encoding="utf-8", errors="replace") as file:
            code = blank(file.read())
        rows.extend((length, path, line, name) for line, name, length in functions(code))
    rows.sort(key=lambda row: (-row[0], row[1], row[2]))
    too_long = [row for row in rows if row[0] > arguments.limit]
    for length, path, line, name in rows if arguments.all else too_long:
        print(f"{path}:{line}: {name}: {length} lines")
    if too_long:
        print(f"{len(too_long)} function(s) over {arguments.limit} lines", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
