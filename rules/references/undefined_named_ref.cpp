#include <algorithm>

#include "../../src/model/text.hpp"
#include "common.hpp"

namespace citelint::rules {

namespace {

// The closest name defined in the same group, when one is near enough to be a typo.
std::string closest_defined(const Article& a, const Ref& use) {
    std::string best;
    std::size_t best_distance = std::string::npos;
    for (const auto& entry : a.entries) {
        if (entry.group != use.group || !entry.has_text || entry.name == *use.name) continue;
        const std::size_t d =
            model::levenshtein(model::ascii_lower(entry.name), model::ascii_lower(*use.name));
        const std::size_t limit =
            std::max<std::size_t>(2, std::min(entry.name.size(), use.name->size()) / 3);
        if (d <= limit && d < best_distance) {
            best_distance = d;
            best = entry.name;
        }
    }
    return best;
}

// A template of the page that probably makes the ref: one given the name as an argument
// ({{Infobox language|ref=e18}}), or one whose name the ref's name contains
// ("template divisione amministrativa-abitanti" after {{Divisione amministrativa}}).
const model::TemplateUse* probable_definer(const Article& a, const std::string& name) {
    const std::string lowered = model::ascii_lower(name);
    for (const auto& t : a.other_templates) {
        for (const Span value : t.values)
            if (model::php_trim(model::strip_comments(a.text(value))) == name) return &t;
        const std::string template_name = model::ascii_lower(t.name);
        if (template_name.size() >= 5 && lowered.find(template_name) != std::string::npos)
            return &t;
    }
    return nullptr;
}

// Every use of the misspelt name in the group renamed to the defined one.
engine::Fix rename_uses(const Article& a, const Ref& use, const std::string& near) {
    engine::Fix fix{fmt::format("rename to \"{}\"", near), {}};
    for (const Ref& r : a.refs)
        if (!r.nested && r.name && *r.name == *use.name && r.group == use.group)
            if (auto edit = rename_edit(a, r, near)) fix.edits.push_back(std::move(*edit));
    in_source_order(fix.edits);
    return fix;
}

void check(const Article& a, Sink& sink) {
    for_each_finding(a, CiteKey::references_no_text, [&](const CiteFinding& f) {
        const Ref& use = ref_of(a, f);
        if (const auto* definer = probable_definer(a, f.argument)) {
            Diagnostic& d = sink.report(
                attribute_span(use, "name"),
                fmt::format("named ref \"{}\" is not defined in the page; {{{{{}}}}} probably "
                            "defines it",
                            f.argument, definer->name));
            d.notes.push_back({definer->span, "this template may make the ref"});
            d.limitation = true;
            return;
        }
        Diagnostic& d =
            sink.report(attribute_span(use, "name"),
                        fmt::format("named ref \"{}\" is used but never defined", f.argument));
        // A definition after the list that closed the group comes too late.
        for (const Ref& later : a.refs) {
            if (later.span.begin > use.span.begin && later.name && *later.name == f.argument &&
                later.group == use.group && !later.content_is_empty() && !later.nested) {
                d.notes.push_back({later.opening,
                                   "this definition comes after the reference list that closes the "
                                   "group, so it does not count"});
                break;
            }
        }
        const std::string near = closest_defined(a, use);
        if (!near.empty()) {
            d.help.push_back(
                fmt::format("a ref named \"{}\" is defined: did you mean that one?", near));
            d.fix = rename_uses(a, use, near);
        } else
            d.help.push_back(
                fmt::format("give one use the citation: <ref name=\"{}\">...</ref>", f.argument));
        if (a.dialect == model::Dialect::rendered)
            d.help.push_back("in the rendered dialect a definition inside a template (such as "
                             "{{reflist|refs=}} or "
                             "{{efn}}) is lost, so check the page's wikitext");
    });
}

} // namespace

extern const engine::Rule undefined_named_ref{
    "R001",
    "undefined-named-ref",
    engine::Family::references,
    engine::Severity::error,
    "a named ref is reused but no ref of that name has content",
    {"cite_error_references_no_text"},
    {
        "A `<ref name=\"x\" />` (or `{{r|x}}`, or an empty `<ref name=\"x\"></ref>`) whose name is "
        "never "
        "given content in its group before the reference list that shows it. A definition placed "
        "after "
        "that list does not count, because the list clears its group. When a defined name in the "
        "same "
        "group is close, the message suggests it.",
        "MediaWiki shows \"Cite error: Invalid <ref> tag; no text was provided for refs named "
        "...\" in the "
        "reference list and puts the page in the \"Pages with reference errors\" category; the "
        "reader "
        "sees a footnote that leads nowhere. It usually comes from a misspelt name or from "
        "removing the "
        "one ref that carried the citation.",
        "Smith founded it.<ref name=\"smith\" /> It grew.<ref name=\"smith\" />\n\n== References "
        "==\n<references />",
        "Smith founded it.<ref name=\"smith\">{{cite book |last=Smith |title=History "
        "|year=2010}}</ref> "
        "It grew.<ref name=\"smith\" />\n\n== References ==\n<references />",
        "None.",
    },
    check,
};

} // namespace citelint::rules
