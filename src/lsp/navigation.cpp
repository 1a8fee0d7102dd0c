#include "navigation.hpp"

#include <algorithm>

#include "../report/markdown.hpp"

namespace citelint::lsp {

namespace {

bool contains(Span span, std::uint32_t offset) {
    return span.begin <= offset && offset < span.end;
}

const model::NamedEntry* entry_of(const model::Article& a, const model::Ref& ref) {
    const auto index = static_cast<std::uint32_t>(&ref - a.refs.data());
    for (const model::NamedEntry& e : a.entries)
        if (std::find(e.refs.begin(), e.refs.end(), index) != e.refs.end()) return &e;
    return nullptr;
}

const model::ShortCitation* short_citation_at(const model::Article& a, std::uint32_t offset) {
    for (const model::ShortCitation& s : a.short_citations)
        if (contains(s.span, offset) && !s.target.empty()) return &s;
    return nullptr;
}

std::vector<Span> anchors_of(const model::Article& a, const model::ShortCitation& s) {
    std::vector<Span> out;
    for (const model::Anchor& anchor : a.anchors)
        if (anchor.id == s.target) out.push_back(anchor_span(a, anchor));
    return out;
}

std::string_view trim(std::string_view s) {
    const auto begin = s.find_first_not_of(" \t\r\n");
    if (begin == std::string_view::npos) return {};
    return s.substr(begin, s.find_last_not_of(" \t\r\n") - begin + 1);
}

} // namespace

Span name_span(const model::Ref& ref) {
    if (const auto* attr = ref.attrs.find("name"); attr && !attr->value_span.empty())
        return attr->value_span;
    return ref.span;
}

const model::Ref* named_ref_at(const model::Article& a, std::uint32_t offset) {
    const model::Ref* best = nullptr;
    for (const model::Ref& r : a.refs) {
        // An {{sfn}}'s ref is named too, by Module:Footnotes: it leads to its full citation
        // (short_citation_at), not to the first call of that name.
        if (!r.name || r.origin == model::RefOrigin::short_footnote || !contains(r.span, offset))
            continue;
        if (!best || r.span.size() < best->span.size() ||
            (r.span == best->span && contains(name_span(r), offset)))
            best = &r;
    }
    return best;
}

Span anchor_span(const model::Article& a, const model::Anchor& anchor) {
    if (anchor.citation != model::no_index)
        return a.citations[static_cast<std::size_t>(anchor.citation)].span;
    if (anchor.node != syntax::no_parent) return a.node(anchor.node).whole;
    return anchor.opening;
}

std::string code_block(std::string_view text) {
    constexpr std::size_t longest = 4000;
    std::string shown(text.substr(0, longest));
    if (text.size() > longest) shown += "\n...";
    return report::markdown_fence(shown, "wikitext");
}

std::vector<Span> definitions_at(const model::Article& a, std::uint32_t offset) {
    if (const model::Ref* ref = named_ref_at(a, offset)) {
        const model::NamedEntry* entry = entry_of(a, *ref);
        if (entry && entry->definition) return {a.refs[*entry->definition].span};
        return {};
    }
    if (const model::ShortCitation* s = short_citation_at(a, offset)) return anchors_of(a, *s);
    return {};
}

std::vector<Span> references_at(const model::Article& a, std::uint32_t offset,
                                bool with_definitions) {
    std::vector<Span> out;
    if (const model::Ref* ref = named_ref_at(a, offset)) {
        const model::NamedEntry* entry = entry_of(a, *ref);
        if (!entry) return out;
        for (std::uint32_t i : entry->refs)
            if (with_definitions || entry->definition != i) out.push_back(name_span(a.refs[i]));
    } else if (const model::ShortCitation* s = short_citation_at(a, offset)) {
        for (const model::ShortCitation& other : a.short_citations)
            if (other.target == s->target) out.push_back(other.span);
        if (with_definitions)
            for (Span span : anchors_of(a, *s))
                out.push_back(span);
    }
    std::sort(out.begin(), out.end(), [](Span x, Span y) { return x.begin < y.begin; });
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::optional<HoverText> hover_at(const model::Article& a, std::uint32_t offset) {
    if (const model::Ref* ref = named_ref_at(a, offset)) {
        const model::NamedEntry* entry = entry_of(a, *ref);
        if (!entry || !entry->definition)
            return HoverText{ref->span, "named ref **" + *ref->name + "**: never defined"};
        const model::Ref& definition = a.refs[*entry->definition];
        return HoverText{ref->span, "named ref **" + *ref->name + "**\n\n" +
                                        code_block(trim(definition.content.value_or("")))};
    }
    if (const model::ShortCitation* s = short_citation_at(a, offset)) {
        const std::vector<Span> targets = anchors_of(a, *s);
        if (targets.empty())
            return HoverText{s->span, "short citation to **" + s->target + "**: no full citation"};
        std::string text = "short citation to **" + s->target + "**";
        for (Span target : targets)
            text += "\n\n" + code_block(a.text(target));
        return HoverText{s->span, std::move(text)};
    }
    return std::nullopt;
}

} // namespace citelint::lsp
