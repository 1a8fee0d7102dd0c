#include "common.hpp"

namespace citelint::rules {

namespace {

void check(const Article& a, Sink& sink) {
    for (const model::Citation& c : a.citations) {
        if (!c.cs1) continue;
        const bool empty =
            std::none_of(c.params.begin(), c.params.end(),
                         [](const model::CitationParam& p) { return !p.value.empty(); });
        if (!empty) continue;
        Diagnostic& d = sink.report(
            c.opening, fmt::format("{{{{{}}}}} has no parameters: it cites nothing", c.name));
        d.help.push_back("fill in the source (at least a title, and a URL or the publication), or "
                         "remove the template");
    }
    // Rendered dialect: placeholders are citations that lost every parameter.
    if (a.dialect != model::Dialect::rendered) return;
    if (const std::size_t lost = a.lost_citations.size(); lost > 0) {
        Diagnostic& d = sink.report(
            a.lost_citations.front(),
            fmt::format("{} citation templates have lost their parameters (placeholders "
                        "or unexpanded #invoke calls)",
                        lost));
        d.help.push_back("the citations must be restored from the page's wikitext; the rendered "
                         "text holds only their names");
    }
}

} // namespace

// clang-format off
extern const engine::Rule empty_citation{
    .code = "T004",
    .name = "empty-citation",
    .family = engine::Family::templates,
    .severity = engine::Severity::warning,
    .summary = "a citation template has no parameters",
    .docs = {
        .what_it_finds =
            "A CS1/CS2 citation template (`{{cite news}}`, `{{citation}}`, "
            "... as catalogued in rules/data/citation_templates.tsv) with no parameter "
            "that has a value. "
            "In the rendered dialect, where every citation became a `Template:Cite ...` "
            "placeholder or an unexpanded `{{#invoke:citation/CS1|...}}` and lost its parameters, "
            "one diagnostic per document counts them.",
        .why_it_matters =
            "An empty citation renders as a bare error (\"Empty citation\") and supports nothing: "
            "the claim it stands after is unsourced in fact.",
        .example_bad = R"md(It opened in 1932.<ref>{{cite news}}</ref>)md",
        .example_good = R"md(It opened in 1932.<ref>{{cite news |title=Bridge opens |work=The Times |date=3 May 1932}}</ref>)md",
        .options = R"md(None.)md",
    },
    .relies_on = {"src/model/citations/citations.cpp: collect_citations",
                  "src/model/rendered.cpp: collect_lost_citations"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
