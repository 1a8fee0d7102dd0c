#include "common.hpp"

namespace citelint::rules {

namespace {

// A template the catalogue does not know that stands alone on its line under a heading of
// its own name ("== Nūruodis ==" then "{{Nūruodis}}"): a reference list in all likelihood.
bool probable_list(const Article& a) {
    for (const auto& t : a.other_templates) {
        if (!t.alone_on_line) continue;
        const model::Section* section = nullptr;
        for (const auto& s : a.sections)
            if (!s.heading.empty() && s.heading.begin <= t.span.begin) section = &s;
        if (section && model::canonical_title(section->title) == t.name) return true;
    }
    return false;
}

bool in_default_group_text(const Ref& r) {
    return !r.nested && r.list < 0 && r.group.empty();
}

void check(const Article& a, Sink& sink) {
    const model::ReferenceList* last = nullptr;
    for (const auto& l : a.lists)
        if (!l.nested && l.group.empty()) last = &l;
    if (last) {
        // Refs after the last list go to a second list that MediaWiki adds at the end.
        for (const Ref& r : a.refs) {
            if (!in_default_group_text(r) || r.span.begin < last->span.end) continue;
            Diagnostic& d = sink.report(r.opening, "ref after the last reference list");
            d.notes.push_back({last->opening, "the last reference list"});
            d.help.push_back(
                "MediaWiki shows it in a second, automatic list at the very end of the page: move "
                "the reference list below it, or the citation above the list");
            return;
        }
        return;
    }
    if (probable_list(a)) return;
    for (const Ref& r : a.refs) {
        if (r.nested || r.list >= 0 || !r.group.empty()) continue;
        Diagnostic& d = sink.report(r.opening, "the page has refs but no reference list");
        d.help.push_back(
            "add a \"References\" section with {{reflist}} or <references />; MediaWiki otherwise "
            "appends the list at the very end of the page, under no heading");
        return;
    }
}

} // namespace

extern const engine::Rule missing_reference_list{
    "R025",
    "missing-reference-list",
    engine::Family::references,
    engine::Severity::info,
    "refs of the default group have no reference list to show them",
    {},
    {
        "A page with refs of the default group and no `<references />`, `{{#tag:references}}` or "
        "reference-list template (`{{reflist}}` and the others catalogued in "
        "rules/data/reference_templates.tsv) for that group. Reported once, at the first ref. A "
        "template the catalogue does not know, alone on its line under a heading of its own name "
        "(`== Nūruodis ==` then `{{Nūruodis}}`), is taken for a reference list. Also, once, a ref "
        "of the default group placed after the page's last reference list.",
        "MediaWiki appends an automatic list at the very end of the page, after categories and "
        "navigation boxes, with no \"References\" heading: readers do not find the sources where "
        "they "
        "look for them. A ref after the last list ends up in such a second list of its own.",
        "It opened in 1932.<ref>Smith 2010</ref>",
        "It opened in 1932.<ref>Smith 2010</ref>\n\n== References ==\n{{reflist}}",
        "None.",
    },
    check,
};

} // namespace citelint::rules
