#include "common.hpp"

namespace citelint::rules {

namespace {

using model::Citation;
using model::CitationParam;

bool has(const Citation& c, std::string_view meta) {
    return cs1_given(c, meta) != nullptr;
}

// Whether the module finds a title once it has moved the parameters of its special classes
// around (CS1.lua citation0(), before "Test if citation has no title").
bool has_title(const Citation& c, std::string_view cls) {
    // {{cite episode}}: the series is the title; |title= is the episode, shown as a chapter.
    if (cls == "episode") return has(c, "Series");
    if (has(c, "Title") || has(c, "TransTitle") || has(c, "ScriptTitle")) return true;
    // {{cite encyclopedia}} (and {{citation |encyclopedia=}}): with an |article= (or other
    // chapter alias), the encyclopedia is the title.
    if (cls == "encyclopaedia" || (cls == "citation" && has(c, "Encyclopedia")))
        return (has(c, "Encyclopedia") || has(c, "Periodical")) &&
               (has(c, "Chapter") || has(c, "ScriptChapter"));
    // {{cite conference}}: the proceedings' |book-title= is the title.
    if (cls == "conference") return has(c, "BookTitle");
    return false;
}

void check(const Article& a, Sink& sink) {
    for (const Citation& c : a.citations) {
        if (!c.cs1) continue;
        // A citation with no value at all is an empty citation (T004); the module then shows
        // only that error.
        if (std::none_of(c.params.begin(), c.params.end(),
                         [](const CitationParam& p) { return !p.value.empty(); }))
            continue;
        const std::string_view cls = model::Cs1Classes::builtin().of(c.name);
        if (has_title(c, cls)) continue;
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

extern const engine::Rule missing_citation_title{
    "T014",
    "missing-citation-title",
    engine::Family::templates,
    engine::Severity::error,
    "a citation has no title",
    {},
    {
        "A CS1/CS2 citation (a template of rules/data/citation_templates.tsv) that Module:Citation/"
        "CS1 finds no title in (its error \"Missing or empty |title=\"): none of `title`, "
        "`trans-title` and `script-title` has a value, after the module's special cases: "
        "`{{cite episode}}` takes its title from `series` (and says \"Missing or empty "
        "|series=\"), `{{cite encyclopedia}}` and `{{citation |encyclopedia=}}` take the "
        "encyclopedia as the title when an `article` (or another chapter alias) is given, and "
        "`{{cite conference}}` takes `book-title`. `{{cite serial}}` needs `title` like the other "
        "templates. A citation with no parameter value at all is left to empty-citation (T004). "
        "In the rendered dialect, where parameters are lost, it says once that it could not run.",
        "The module shows a red \"Missing or empty |title=\" error in the reference and puts the "
        "page in Category:CS1 errors: missing title. Without a title a reader cannot tell what "
        "the source is or find it; a bare URL or a publisher's name is not enough.",
        "<ref>{{cite web |url=https://example.org/report |website=Example |date=3 May 2010}}</ref>",
        "<ref>{{cite web |url=https://example.org/report |title=Annual report |website=Example "
        "|date=3 May 2010}}</ref>",
        "None.",
    },
    check,
};

} // namespace citelint::rules
