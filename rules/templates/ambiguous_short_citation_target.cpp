#include "../../src/model/citations/anchor_lookup.hpp"
#include "common.hpp"

namespace citelint::rules {

namespace {

using model::Anchor;
using model::AnchorIndex;
using model::ShortCitation;
using model::template_shown;

void check(const Article& a, Sink& sink) {
    const AnchorIndex index(a);
    std::vector<std::string> reported;
    for (const ShortCitation& s : a.short_citations) {
        if (s.target.empty() ||
            std::find(reported.begin(), reported.end(), s.target) != reported.end())
            continue;
        auto makers = index.makers(s.target);
        makers.erase(std::remove_if(makers.begin(), makers.end(),
                                    [](const Anchor* m) { return m->uncertain; }),
                     makers.end());
        if (makers.size() < 2) continue;
        reported.push_back(s.target);
        const auto users =
            std::count_if(a.short_citations.begin(), a.short_citations.end(),
                          [&](const ShortCitation& o) { return o.target == s.target; });
        Diagnostic& d = sink.report(
            makers[1]->opening,
            fmt::format("{} citations make the anchor {}: the short citations linking to it ({}) "
                        "reach only the first",
                        makers.size(), s.target, users));
        d.notes.push_back({makers[0]->opening, "this makes the same anchor"});
        d.notes.push_back(
            {s.target_span, fmt::format("{} links to it", template_shown(a, s.node))});
        d.help.push_back("if these are different works by the same authors in the same year, add a "
                         "letter to each year "
                         "(|date=2020a, |date=2020b) and to the short citations; if it is the same "
                         "work listed twice, "
                         "remove one or give it |ref=none");
    }
}

} // namespace

// clang-format off
extern const engine::Rule ambiguous_short_citation_target{
    .code = "T007",
    .name = "ambiguous-short-citation-target",
    .family = engine::Family::templates,
    .severity = engine::Severity::error,
    .summary = "several citations make the anchor a short citation links to",
    .docs = {
        .what_it_finds =
            "A short citation ({{sfn}}, {{harv}} and their family) whose target anchor is made by "
            "two or more templates on the page (computed as en.wiki's Module:Footnotes does; "
            "see short-citation-without-target). "
            "One diagnostic per anchor, at the second template that makes it, "
            "with the first one and a short citation as notes.",
        .why_it_matters =
            "The page has two elements with one id: the link goes to the first, "
            "whatever the editor meant, and readers cannot tell which work supports the claim. "
            "Module:Footnotes reports it as \"multiple targets\" and never hides it (Category:Harv "
            "and Sfn multiple-target errors): unlike a missing target it has no false positives.",
        .example_bad = R"md(Text.{{sfn|Smith|2020|p=4}}

== Sources ==
* {{cite book |last=Smith |year=2020 |title=Early work}}
* {{cite book |last=Smith |year=2020 |title=Later work}})md",
        .example_good = R"md(Text.{{sfn|Smith|2020a|p=4}}

== Sources ==
* {{cite book |last=Smith |year=2020a |title=Early work}}
* {{cite book |last=Smith |year=2020b |title=Later work}})md",
        .options = R"md(None.)md",
    },
    .relies_on = {"src/model/citations/footnotes.cpp: count_targets"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
