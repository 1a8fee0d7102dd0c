#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "../../src/model/text.hpp"
#include "../../src/syntax/attributes.hpp"
#include "common.hpp"

namespace citelint::rules {

namespace {

// A hash (FNV-1a) of the group and the folded name, which names that agree share.
std::uint64_t folded_hash(std::string_view group, std::string_view name) {
    std::uint64_t h = 14695981039346656037u;
    const auto add = [&h](char c) { h = (h ^ static_cast<unsigned char>(c)) * 1099511628211u; };
    for (char c : group)
        add(c);
    add('\0');
    for_each_folded(name, add);
    return h;
}

// Whether a defined name is one a writer gave: not one Module:Footnotes made for an {{sfn}}
// ("FOOTNOTESmith20014"), whose likeness to another says nothing of a typo.
bool written_name(const Article& a, const model::NamedEntry& entry) {
    return entry.has_text && entry.definition &&
           a.refs[*entry.definition].origin != model::RefOrigin::short_footnote;
}

// Whether two of the names compared may agree once folded: most pages have no such pair,
// and are done without the maps below.
bool any_may_agree(const Article& a) {
    std::vector<std::uint64_t> hashes;
    for (const auto& entry : a.entries)
        if (written_name(a, entry)) hashes.push_back(folded_hash(entry.group, entry.name));
    std::sort(hashes.begin(), hashes.end());
    return std::adjacent_find(hashes.begin(), hashes.end()) != hashes.end();
}

// The first URL of a citation without its scheme and host: the same document served from
// two hosts ("erg.usgs.gov/isb/pubs/x.html", "egsc.usgs.gov/isb/pubs/x.html") agrees.
std::string_view url_path(std::string_view content) {
    const auto scheme = content.find("://");
    if (scheme == std::string_view::npos) return {};
    const auto slash = content.find('/', scheme + 3);
    if (slash == std::string_view::npos) return {};
    const auto end = content.find_first_of(" |}]<\n#?", slash);
    return content.substr(slash, end == std::string_view::npos ? end : end - slash);
}

// Whether two definitions may cite one source: the same text, the same document, or text
// the rendered dialect lost, which cannot tell them apart.
bool may_be_same_source(const Article& a, const Ref& x, const Ref& y) {
    const std::string_view cx = x.content.value_or(""), cy = y.content.value_or("");
    if (a.dialect == model::Dialect::rendered &&
        (model::lost_in_rendering(cx) || model::lost_in_rendering(cy)))
        return true;
    if (syntax::normalize_attribute_whitespace(cx) == syntax::normalize_attribute_whitespace(cy))
        return true;
    const std::string_view px = url_path(cx), py = url_path(cy);
    return px.size() > 1 && px == py;
}

// Whether two definitions say the same, spaces aside.
bool same_content(const Ref* x, const Ref* y) {
    if (!x || !y || !x->content || !y->content) return false;
    const auto squeezed = [](std::string_view text) {
        std::string out;
        for (const char c : text)
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') out += c;
        return out;
    };
    return squeezed(*x->content) == squeezed(*y->content);
}

// The fix: the later name's uses renamed to the earlier name, and its definition made a reuse
// (both cite one source). Offered when that definition is a <ref> tag in the text and both
// definitions say the same: the merged one's content is dropped, and when it says more (another
// edition, an archived copy) which to keep is the editor's choice.
std::optional<engine::Fix> merge_names(const Article& a, const Ref& kept, const Ref& merged,
                                       const Ref* kept_definition, const Ref* merged_definition) {
    if (!merged_definition || merged_definition->origin != model::RefOrigin::tag ||
        merged_definition->list != model::no_index)
        return std::nullopt;
    if (!same_content(kept_definition, merged_definition)) return std::nullopt;
    engine::Fix fix{fmt::format("rename \"{}\" to \"{}\"", *merged.name, *kept.name), {}};
    const std::string group =
        kept.group.empty() ? std::string{} : fmt::format(" group=\"{}\"", kept.group);
    for (const Ref& r : a.refs) {
        if (r.nested || !r.name || *r.name != *merged.name || r.group != merged.group) continue;
        if (&r == merged_definition) {
            fix.edits.push_back({r.span, fmt::format("<ref name=\"{}\"{} />", *kept.name, group)});
            continue;
        }
        auto edit = rename_edit(a, r, *kept.name);
        if (!edit) return std::nullopt;
        fix.edits.push_back(std::move(*edit));
    }
    in_source_order(fix.edits);
    return fix;
}

void check(const Article& a, Sink& sink) {
    if (!any_may_agree(a)) return;
    // First ref of each defined name, per group, in document order.
    std::map<std::pair<std::string, std::string>, const Ref*> first_of_name;
    for (const Ref& r : a.refs)
        if (r.name && !r.nested) first_of_name.try_emplace({r.group, *r.name}, &r);
    std::map<std::pair<std::string, std::string>, const Ref*> by_fold;
    std::vector<std::pair<const Ref*, const Ref*>> pairs;
    std::map<std::pair<std::string, std::string>, const Ref*> definition_of_name;
    for (const auto& entry : a.entries) {
        // An undefined name is undefined-named-ref's, which suggests the close name.
        if (!written_name(a, entry)) continue;
        const auto it = first_of_name.find({entry.group, entry.name});
        if (it == first_of_name.end()) continue;
        definition_of_name.try_emplace({entry.group, entry.name}, &a.refs[*entry.definition]);
        const auto [slot, fresh] =
            by_fold.try_emplace({entry.group, folded_ref_name(entry.name)}, it->second);
        if (fresh || *slot->second->name == entry.name) continue;
        const Ref* other = definition_of_name[{entry.group, *slot->second->name}];
        if (other && may_be_same_source(a, *other, a.refs[*entry.definition]))
            pairs.push_back({slot->second, it->second});
    }
    for (auto [x, y] : pairs) {
        const Ref* earlier = x->span.begin < y->span.begin ? x : y;
        const Ref* later = earlier == x ? y : x;
        Diagnostic& d = sink.report(
            attribute_span(*later, "name"),
            fmt::format("ref name \"{}\" differs from \"{}\" only in case or punctuation",
                        *later->name, *earlier->name));
        d.notes.push_back({attribute_span(*earlier, "name"), "the other name is first used here"});
        d.help.push_back(
            "if both cite the same source, use one name, so that the reference list shows it once");
        d.fix =
            merge_names(a, *earlier, *later, definition_of_name[{earlier->group, *earlier->name}],
                        definition_of_name[{later->group, *later->name}]);
    }
}

} // namespace

// clang-format off
extern const engine::Rule similar_ref_names{
    .code = "R026",
    .name = "similar-ref-names",
    .family = engine::Family::references,
    .severity = engine::Severity::warning,
    .summary = "two defined ref names differ only in case or punctuation",
    .docs = {
        .what_it_finds =
            "Two names defined in the same group that become equal once letter case, spaces, "
            "underscores, hyphens and punctuation are ignored (`Merat_2018` and `merat2018`), "
            "when their definitions may cite one source: the same text once whitespace is folded, "
            "the same document (the path of their first URL), or text the rendered dialect lost. "
            "Names never defined are left to undefined-named-ref, which suggests the close name.",
        .why_it_matters =
            "Ref names are matched exactly, so the two names make two entries in the reference "
            "list for what is usually one source, and an edit to one copy misses the other.",
        .example_bad = R"md(A.<ref name="merat2018">Merat 2018</ref> B.<ref name="Merat_2018">Merat 2018</ref>)md",
        .example_good = R"md(A.<ref name="merat2018">Merat 2018</ref> B.<ref name="merat2018" />)md",
        .options = R"md(None.)md",
    },
    .relies_on = {"src/model/references/cite.cpp: new_entry"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
