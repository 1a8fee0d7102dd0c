// One page checked as the browser asks: text and options (JSON) in, the page's diagnostics out
// as JSON, each the same object `citelint check --format json` writes. The WebAssembly module
// exports this (web/entry.cpp); it reads no files and starts no threads.
#pragma once
#include <string>
#include <string_view>

namespace citelint::web {

// `options` is a JSON object with the keys and values of .citelint.toml (docs/configuration.md:
// select, ignore, severity, dialect, wiki, cite-subreferencing, claims = {strict, lead,
// captions, tables}, catalogue; not templates, which names files), and `today` (YYYY-MM-DD;
// the current date in UTC when not given) and `path` (the name the diagnostics carry;
// "page.wiki" when not given). Returns {"diagnostics": [...]}, or {"error": "..."} when the
// options cannot be used.
std::string lint_json(std::string_view text, std::string_view options);

// The sentences the claims family reads on the page, under the same options, as
// {"sentences": [[begin, end], ...]} (byte offsets into the page): what tells whether the
// browser's segmenter and ICU cut a page alike (tests/web_compare.js).
std::string sentences_json(std::string_view text, std::string_view options);

} // namespace citelint::web
