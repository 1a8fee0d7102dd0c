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

// Whether a ref of the use's name and group has content anywhere in the page (after the list
// that closes the group, say).
bool defined_anywhere(const Article& a, const Ref& use) {
    return std::any_of(a.refs.begin(), a.refs.end(), [&](const Ref& r) {
        return r.name && *r.name == *use.name && r.group == use.group && !r.nested &&
               !r.content_is_empty();
    });
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

// A template of the lead that may make refs with no clue in the wikitext: one no catalogue
// knows, standing alone on its line(s) as an infobox does, and called with no argument, so that
// all it shows is its own text (en.wiki's {{Infobox oxygen}} defines "GE28", which the page
// reuses). Its refs cannot be seen without expanding it; a template given arguments shows what
// they hold, and a ref in them is in the page.
// Of several, the one named as a box is told ({{Infobox oxygen}} rather than the {{Featured
// article}} star above it).
const model::TemplateUse* self_contained_block(const Article& a) {
    const model::TemplateUse* found = nullptr;
    for (const auto& t : a.other_templates) {
        if (!t.alone_on_line || !t.values.empty() || a.section_at(t.span.begin) != 0) continue;
        const auto& c = *a.catalogues;
        if (c.citations.contains_title(t.name) || c.citation_needed.entry(t.name) ||
            c.footnotes.role(t.name) != model::FootnoteRole::none)
            continue;
        if (model::ascii_lower(t.name).find("box") != std::string::npos) return &t;
        if (!found) found = &t;
    }
    return found;
}

// Every use of the misspelt name in the group renamed to the defined one: safe when the names
// differ only in case, spaces and punctuation ("Merat_2018", "merat2018"), only likely when
// they are spelt differently with the same numbers; none when the numbers differ.
std::optional<engine::Fix> rename_uses(const Article& a, const Ref& use, const std::string& near) {
    const auto digits = [](std::string_view name) {
        std::string out;
        for (const char c : folded_ref_name(name))
            if (model::ascii_digit(c)) out += c;
        std::sort(out.begin(), out.end()); // "2108" for "2018" is a slip of the fingers
        return out;
    };
    // "Population11" for "Population12", "Graham-2005" for "Graham-05": other digits are
    // another source as often as a slip (the same digits in another order are a slip).
    if (digits(near) != digits(*use.name)) return std::nullopt;
    engine::Fix fix{fmt::format("rename to \"{}\"", near),
                    {},
                    folded_ref_name(near) == folded_ref_name(*use.name) ? engine::Safety::safe
                                                                        : engine::Safety::unsafe};
    for (const Ref& r : a.refs)
        if (!r.nested && r.name && *r.name == *use.name && r.group == use.group)
            if (auto edit = rename_edit(a, r, near)) fix.edits.push_back(std::move(*edit));
    in_source_order(fix.edits);
    return fix;
}

void check(const Article& a, Sink& sink) {
    const model::TemplateUse* block = nullptr;
    bool block_looked_up = false;
    std::vector<const CiteFinding*> in_block; // said once, after the others
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
        if (!block_looked_up) {
            block = self_contained_block(a);
            block_looked_up = true;
        }
        // Only a name with no definition anywhere in its group: one defined after its list, or
        // close to a defined one, is a mistake of the page whatever the template holds.
        if (block && !defined_anywhere(a, use) && closest_defined(a, use).empty()) {
            in_block.push_back(&f);
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
    if (in_block.empty()) return;
    const CiteFinding& first = *in_block.front();
    std::string names;
    for (std::size_t i = 0; i < in_block.size() && i < 3; ++i)
        names += fmt::format("{}\"{}\"", i == 0 ? "" : ", ", in_block[i]->argument);
    if (in_block.size() > 3) names += ", ...";
    Diagnostic& d =
        sink.report(attribute_span(ref_of(a, first), "name"),
                    fmt::format("could not check {} named {} ({}) that no ref of the page defines: "
                                "{{{{{}}}}}, which citelint cannot expand, may define {}",
                                in_block.size(), in_block.size() == 1 ? "ref" : "refs", names,
                                block->name, in_block.size() == 1 ? "it" : "them"));
    d.notes.push_back({block->span, "a template called without arguments shows its own text, "
                                    "which may hold refs"});
    d.limitation = true;
}

} // namespace

// clang-format off
extern const engine::Rule undefined_named_ref{
    .code = "R001",
    .name = "undefined-named-ref",
    .family = engine::Family::references,
    .severity = engine::Severity::error,
    .summary = "a named ref is reused but no ref of that name has content",
    .mediawiki_keys = {"cite_error_references_no_text"},
    .docs = {
        .what_it_finds =
            "A `<ref name=\"x\" />` (or `{{r|x}}`, or an empty `<ref name=\"x\"></ref>`) whose "
            "name is never given content in its group before the reference list that shows it. "
            "A definition placed after that list does not count, "
            "because the list clears its group. "
            "When a defined name in the same group is close, the message suggests it. "
            "A ref a template of the page makes is not reported as an error: "
            "when a template is given the name as an argument, or its name is part of the ref's, "
            "an info says that it probably defines it; when no ref of the page defines the name "
            "and the lead holds a template no catalogue knows, standing alone on its line as an "
            "infobox does and called without arguments (en.wiki's {{Infobox oxygen}} defines "
            "\"GE28\"), one info per page says which names could not be checked.",
        .why_it_matters =
            "MediaWiki shows \"Cite error: Invalid <ref> tag; no text was provided for refs named "
            "...\" in the reference list and puts the page in the \"Pages with reference errors\" "
            "category; the reader sees a footnote that leads nowhere. "
            "It usually comes from a misspelt name or from removing the one ref that "
            "carried the citation.",
        .example_bad = R"md(Smith founded it.<ref name="smith" /> It grew.<ref name="smith" />

== References ==
<references />)md",
        .example_good = R"md(Smith founded it.<ref name="smith">{{cite book |last=Smith |title=History |year=2010}}</ref> It grew.<ref name="smith" />

== References ==
<references />)md",
        .options = R"md(None.)md",
    },
    .relies_on = {"src/model/references/cite.cpp: render_group"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
