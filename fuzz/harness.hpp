// The fuzz harness's modes. The first byte of an input chooses one when it is a mode byte;
// any other input is wikitext, so the seeds of the wikitext-only harness keep their meaning.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "src/engine/diagnostic.hpp"
#include "src/model/prose/sentences.hpp"
#include "src/report/audit.hpp"

namespace citelint::fuzz {

enum ModeByte : char {
    lsp_messages = '\x01', // LSP message bodies, separated by NUL bytes
    lsp_stream = '\x02',   // the bytes a client writes: Content-Length framed bodies
    xml_dump = '\x03',     // a MediaWiki XML export (plain, gzip or bzip2)
    toml_config = '\x04',  // a .citelint.toml
    json_lines = '\x05',   // JSON lines: of documents (check --stdin-format jsonl), of records
                           // (citelint report)
    web_check = '\x06',    // the browser's check (src/web/lint): options JSON, a NUL, the page
};

// Parse, model, every rule and suppressions with the defaults and with every option; every
// output format, the audit report, and the fixes, safe and unsafe.
void wikitext(std::string_view bytes);
void lsp_bodies(std::string_view bytes);
void lsp_framed(std::string_view bytes);
void dump(std::string_view bytes);
void config(std::string_view bytes);
void document_lines(std::string_view bytes);
void web(std::string_view bytes);

// What the modes share.

// Stops the process, which libFuzzer reports as a crash, when an invariant does not hold.
inline void expect(bool holds) {
    if (!holds) __builtin_trap();
}

// Every span, note and fix of the diagnostics lies within a text of `size` bytes, and every
// fix's edits are in order and apart.
void expect_within(const std::vector<engine::Diagnostic>& diagnostics, std::size_t size);

// Whether `text` is one JSON document (or, with `lines`, one per line that is not blank).
bool is_json(std::string_view text, bool lines = false);

// One sentence segmenter for the process: ICU's set-up costs more than a small page's check.
model::SentenceSegmenter& segmenter();

// The options of an audit as `citelint report` makes it, its lists cut short.
report::AuditOptions small_audit();
// Every format of the audit report renders it (its JSON as JSON).
void expect_renders(const report::Audit& audit);

} // namespace citelint::fuzz
