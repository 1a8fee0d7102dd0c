// The outline of a page: its sections nested by heading level, and in each the reference
// lists and the named refs it defines (a list-defined ref under its list).
#pragma once

#include <string>
#include <vector>

#include "../model/article.hpp"

namespace citelint::lsp {

struct Symbol {
    enum class Kind { section, reference_list, named_ref };
    Kind kind = Kind::section;
    std::string name;
    std::string detail;
    Span range;                   // the whole section, list or ref
    Span selection;               // its heading, opening or name
    std::vector<Symbol> children; // in document order
};

// The lead's lists and refs come first, at the top level, then the sections.
std::vector<Symbol> document_symbols(const model::Article& a);

} // namespace citelint::lsp
