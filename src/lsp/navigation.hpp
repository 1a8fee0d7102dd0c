// What the editor asks about a place in the text: where a named ref or a short citation leads,
// what else uses it, and what it cites. Byte offsets in, spans out; the server converts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../model/article.hpp"

namespace citelint::lsp {

// Where a ref's name is written: the name attribute's value (quotes excluded), or the whole ref.
Span name_span(const model::Ref& ref);

// The innermost named ref at `offset`, not an {{sfn}}'s; of the refs one {{r|a|b}} makes, the
// one whose name is there.
const model::Ref* named_ref_at(const model::Article& a, std::uint32_t offset);

// What a short citation's anchor points at: its citation, or the template that makes it.
Span anchor_span(const model::Article& a, const model::Anchor& anchor);

// Wikitext shown in Markdown: a fenced block, cut after a few thousand bytes.
std::string code_block(std::string_view text);

// Where the named ref or short citation at `offset` is defined: the named ref's definition
// (for a reuse, {{r|name}} and the definition itself), or the full citations a short citation
// links to. Empty when nothing at `offset` leads anywhere.
std::vector<Span> definitions_at(const model::Article& article, std::uint32_t offset);

// Every use of the named ref at `offset` (its names as written), or every short citation
// linking where the one at `offset` links; with the definitions when asked.
std::vector<Span> references_at(const model::Article& article, std::uint32_t offset,
                                bool with_definitions);

struct HoverText {
    Span span;            // what the hover is about
    std::string markdown; // what it shows
};

// The content of the named ref at `offset`, or the full citation behind a short citation.
std::optional<HoverText> hover_at(const model::Article& article, std::uint32_t offset);

} // namespace citelint::lsp
