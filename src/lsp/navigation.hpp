// What the editor asks about a place in the text: where a named ref or a short citation leads,
// what else uses it, and what it cites. Byte offsets in, spans out; the server converts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "../model/article.hpp"

namespace citelint::lsp {

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
