#include <fmt/ranges.h>

#include "../../src/model/citations/anchor_lookup.hpp"
#include "common.hpp"

namespace citelint::rules {

namespace {

using model::Anchor;
using model::closest_anchor;
using model::linked_targets;
using model::ShortCitation;
using model::template_shown;

// Under a Further reading, External links, Works... heading, or a subsection of one.
bool in_uncited_section(const Article& a, std::uint32_t section) {
    if (section >= a.sections.size() || section == 0) return false;
    std::uint8_t level = a.sections[section].level;
    if (a.catalogues->uncited_sections.contains(a.sections[section].title)) return true;
    for (std::uint32_t k = section; k-- > 1;) {
        if (a.sections[k].level >= level) continue;
        level = a.sections[k].level;
        if (a.catalogues->uncited_sections.contains(a.sections[k].title)) return true;
    }
    return false;
}

void check(const Article& a, Sink& sink) {
    if (a.short_citations.empty()) return;
    const std::vector<std::string> linked = linked_targets(a);
    std::vector<const Anchor*> unused;
    std::size_t used = 0;
    for (const Anchor& anchor : a.anchors) {
        if (anchor.maker != model::AnchorMaker::citation &&
            anchor.maker != model::AnchorMaker::wrapper &&
            anchor.maker != model::AnchorMaker::harvc)
            continue;
        if (anchor.in_ref || anchor.uncertain) continue;
        if (in_uncited_section(a, anchor.section)) continue;
        if (std::binary_search(linked.begin(), linked.end(), anchor.id))
            ++used;
        else
            unused.push_back(&anchor);
    }
    if (unused.empty()) return;
    std::vector<std::string> linked_made; // targets some template makes
    for (const std::string& t : linked)
        if (std::any_of(a.anchors.begin(), a.anchors.end(),
                        [&](const Anchor& x) { return x.id == t; }))
            linked_made.push_back(t);
    // A bibliography most of whose entries no template links to is cited another way (plain
    // "Smith 2010, p. 4" text, <ref>s): one diagnostic for the page, not one per entry.
    if (unused.size() > 2 * used && unused.size() > 3) {
        Diagnostic& d = sink.report(
            unused.front()->opening,
            fmt::format("{} of the {} full citations outside refs are linked from no short "
                        "citation: the page cites its sources another way",
                        unused.size(), unused.size() + used));
        for (std::size_t k = 1; k < unused.size() && k < 4; ++k)
            d.notes.push_back(
                {unused[k]->opening, fmt::format("{} is not linked either", unused[k]->id)});
        d.help.push_back(
            "link each claim to its source with {{sfn}} or {{harvnb}} (or drop the few short "
            "citations "
            "and cite with <ref>s); sources read but not cited belong in Further reading");
        return;
    }
    for (const Anchor* anchor : unused) {
        Diagnostic& d = sink.report(anchor->opening,
                                    fmt::format("no short citation links to this {}: its anchor {} "
                                                "is never used",
                                                template_shown(a, anchor->node), anchor->id));
        // A short citation whose target is missing may have meant this one.
        for (const ShortCitation& s : a.short_citations)
            if (!s.target.empty() &&
                !std::binary_search(linked_made.begin(), linked_made.end(), s.target) &&
                closest_anchor(a, s.target, &s) == anchor) {
                d.notes.push_back(
                    {s.target_span, fmt::format("this {} links to {}: did it mean this citation?",
                                                template_shown(a, s.node), s.target)});
                break;
            }
        if (!anchor->names.empty())
            d.help.push_back(fmt::format(
                "cite it where it supports the text ({{{{sfn|{}|{}}}}} links to it), or move it "
                "to Further reading",
                fmt::join(anchor->names, "|"), anchor->year));
        else
            d.help.push_back("cite it where it supports the text, or move it to Further reading");
    }
}

} // namespace

// clang-format off
extern const engine::Rule unused_full_citation{
    .code = "T008",
    .name = "unused-full-citation",
    .family = engine::Family::templates,
    .severity = engine::Severity::warning,
    .summary = "a full citation in a page of short citations that no short citation links to",
    .docs = {
        .what_it_finds =
            "In a page that uses short citations ({{sfn}}, {{harv}} and their family), "
            "a full citation outside refs whose anchor (computed as en.wiki's Module:Footnotes "
            "does) no short citation and no [[#CITEREF...]] link points to. "
            "Citations inside refs (cited directly), citations with |ref=none, "
            "citations whose names or year hold a template, and citations under a Further reading, "
            "External links, Works or similar heading or a subsection of one "
            "(rules/data/uncited_sections.tsv) are left alone. "
            "This is the \"No link points to ...\" warning of the HarvErrors user scripts. "
            "When more than two thirds of the page's full citations are unlinked (and more than "
            "three), the page cites its sources another way (plain author-date text, <ref>s): "
            "then it reports once for the page, naming the first few.",
        .why_it_matters =
            "A source in the bibliography that nothing cites is either a source the text lost its "
            "citation to (the claim it supported is now unsourced) or a short citation with a typo "
            "in its names or year; if it is general reading, it belongs in Further reading.",
        .example_bad = R"md(Text.{{sfn|Smith|2010|p=4}}

== Sources ==
* {{cite book |last=Smith |year=2010 |title=A}}
* {{cite book |last=Jones |year=2012 |title=B}})md",
        .example_good = R"md(Text.{{sfn|Smith|2010|p=4}}

== Sources ==
* {{cite book |last=Smith |year=2010 |title=A}}

== Further reading ==
* {{cite book |last=Jones |year=2012 |title=B}})md",
        .options = R"md(None.)md",
    },
    .relies_on = {
        "src/model/citations/footnotes.cpp: add_anchor",
        "src/model/citations/footnotes.cpp: finish_short",
    },
    .check = check,
};
// clang-format on

} // namespace citelint::rules
