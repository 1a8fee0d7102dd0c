#include "common.hpp"

namespace citelint::rules {

namespace {

using model::Citation;
using model::CitationParam;

// The parameters that can give a citation its title.
enum Titled {
    title_,
    trans_title_,
    script_title_,
    series_,
    encyclopedia_,
    periodical_,
    chapter_,
    script_chapter_,
    book_title_,
    titled_count
};

// Whether the module finds a title once it has moved the parameters of its special classes
// around (CS1.lua citation0(), before "Test if citation has no title").
bool has_title(const Citation& c, std::string_view cls) {
    static const Cs1Params<titled_count> params({"Title", "TransTitle", "ScriptTitle", "Series",
                                                 "Encyclopedia", "Periodical", "Chapter",
                                                 "ScriptChapter", "BookTitle"});
    const auto given = params.given(c);
    // {{cite episode}}: the series is the title; |title= is the episode, shown as a chapter.
    if (cls == "episode") return given[series_];
    if (given[title_] || given[trans_title_] || given[script_title_]) return true;
    // {{cite encyclopedia}} (and {{citation |encyclopedia=}}): with an |article= (or other
    // chapter alias), the encyclopedia is the title.
    if (cls == "encyclopaedia" || (cls == "citation" && given[encyclopedia_]))
        return (given[encyclopedia_] || given[periodical_]) &&
               (given[chapter_] || given[script_chapter_]);
    // {{cite conference}}: the proceedings' |book-title= is the title.
    if (cls == "conference") return given[book_title_];
    return false;
}

// Whether a named parameter with a value has a name the English module knows. Without one the
// citation is empty to the module (its error then is "empty citation", T004's), or it is
// another wiki's template whose parameters are named in that wiki's language; a parameter
// name with letters outside ASCII ({{cite web |títol=}}) marks one too.
bool speaks_cs1(const Citation& c) {
    if (c.local_parameter_names) return false;
    return std::any_of(c.params.begin(), c.params.end(), [](const CitationParam& p) {
        return !p.positional && !p.value.empty() &&
               model::Catalogues::builtin().cs1_aliases.knows(p.name);
    });
}

void check(const Article& a, Sink& sink) {
    for (const Citation& c : a.citations) {
        if (!c.cs1) continue;
        const std::string_view cls = c.cite_class;
        if (has_title(c, cls)) continue;
        // Another wiki's own template: under a translated name ({{Cita web}}), or under the
        // English name with its parameters in that wiki's language ({{cite book |назва=}}).
        if (c.other_wiki_name || !speaks_cs1(c)) continue;
        const std::string_view wanted = cls == "episode" ? "series" : "title";
        const CitationParam* empty = c.find(wanted);
        const Span name = trimmed_span(a, {c.opening.begin + 2, c.opening.end});
        Diagnostic& d = sink.report(
            name, fmt::format("{{{{{}}}}} has {} |{}=", c.name, empty ? "an empty" : "no", wanted));
        if (cls == "episode")
            d.help.push_back("add |series= with the name of the programme; the episode's own "
                             "title goes in |title=");
        else
            d.help.push_back("add |title= with the title of the work as the source gives it "
                             "(|trans-title= for a translation, |script-title= for the original "
                             "script)");
    }
    say_if_parameters_lost(a, sink, "the titles");
}

} // namespace

// clang-format off
extern const engine::Rule missing_citation_title{
    .code = "T014",
    .name = "missing-citation-title",
    .family = engine::Family::templates,
    .severity = engine::Severity::error,
    .summary = "a citation has no title",
    .docs = {
        .what_it_finds =
            "A CS1/CS2 citation (a template of rules/data/citation_templates.tsv) that "
            "Module:Citation/CS1 finds no title in (its error \"Missing or empty |title=\"): "
            "none of `title`, `trans-title` and `script-title` has a value, "
            "after the module's special cases: `{{cite episode}}` takes its title from `series` "
            "(and says \"Missing or empty |series=\"), `{{cite encyclopedia}}` and `{{citation "
            "|encyclopedia=}}` take the encyclopedia as the title when an `article` (or another "
            "chapter alias) is given, and `{{cite conference}}` takes `book-title`. "
            "`{{cite serial}}` needs `title` like the other templates. "
            "Not checked: a citation with no named parameter that has a value (the module calls it "
            "an empty citation, T004), and other wikis' own templates, "
            "whose parameters are in their language: those under a translated name that en.wiki "
            "keeps as a redirect (`{{Cita web}}`, `{{Ouvrage}}`, "
            "marked in rules/data/citation_templates.tsv) and those with no parameter name the "
            "English module knows (`{{cite book |назва=...}}`) or with one outside ASCII (`{{cite "
            "web |títol=...}}`). "
            "In the rendered dialect, where parameters are lost, "
            "it says once that it could not run.",
        .why_it_matters =
            "The module shows a red \"Missing or empty |title=\" error in the reference and puts "
            "the page in Category:CS1 errors: missing title. "
            "Without a title a reader cannot tell what the source is or find it; "
            "a bare URL or a publisher's name is not enough.",
        .example_bad = R"md(<ref>{{cite web |url=https://example.org/report |website=Example |date=3 May 2010}}</ref>)md",
        .example_good = R"md(<ref>{{cite web |url=https://example.org/report |title=Annual report |website=Example |date=3 May 2010}}</ref>)md",
        .options = R"md(None.)md",
    },
    .relies_on = {"src/model/citations/citations.cpp: collect_citations"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
