#include "common.hpp"

namespace citelint::rules {

namespace {

std::string_view what_it_marks(const Mark& m) {
    if (m.scope == MarkScope::section) return "marks the section as needing citations";
    if (m.scope == MarkScope::article) return "marks the article as needing citations";
    switch (m.kind) {
    case NeedKind::weak_source:
        return "marks the source of this claim as questioned";
    case NeedKind::disputed:
        return "marks this claim as dubious (its accuracy is disputed)";
    case NeedKind::locator:
        return "marks this citation as lacking a page";
    default:
        return "marks this claim unsourced";
    }
}

// " since March 2015 (11 years and 8 months)", " (undated)", ...
std::string since(const Mark& m, const std::optional<model::CalendarDate>& today) {
    if (m.date.empty()) return " (undated)";
    if (!m.dated) return fmt::format(" since \"{}\" (a date not understood)", m.date);
    const std::string date = model::format_partial_date(*m.dated);
    if (!today) return " since " + date;
    const int months = model::months_between(*m.dated, *today);
    if (months < 0) return fmt::format(" since {} (a date after today)", date);
    return fmt::format(" since {} ({})", date, model::format_months(months));
}

std::string_view help(const Mark& m) {
    if (m.scope != MarkScope::claim)
        return "cite reliable sources for its claims with <ref>s, then remove the banner";
    switch (m.kind) {
    case NeedKind::weak_source:
        return "cite a reliable source that supports the claim, then remove the mark";
    case NeedKind::disputed:
        return "check the claim against reliable sources (and the talk page's discussion), "
               "correct or cite it, then remove the mark";
    case NeedKind::locator:
        return "give the page of the source (|page= or {{rp|...}}), then remove the mark";
    default:
        return "cite a reliable source for the claim, or remove the claim, and the mark with it";
    }
}

void check(const Article& a, Sink& sink) {
    for (const Mark& m : a.marks) {
        Diagnostic& d =
            sink.report(m.span, fmt::format("{} {}{}", mark_shown(a, m), what_it_marks(m),
                                            since(m, a.options.today)));
        d.help.emplace_back(help(m));
    }
}

} // namespace

// clang-format off
extern const engine::Rule marked_unsourced{
    .code = "C004",
    .name = "marked-unsourced",
    .family = engine::Family::claims,
    .severity = engine::Severity::info,
    .summary = "a claim, section or article is marked as wanting a citation",
    .docs = {
        .what_it_finds =
            "Each maintenance mark of the `{{citation needed}}` family, "
            "with how long it has stood: the inline marks of a claim with no source (`{{citation "
            "needed}}`, `{{cn}}`, `{{fact}}`, `{{citation needed span}}`), "
            "of a questioned source (`{{better source needed}}`, `{{unreliable source?}}`, "
            "`{{failed verification}}`, `{{verification needed}}`), of a claim whose accuracy is "
            "doubted (`{{dubious}}`, `{{disputed inline}}`), of a citation without a page (`{{page "
            "needed}}`), and the banners of a section (`{{unreferenced section}}`, "
            "`{{more citations needed section}}`, `{{more citations needed|section}}`) or an "
            "article (`{{unreferenced}}`, `{{more citations needed}}` and its old name "
            "`{{refimprove}}`, `{{BLP sources}}`, `{{primary sources}}`, ...; "
            "it.wiki's `{{F}}` and `{{NN}}` speak of the article at the top of the page and of a "
            "section at the top of a section), with their redirects and the translations seen in "
            "real articles (`{{citazione necessaria}}`, `{{нет АИ}}`, `{{Bron?}}`, `{{Fakt}}`, "
            "`{{要出典}}`, ...: rules/data/citation_needed_templates.tsv, which also says where each "
            "template takes its date). "
            "The date the mark was placed is read in the usual forms (`March 2015`, `2015-03`, "
            "`15 March 2015`, `ottobre 2009`, `2021年3月`, `{{нет АИ|23|12|2012}}`; "
            "month names of rules/data/month_names.tsv) and turned into an age against today "
            "(`--today`, else the current date). "
            "In the rendered dialect the placeholders (`Template:Citation needed`) are "
            "reported as undated. "
            "The span is the template. "
            "A section banner also keeps unreferenced-section (C005) quiet about its section: "
            "the banner is reported here, once.",
        .why_it_matters =
            "A mark is a claim someone challenged and nobody has sourced since: "
            "what verifiability (WP:V) says may be removed. "
            "Listing the marks with their age shows which claims have waited longest, "
            "the work Citation Hunt hands out one claim at a time.",
        .example_bad = R"md(Berlin has 3.9 million inhabitants.{{citation needed|date=March 2015}})md",
        .example_good = R"md(Berlin has 3.9 million inhabitants.<ref>{{cite web |url=https://www.statistik-berlin-brandenburg.de/ |title=Population |publisher=Statistik Berlin-Brandenburg}}</ref>)md",
        .options =
            "None. "
            "The day ages are counted to is `--today` (default: the current date in UTC); "
            "another wiki's marks are added with `--templates` rows `citation-needed NAME KIND "
            "DATE-PARAMETER`.",
    },
    .relies_on = {
        "src/model/prose/marks.cpp: collect_marks",
        "src/model/citations/dates.cpp: months_between",
    },
    .check = check,
};
// clang-format on

} // namespace citelint::rules
