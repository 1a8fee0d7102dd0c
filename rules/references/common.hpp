// What the reference rules share: walking Cite's findings and choosing the smallest span.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "../../src/engine/edits.hpp"
#include "../../src/engine/rule.hpp"

namespace citelint::rules {

using engine::Diagnostic;
using engine::Sink;
using model::Article;
using model::CiteFinding;
using model::CiteKey;
using model::Ref;

template <typename F> void for_each_finding(const Article& a, CiteKey key, F&& f) {
    for (const CiteFinding& finding : a.findings)
        if (finding.key == key) f(finding);
}

inline const Ref& ref_of(const Article& a, const CiteFinding& f) {
    return a.refs[static_cast<std::size_t>(f.ref)];
}
inline const model::ReferenceList& list_of(const Article& a, const CiteFinding& f) {
    return a.lists[static_cast<std::size_t>(f.list)];
}

// The value of an attribute when it is written with one, else its name, else the opening tag.
inline Span attribute_span(const Ref& r, std::string_view attribute) {
    if (const auto* attr = r.attrs.find(attribute)) {
        if (!attr->value_span.empty()) return attr->value_span;
        if (!attr->name_span.empty()) return attr->name_span;
    }
    return r.opening;
}

inline Span list_attribute_span(const model::ReferenceList& l, std::string_view attribute) {
    if (const auto* attr = l.attrs.find(attribute))
        return attr->name_span.empty() ? l.opening : attr->name_span;
    return l.opening;
}

// Whether every ref of a named group that no list shows is made by a note template
// ({{efn}}, {{refn}}, ...): then note-without-notelist (T010) reports the missing list, and
// group-without-reference-list (R016) does not.
inline bool unlisted_group_is_notes(const Article& a, std::string_view group) {
    bool any = false;
    for (const Ref& r : a.refs) {
        if (!r.unlisted || r.group != group) continue;
        if (r.origin != model::RefOrigin::footnote_template) return false;
        any = true;
    }
    return any;
}

// How a ref of this origin is written, for messages.
inline std::string_view ref_form(const Ref& r) {
    switch (r.origin) {
    case model::RefOrigin::tag:
        return "<ref>";
    case model::RefOrigin::tag_function:
        return "{{#tag:ref}}";
    case model::RefOrigin::footnote_template:
        return "footnote template";
    case model::RefOrigin::reuse_template:
        return "{{r}}";
    case model::RefOrigin::short_footnote:
        return "short citation";
    }
    return "<ref>";
}

// The name with case, spaces and punctuation taken out: "Merat_2018" and "merat2018" agree.
// Each byte kept is given to `keep`.
template <typename Keep> void for_each_folded(std::string_view name, Keep&& keep) {
    for (char c : name) {
        if (c >= 'A' && c <= 'Z')
            keep(static_cast<char>(c - 'A' + 'a'));
        else if (std::string_view(" _-.,:;'\"()").find(c) == std::string_view::npos)
            keep(c);
    }
}

inline std::string folded_ref_name(std::string_view name) {
    std::string out;
    for_each_folded(name, [&](char c) { out += c; });
    return out;
}

using engine::in_source_order;
using engine::rename_edit;

} // namespace citelint::rules
