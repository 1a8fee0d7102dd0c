#include <fmt/ranges.h>

#include "../../src/model/citations/anchor_lookup.hpp"
#include "common.hpp"

namespace citelint::rules {

namespace {

using model::Anchor;
using model::closest_anchor;
using model::ShortCitation;
using model::template_shown;

// The id as Module:Footnotes looks it up in its global whitelist: without the year's
// disambiguation letter when the short citation's year has one.
std::string without_year_letter(const ShortCitation& s) {
    const std::string_view y = s.year;
    const bool lettered =
        y.size() >= 2 && y.back() >= 'a' && y.back() <= 'z' &&
        ((y[y.size() - 2] >= '0' && y[y.size() - 2] <= '9') ||
         y.substr(0, y.size() - 1) == "n.d." || y.substr(0, y.size() - 1) == "nd");
    return lettered ? s.target.substr(0, s.target.size() - 1) : s.target;
}

// Whether a citation whose names or year hold a template may make this id: the module strips
// the template, the citation shows what it expands to.
bool maybe_made_by_uncertain(const Article& a, const ShortCitation& s) {
    if (s.names.empty()) return false;
    std::string names;
    for (const std::string& n : s.names)
        names += n;
    return std::any_of(a.anchors.begin(), a.anchors.end(), [&](const Anchor& anchor) {
        if (!anchor.uncertain) return false;
        const bool names_unknown = anchor.names.empty();
        const bool year_unknown = anchor.year.empty();
        std::string anchor_names;
        for (const std::string& n : anchor.names)
            anchor_names += n;
        return (names_unknown ||
                model::anchor_encode(anchor_names) == model::anchor_encode(names)) &&
               (year_unknown || anchor.year == s.year);
    });
}

// Whether a template citelint does not know may make this target from its |ref= by its
// wiki's own recipe: the target begins with that |ref= (alone or after CITEREF).
bool maybe_made_locally(const Article& a, const ShortCitation& s) {
    const auto& bases = a.local_anchor_bases;
    // The bases that could begin the target sort at or before it; only those sharing its
    // first character need a look.
    auto it = std::upper_bound(bases.begin(), bases.end(), s.target);
    while (it != bases.begin()) {
        --it;
        if (s.target.starts_with(*it)) return true;
        if (it->empty() || (*it)[0] != s.target[0]) break;
    }
    return false;
}

void check(const Article& a, Sink& sink) {
    if (a.dialect == model::Dialect::rendered) {
        const auto shorts = std::count_if(a.refs.begin(), a.refs.end(), [](const model::Ref& r) {
            return r.origin == model::RefOrigin::short_footnote;
        });
        if (shorts == 0) return;
        const auto first = std::find_if(a.refs.begin(), a.refs.end(), [](const model::Ref& r) {
            return r.origin == model::RefOrigin::short_footnote;
        });
        Diagnostic& d = sink.report(
            first->opening,
            fmt::format("could not check the targets of {} short citations: the "
                        "rendered dialect keeps neither their arguments nor the anchors",
                        shorts));
        d.limitation = true;
        return;
    }
    const auto& catalogue = a.catalogues->footnotes;
    std::size_t local = 0;
    const ShortCitation* first_local = nullptr;
    for (const ShortCitation& s : a.short_citations) {
        if (s.target.empty() || s.uncertain || s.ignore_errors) continue;
        if (s.targets > 0) continue;
        if (std::binary_search(a.anchor_whitelist.begin(), a.anchor_whitelist.end(), s.target))
            continue;
        if (catalogue.whitelisted(s.target, without_year_letter(s), a.template_names)) continue;
        if (maybe_made_by_uncertain(a, s)) continue;
        if (maybe_made_locally(a, s)) {
            if (local++ == 0) first_local = &s;
            continue;
        }
        Diagnostic& d = sink.report(
            s.target_span, fmt::format("{} links to {}, which no citation on the page makes",
                                       template_shown(a, s.node), s.target));
        if (const Anchor* near = closest_anchor(a, s.target, &s)) {
            d.notes.push_back({near->opening, fmt::format("this makes {}", near->id)});
            if (!near->names.empty() && !s.explicit_ref)
                d.help.push_back(fmt::format(
                    "did you mean {}|{}? The names and year must be written as the citation "
                    "writes them",
                    fmt::join(near->names, "|"), near->year));
            else
                d.help.push_back(fmt::format("did you mean {}?", near->id));
        } else {
            d.help.push_back("add the full citation (in a Sources or Bibliography section), or "
                             "give the citation it means "
                             "|ref={{sfnref|...}} with these names and year");
        }
    }
    if (local > 0) {
        Diagnostic& d = sink.report(
            first_local->target_span,
            fmt::format("could not check {} short {}: a template citelint does not know "
                        "makes an anchor from its |ref= by its wiki's own recipe, which may be "
                        "{}",
                        local, local == 1 ? "citation" : "citations",
                        local == 1 ? "this one's target" : "their targets"));
        d.limitation = true;
    }
}

} // namespace

// clang-format off
extern const engine::Rule short_citation_without_target{
    .code = "T006",
    .name = "short-citation-without-target",
    .family = engine::Family::templates,
    .severity = engine::Severity::warning,
    .summary = "a short citation links to an anchor no citation on the page makes",
    .docs = {
        .what_it_finds =
            "A short citation ({{sfn}}, {{sfnp}}, {{sfnm}}, {{harv}}, {{harvnb}}, {{harvtxt}}, "
            "{{harvs}} and the rest of the family) whose target, CITEREF followed by the names and "
            "year it gives (or its |ref=), is made by no template on the page. "
            "Anchors are computed as en.wiki's Module:Footnotes computes them from the wikitext: "
            "CS1/CS2 citations and any template whose name begins with Cite or Cita (|ref=, "
            "{{sfnref}}/{{harvid}}, else the first four contributor, author, |vauthors=, "
            "editor or |veditors= surnames and the year of |year=, |date= or |publication-date=), "
            "{{anchor}}, {{vcite}}, {{harvc}}, {{wikicite}}, and the wrapper templates with "
            "default authors ({{Cite EB1911}}, {{Cite Catholic Encyclopedia}}, ...). "
            "Quiet, as the module is, with |ignore-err=yes, for ids in {{sfn whitelist}}, "
            "for the ids the module's global whitelist ties to a template the page uses, "
            "and for its special patterns. "
            "Also quiet when an argument holds a template, or when a citation's names or year hold "
            "one (the anchor then depends on what it expands to), and when a template no catalogue "
            "knows is given a |ref= the target begins with: another wiki's citation template makes "
            "its anchor from it by its own recipe (ru.wiki's {{книга |ref=Поспелов |год=2002}} "
            "makes CITEREFПоспелов2002); it says so once, as an info. "
            "Says which existing anchor is closest. "
            "In the rendered dialect it says once that it could not run.",
        .why_it_matters =
            "The short citation's link goes nowhere: a reader clicking \"Smith 2010, "
            "p. 4\" does not reach the source, and usually the names or the year do not match the "
            "full citation (a typo, a second edition with another year, "
            "a missing disambiguation letter), so the claim's source cannot be identified. "
            "MediaWiki hides this error by default and only categorises the page (Category:Harv "
            "and Sfn no-target errors).",
        .example_bad = R"md(Text.{{sfn|Smith|2010|p=4}}

== Sources ==
* {{cite book |last=Smith |year=2011 |title=Title}})md",
        .example_good = R"md(Text.{{sfn|Smith|2011|p=4}}

== Sources ==
* {{cite book |last=Smith |year=2011 |title=Title}})md",
        .options = R"md(None.)md",
    },
    .relies_on = {
        "src/model/citations/footnotes.cpp: count_targets",
        "src/model/citations/footnotes.cpp: add_anchor",
    },
    .check = check,
};
// clang-format on

} // namespace citelint::rules
