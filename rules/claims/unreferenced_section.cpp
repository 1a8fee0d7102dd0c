#include "sentences_common.hpp"

namespace citelint::rules {

namespace {

// A section that holds sources or links (References, Further reading, See also, ...) or a
// subsection of one: rules/data/source_sections.tsv and uncited_sections.tsv.
bool holds_sources(const Article& a, std::uint32_t section) {
    const auto& c = *a.catalogues;
    std::uint8_t level = a.sections[section].level + 1;
    for (std::uint32_t k = section; k >= 1; --k) {
        if (a.sections[k].level >= level) continue;
        level = a.sections[k].level;
        const std::string& title = a.sections[k].title;
        if (c.source_sections.contains(title) || c.uncited_sections.contains(title)) return true;
    }
    return false;
}

void check(const Article& a, Sink& sink) {
    std::size_t paragraph = 0, point = 0;
    for (std::uint32_t s = 1; s < a.sections.size(); ++s) {
        const std::uint32_t begin = a.sections[s].heading.begin;
        const std::uint32_t end = s + 1 < a.sections.size()
                                      ? a.sections[s + 1].heading.begin
                                      : static_cast<std::uint32_t>(a.source->text().size());
        while (paragraph < a.paragraphs.size() && a.paragraphs[paragraph].section < s)
            ++paragraph;
        std::size_t prose = 0;
        std::size_t first_paragraph = a.paragraphs.size();
        for (std::size_t p = paragraph; p < a.paragraphs.size() && a.paragraphs[p].section == s;
             ++p) {
            // A paragraph that only introduces a list or sends the reader elsewhere states
            // nothing a source could support.
            if (p < a.prose_paragraphs.size() && states_nothing(a, a.prose_paragraphs[p])) continue;
            ++prose;
            first_paragraph = std::min(first_paragraph, p);
        }
        while (point < a.page_citation_points.size() &&
               a.page_citation_points[point].span.end <= begin)
            ++point;
        const bool cited =
            point < a.page_citation_points.size() && a.page_citation_points[point].span.begin < end;
        // A plot summary is sourced by the work it summarises (WP:PLOTCITE).
        const bool plot =
            first_paragraph < a.prose_paragraphs.size() && a.prose_paragraphs[first_paragraph].plot;
        if (prose == 0 || cited || plot || holds_sources(a, s) || section_marked(a, s)) continue;
        Diagnostic& d = sink.report(trimmed_span(a, a.sections[s].heading),
                                    fmt::format("section \"{}\" has {} of prose and no citation",
                                                a.sections[s].title,
                                                prose == 1 ? std::string("a paragraph")
                                                           : fmt::format("{} paragraphs", prose)));
        d.place = Span{begin, end}; // the section's own text: its sentences are its
        const Span first = a.paragraphs[first_paragraph].span;
        const auto line_end = a.text(first).find('\n');
        d.notes.push_back(
            {line_end == std::string_view::npos
                 ? first
                 : Span{first.begin, first.begin + static_cast<std::uint32_t>(line_end)},
             "its prose begins here"});
        d.help.push_back(
            "cite the sources of its claims with <ref>s; if none can be found yet, mark it "
            "{{unreferenced section|date=...}}");
    }
}

} // namespace

// clang-format off
extern const engine::Rule unreferenced_section{
    .code = "C005",
    .name = "unreferenced-section",
    .family = engine::Family::claims,
    .severity = engine::Severity::warning,
    .summary = "a section of the body has prose and no citation",
    .docs = {
        .what_it_finds =
            "A section of the article's body (not the lead) that has prose, "
            "paragraphs of text (lists, tables, headings and templates alone on their lines are "
            "not prose), and no citation point anywhere in its own text: "
            "no ref in any form (`<ref>`, a reused `<ref name=x/>`, `{{#tag:ref}}`, `{{r}}`, "
            "`{{sfn}}`), no short citation (`{{harvnb}}`), no full citation template written "
            "inline, no `{{efn}}` note with a citation inside; in the rendered dialect no "
            "`Template:Sfn`, `Template:Harvnb`, `Template:R` or `Template:Refn` placeholder. "
            "A section's own text runs from its heading to the next heading of any level: "
            "a section whose subsections are cited but whose own introduction is not is reported "
            "for its own prose, and a subsection is judged on its own. "
            "An author-date citation written as text (\"(Young and Goulet 1994)\") is a citation "
            "point as unsourced-paragraph says. "
            "Sections that hold sources or links (References, Notes, Bibliography, "
            "Further reading, External links, See also, Works and their variants and translations: "
            "rules/data/source_sections.tsv and rules/data/uncited_sections.tsv) and their "
            "subsections are left alone. "
            "A section that a banner already marks (`{{unreferenced section}}`, "
            "`{{more citations needed|section}}`, ..., in it or in a section above it) is reported "
            "by marked-unsourced (C004) and not here; an article banner (`{{unreferenced}}`) does "
            "not keep the sections quiet. "
            "Plot summaries (rules/data/plot_sections.tsv, WP:PLOTCITE), "
            "and paragraphs that only introduce a list, point elsewhere or hold transclusions and "
            "horizontal rules are not prose that needs a citation. "
            "The span is the heading; the diagnostic speaks for the section's own text. "
            "One claims diagnostic per place: the sentences of it that the claim model scores as "
            "likely to be challenged (likely-challenged) and its uncited quotations "
            "(uncited-quotation) are notes of this diagnostic, naming why, "
            "not diagnostics of their own.",
        .why_it_matters =
            "A section without a single citation gives the reader no way to check any of its "
            "claims, and it is where challenged material can be removed wholesale "
            "(WP:V, WP:MINREF). "
            "Such sections are the usual target of `{{unreferenced section}}`.",
        .example_bad = R"md(== History ==
The town was founded in 1201 by the Teutonic Order and burned down in 1450.)md",
        .example_good = R"md(== History ==
The town was founded in 1201 by the Teutonic Order<ref>{{cite book |last=Smith |title=The Order |year=1999 |page=12}}</ref> and burned down in 1450.<ref name="fire">{{cite book |last=Jones |title=Fires |year=2004 |page=7}}</ref>)md",
        .options =
            "None. "
            "The excluded section titles are data: another wiki's are added with `--templates` "
            "rows `source-section TITLE` or `uncited-section TITLE`.",
    },
    .relies_on = {
        "src/model/structure.cpp: collect_structure",
        "src/model/prose/citation_points.cpp: collect_citation_points",
    },
    .check = check,
};
// clang-format on

} // namespace citelint::rules
