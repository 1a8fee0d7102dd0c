// Edits of wikitext that the rules' fixes and the language server both make.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "../model/article.hpp"
#include "diagnostic.hpp"

namespace citelint::engine {

// Whether a tag's attribute value must be quoted: it holds a blank, a quote or a character
// that would end the value or the tag early.
bool attribute_value_needs_quotes(std::string_view value);

// The edit that writes `value` as ref r's attribute `attribute` (its name=, its follow=): in
// place of the value as written, or of its {{r}} or template argument. In a tag, a value
// written without quotes gets them when the new one needs them, and quotes the new value holds
// are swapped for the other kind. None when the attribute is not written with a value.
std::optional<Edit> attribute_value_edit(const model::Article& a, const model::Ref& r,
                                         std::string_view attribute, std::string_view value);

// The edit that renames a ref: its name attribute's value, or its {{r}} argument.
inline std::optional<Edit> rename_edit(const model::Article& a, const model::Ref& r,
                                       std::string_view name) {
    return attribute_value_edit(a, r, "name", name);
}

// Edits sorted into source order, one per span, as a Fix wants them.
void in_source_order(std::vector<Edit>& edits);

} // namespace citelint::engine
