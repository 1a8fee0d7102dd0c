// A diagnostic as the JSON formats write it (json, jsonl; docs/formats.md).
#pragma once

#include <nlohmann/json.hpp>

#include "renderer.hpp"

namespace citelint::report {

// {"line", "column" (1-based, UTF-8 bytes), "offset" (0-based bytes)}
nlohmann::json position_json(const Source& source, std::uint32_t offset);
// {"start", "end"} of a span
nlohmann::json span_json(const Source& source, Span span);
nlohmann::json diagnostic_json(const Source& source, const engine::Diagnostic& diagnostic);
nlohmann::json figures_json(const Figures& figures);
// One document as a line of the jsonl format writes it: path, the page and the input it came
// from (a page of a dump or of JSON lines), diagnostics with their excerpts, figures. An audit
// report reads it back from there or straight from a check.
nlohmann::json document_json(const Source& source,
                             const std::vector<engine::Diagnostic>& diagnostics,
                             const Figures& figures, const PageOrigin& origin);
// The same line as text (dump_line of document_json), written a diagnostic at a time: a page
// with a hundred thousand problems is never held as one tree.
std::string document_line(const Source& source, const std::vector<engine::Diagnostic>& diagnostics,
                          const Figures& figures, const PageOrigin& origin);

// The line of a JSON value one of whose members is a list already written as text (a run's
// or a page's diagnostics, each written as it was made, never held as one tree): that member
// holds `spliced` in `value`, and the line has "[" `items` "]" in its place.
extern const char* const spliced;
std::string dump_line_spliced(const nlohmann::json& value, std::string_view items);
// Adds a value's line to such a list of items (comma-separated, without its brackets).
void append_item(std::string& items, const nlohmann::json& value);

} // namespace citelint::report

namespace citelint::report {

// Text of a JSON value on one line; invalid UTF-8 from the input becomes U+FFFD instead of
// an exception.
std::string dump_line(const nlohmann::json& value);

} // namespace citelint::report
