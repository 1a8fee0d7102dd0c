// Markdown written by the reports, SARIF's rule help and the rules' pages.
#pragma once

#include <string>
#include <string_view>

namespace citelint::report {

// Text in a table cell: Markdown's punctuation escaped, so that a path or a message shows as
// written and cannot end the cell, link or format; line breaks and tabs as spaces.
std::string markdown_cell(std::string_view text);

// A fenced code block (with a trailing newline) that no run of backticks in `text` closes
// early; `language` names its highlighting ("wikitext"), or nothing.
std::string markdown_fence(std::string_view text, std::string_view language = {});

} // namespace citelint::report
