#include "edits.hpp"

#include <algorithm>
#include <string>

namespace citelint::engine {

bool attribute_value_needs_quotes(std::string_view value) {
    return value.find_first_of(" \t\r\n\f\"'/>=<`") != std::string_view::npos;
}

std::optional<Edit> attribute_value_edit(const model::Article& a, const model::Ref& r,
                                         std::string_view attribute, std::string_view value) {
    const auto* attr = r.attrs.find(attribute);
    if (!attr || attr->value_span.empty()) return std::nullopt;
    Span span = attr->value_span;
    // Template arguments drop one pair of quotes of either kind and need none.
    if (r.origin != model::RefOrigin::tag) return Edit{span, std::string(value)};
    const std::string_view text = a.source->text();
    const char before = span.begin > 0 ? text[span.begin - 1] : '\0';
    const bool quoted = before == '"' || before == '\'';
    if (!attribute_value_needs_quotes(value) ||
        (quoted && value.find(before) == std::string_view::npos))
        return Edit{span, std::string(value)};
    // The quotes are written anew: around an unquoted value, or of the kind the value lacks.
    if (quoted) {
        --span.begin;
        if (span.end < text.size() && text[span.end] == before) ++span.end;
    }
    const char quote = value.find('"') == std::string_view::npos ? '"' : '\'';
    return Edit{span, quote + std::string(value) + quote};
}

void in_source_order(std::vector<Edit>& edits) {
    const auto before = [](const Edit& x, const Edit& y) { return x.span.begin < y.span.begin; };
    std::sort(edits.begin(), edits.end(), before);
    edits.erase(std::unique(edits.begin(), edits.end(),
                            [](const Edit& x, const Edit& y) { return x.span == y.span; }),
                edits.end());
}

} // namespace citelint::engine
