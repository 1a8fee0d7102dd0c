#include "symbols.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "../model/citations/anchor_lookup.hpp"
#include "navigation.hpp"

namespace citelint::lsp {

namespace {

std::string group_detail(std::string_view group) {
    return group.empty() ? std::string() : fmt::format("group \"{}\"", group);
}

std::string list_name(const model::Article& a, const model::ReferenceList& list) {
    switch (list.origin) {
    case model::ListOrigin::tag:
        return list.self_closing ? "<references />" : "<references>";
    case model::ListOrigin::tag_function:
        return "{{#tag:references}}";
    case model::ListOrigin::list_template:
        return model::template_shown(a, list.node);
    case model::ListOrigin::placeholder:
        break;
    }
    return std::string(a.text(list.span));
}

// A named ref whose content counts as written: not a reuse, not one an {{sfn}} makes, not
// dropped inside another ref.
bool named_definition(const model::Ref& r) {
    return r.name && r.content && !r.nested && r.origin != model::RefOrigin::short_footnote;
}

Symbol ref_symbol(const model::Ref& r) {
    return {Symbol::Kind::named_ref, *r.name, group_detail(r.group), r.span, name_span(r), {}};
}

// Where each section ends: at the next heading of its level or a higher one.
std::vector<Span> section_ranges(const model::Article& a) {
    const auto end = static_cast<std::uint32_t>(a.source->text().size());
    std::vector<Span> ranges(a.sections.size(), Span{0, end});
    for (std::size_t i = 1; i < a.sections.size(); ++i) {
        ranges[i].begin = a.sections[i].heading.begin;
        for (std::size_t j = i + 1; j < a.sections.size(); ++j)
            if (a.sections[j].level <= a.sections[i].level) {
                ranges[i].end = a.sections[j].heading.begin;
                break;
            }
    }
    return ranges;
}

// The section each section is a subsection of (0: the top level).
std::vector<std::size_t> section_parents(const model::Article& a) {
    std::vector<std::size_t> parents(a.sections.size(), 0);
    for (std::size_t i = 1; i < a.sections.size(); ++i)
        for (std::size_t j = i - 1; j > 0; --j)
            if (a.sections[j].level < a.sections[i].level) {
                parents[i] = j;
                break;
            }
    return parents;
}

// The lists and the named refs outside them, each under the section it stands in.
std::vector<std::vector<Symbol>> section_contents(const model::Article& a) {
    std::vector<std::vector<Symbol>> contents(a.sections.size());
    for (std::size_t l = 0; l < a.lists.size(); ++l) {
        const model::ReferenceList& list = a.lists[l];
        if (list.nested) continue;
        Symbol symbol{Symbol::Kind::reference_list,
                      list_name(a, list),
                      group_detail(list.group),
                      list.span,
                      list.opening,
                      {}};
        for (std::uint32_t i : list.refs)
            if (named_definition(a.refs[i])) symbol.children.push_back(ref_symbol(a.refs[i]));
        contents[a.section_at(list.span.begin)].push_back(std::move(symbol));
    }
    for (const model::Ref& r : a.refs)
        if (named_definition(r) && r.list == model::no_index)
            contents[a.section_at(r.span.begin)].push_back(ref_symbol(r));
    return contents;
}

void in_document_order(std::vector<Symbol>& symbols) {
    std::stable_sort(symbols.begin(), symbols.end(), [](const Symbol& x, const Symbol& y) {
        return x.range.begin < y.range.begin;
    });
}

} // namespace

std::vector<Symbol> document_symbols(const model::Article& a) {
    if (a.sections.empty()) return {};
    std::vector<std::vector<Symbol>> contents = section_contents(a);
    const std::vector<Span> ranges = section_ranges(a);
    const std::vector<std::size_t> parents = section_parents(a);
    // Last to first: a section's subsections are complete when it is made.
    for (std::size_t i = a.sections.size() - 1; i > 0; --i) {
        const model::Section& section = a.sections[i];
        in_document_order(contents[i]);
        Symbol symbol{Symbol::Kind::section,
                      section.title.empty() ? "(no title)" : section.title,
                      fmt::format("level {}", section.level),
                      ranges[i],
                      section.heading,
                      std::move(contents[i])};
        contents[parents[i]].push_back(std::move(symbol));
    }
    in_document_order(contents[0]);
    return std::move(contents[0]);
}

} // namespace citelint::lsp
