// What the editor may complete where the cursor stands: a ref name inside <ref name= (or
// follow=) and inside {{r|, of the group the tag or template names; the target of a short
// citation inside {{sfn| or {{harvnb|, made of the names and year of a full citation's anchor.
// The text before the cursor says what is being typed (the ref or template may not be closed
// yet); the model says what the page defines.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "../model/article.hpp"

namespace citelint::lsp {

struct Completion {
    std::string label;
    std::string insert;        // what replaces `replace`
    Span replace;              // the part typed so far
    std::string detail;        // one line: the start of the citation, its title
    std::string documentation; // Markdown: the citation itself
};

// In document order, each name or target once; empty where nothing is being typed that the
// page could complete.
std::vector<Completion> completions_at(const model::Article& a, std::uint32_t offset);

} // namespace citelint::lsp
