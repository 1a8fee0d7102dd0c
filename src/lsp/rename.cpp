#include "rename.hpp"

#include <fmt/format.h>

#include "../engine/edits.hpp"
#include "../model/text.hpp"
#include "../syntax/attributes.hpp"

namespace citelint::lsp {

namespace {

// The ref attributes that hold a ref name.
constexpr std::string_view name_attributes[] = {"name", "follow"};

bool touches(Span span, std::uint32_t offset) {
    return span.begin <= offset && offset <= span.end;
}

// Refs whose names Module:Footnotes makes ({{sfn}}) are not renamed: their names are not
// written anywhere.
bool written(const model::Ref& r) {
    return r.origin != model::RefOrigin::short_footnote;
}

std::optional<std::string> named_by(const model::Ref& r, std::string_view attribute) {
    return attribute == "name" ? r.name : r.follow;
}

std::string group_shown(std::string_view group) {
    return group.empty() ? "the default group" : fmt::format("group \"{}\"", group);
}

} // namespace

std::optional<RenameTarget> rename_target(const model::Article& a, std::uint32_t offset) {
    for (const model::Ref& r : a.refs) {
        if (!written(r)) continue;
        for (std::string_view attribute : name_attributes) {
            const auto* attr = r.attrs.find(attribute);
            const std::optional<std::string> name = named_by(r, attribute);
            if (attr && name && !attr->value_span.empty() && touches(attr->value_span, offset))
                return RenameTarget{attr->value_span, *name, r.group};
        }
    }
    // In a tag's opening, elsewhere than on a value: the ref's own name.
    const model::Ref* best = nullptr;
    for (const model::Ref& r : a.refs)
        if (r.origin == model::RefOrigin::tag && r.name && r.opening.begin <= offset &&
            offset < r.opening.end && (!best || r.opening.size() < best->opening.size()))
            best = &r;
    if (!best) return std::nullopt;
    const auto* attr = best->attrs.find("name");
    if (!attr || attr->value_span.empty()) return std::nullopt;
    return RenameTarget{attr->value_span, *best->name, best->group};
}

std::string ref_name_problem(std::string_view name) {
    if (name.empty()) return "a ref name cannot be empty";
    // Cite's cite_error_ref_numeric_key.
    if (model::all_digits(name))
        return fmt::format("\"{}\" is a number, which Cite does not take as a ref name", name);
    for (char c : name) {
        if (static_cast<unsigned char>(c) < 0x20)
            return "a ref name cannot hold a line break or a control character";
        // Quotes and angle brackets end an attribute or a tag; the others are template syntax,
        // which would cut the name short in {{r|...}} or {{#tag:ref|...}}.
        if (std::string_view("\"<>|{}[]=").find(c) != std::string_view::npos)
            return fmt::format("a ref name cannot hold '{}'", c);
    }
    return {};
}

Renaming rename_ref(const model::Article& a, std::uint32_t offset, std::string_view new_name) {
    const std::optional<RenameTarget> target = rename_target(a, offset);
    if (!target) return {{}, "there is no ref name here to rename"};
    const std::string name = syntax::normalize_attribute_whitespace(new_name);
    if (std::string problem = ref_name_problem(name); !problem.empty()) return {{}, problem};
    if (name == target->name) return {};
    Renaming out;
    for (const model::Ref& r : a.refs) {
        if (r.group != target->group) continue;
        if (r.name == name)
            return {
                {},
                fmt::format("\"{}\" already names a ref in {}", name, group_shown(target->group))};
        if (!written(r)) continue;
        for (std::string_view attribute : name_attributes)
            if (named_by(r, attribute) == target->name)
                if (auto edit = engine::attribute_value_edit(a, r, attribute, name))
                    out.edits.push_back(std::move(*edit));
    }
    engine::in_source_order(out.edits);
    return out;
}

} // namespace citelint::lsp
