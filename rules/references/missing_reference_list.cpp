#include <optional>

#include "../../src/model/text.hpp"
#include "common.hpp"

namespace citelint::rules {

namespace {

// A template the catalogue does not know that stands alone on its line under a heading of
// its own name ("== Nūruodis ==" then "{{Nūruodis}}"), or under a heading where some wiki puts
// its reference list ("== Примечания ==", "== Einzelnachweise ==": rules/data/
// reference_sections.tsv): that wiki's reference list in all likelihood, which citelint
// cannot expand.
bool probable_list(const Article& a) {
    for (const auto& t : a.other_templates) {
        if (!t.alone_on_line) continue;
        const model::Section* section = nullptr;
        for (const auto& s : a.sections)
            if (!s.heading.empty() && s.heading.begin <= t.span.begin) section = &s;
        if (section && (model::canonical_title(section->title) == t.name ||
                        a.catalogues->reference_sections.contains(section->title)))
            return true;
    }
    return false;
}

bool in_default_group_text(const Ref& r) {
    return !r.nested && r.list == model::no_index && r.group.empty();
}

// Where the References section goes by the usual layout of an article (see also, notes,
// references, further reading, external links, then navigation boxes and categories): before a
// "Further reading" or "External links" section, else before the categories and sort keys
// that end the page.
std::uint32_t reference_section_place(const Article& a) {
    for (const auto& s : a.sections) {
        const std::string title = model::ascii_lower(s.title);
        if (!s.heading.empty() && (title == "further reading" || title == "external links"))
            return s.heading.begin;
    }
    // Navigation boxes, the templates alone on their lines just before the categories, stay
    // below the references.
    const std::string_view text = a.source->text();
    std::uint32_t at = a.end_matter;
    for (auto t = a.other_templates.rbegin(); t != a.other_templates.rend(); ++t) {
        if (t->span.end > at) continue;
        if (!t->alone_on_line ||
            !model::php_trim(text.substr(t->span.end, at - t->span.end)).empty())
            break;
        at = t->span.begin;
        while (at > 0 && text[at - 1] != '\n')
            --at;
    }
    return at;
}

// The heading of a new reference section: English Wikipedia's "References" on a page of
// English Wikipedia or with English appendix headings (certain); on a page of another known
// wiki, the catalogue's first reference-section title of its language (likely: the fix is
// unsafe); none when the page's language is not known, or has no title in the catalogue.
struct Heading {
    std::string title; // empty: none can be said
    bool certain = false;
};

Heading reference_heading(const Article& a) {
    const model::Site* site = a.options.site;
    if (site && !site->english())
        return {std::string(a.catalogues->reference_sections.first_of_language(site->language)),
                false};
    if (site) return {"References", true};
    // A page of no known wiki is English by its headings (an English appendix heading among
    // them) or, without headings, by its citations (English Wikipedia's template names).
    bool headings = false;
    for (const auto& s : a.sections) {
        if (s.heading.empty()) continue;
        if (a.catalogues->english_appendix_sections.contains(s.title)) return {"References", true};
        headings = true;
    }
    const bool english_citations =
        std::any_of(a.citations.begin(), a.citations.end(),
                    [](const model::Citation& c) { return c.cs1 && !c.other_wiki_name; });
    if (!headings && english_citations) return {"References", true};
    return {};
}

// A reference section with a list: {{reflist}} on an English page written with citation
// templates, <references /> (which needs no template, on any wiki) elsewhere. When the page
// has a reference heading with no list under it, only the list, which is certain.
std::optional<engine::Fix> add_reference_list(const Article& a) {
    const Heading heading = reference_heading(a);
    const std::string list =
        a.citations.empty() || !heading.certain ? "<references />" : "{{reflist}}";
    const std::string_view text = a.source->text();
    for (const auto& s : a.sections) {
        if (s.heading.empty() || !(model::ascii_lower(s.title) == "references" ||
                                   a.catalogues->reference_sections.contains(s.title)))
            continue;
        std::uint32_t after = s.heading.end;
        while (after < text.size() && text[after] != '\n')
            ++after;
        const std::string title = fmt::format("add {} under the {} heading", list, s.title);
        if (after == text.size()) return engine::Fix{title, {{{after, after}, "\n" + list + "\n"}}};
        return engine::Fix{title, {{{after + 1, after + 1}, list + "\n"}}};
    }
    if (heading.title.empty()) return std::nullopt;
    const std::uint32_t at = reference_section_place(a);
    std::string insertion;
    if (at > 0 && text[at - 1] != '\n') insertion += '\n';
    if (at > 1 && text.substr(at - 2, 2) != "\n\n") insertion += '\n';
    insertion += fmt::format("== {} ==\n{}\n", heading.title, list);
    if (at < text.size()) insertion += '\n';
    return engine::Fix{fmt::format("add a {} section with {}", heading.title, list),
                       {{{at, at}, std::move(insertion)}},
                       heading.certain ? engine::Safety::safe : engine::Safety::unsafe};
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
        if (r.nested || r.list != model::no_index || !r.group.empty()) continue;
        Diagnostic& d = sink.report(r.opening, "the page has refs but no reference list");
        d.help.push_back(
            "add a \"References\" section with {{reflist}} or <references />; MediaWiki otherwise "
            "appends the list at the very end of the page, under no heading");
        d.fix = add_reference_list(a);
        return;
    }
}

} // namespace

// clang-format off
extern const engine::Rule missing_reference_list{
    .code = "R025",
    .name = "missing-reference-list",
    .family = engine::Family::references,
    .severity = engine::Severity::info,
    .summary = "refs of the default group have no reference list to show them",
    .docs = {
        .what_it_finds =
            "A page with refs of the default group and no `<references />`, "
            "`{{#tag:references}}` or reference-list template (`{{reflist}}` and the others "
            "catalogued in rules/data/reference_templates.tsv, localised ones of many wikis among "
            "them) for that group. "
            "Reported once, at the first ref. "
            "A template the catalogue does not know, alone on its line under a heading of its own "
            "name (`== Nūruodis ==` then `{{Nūruodis}}`) or under a heading where some wiki puts "
            "its reference list (`== Примечания ==`, `== Einzelnachweise ==`: "
            "rules/data/reference_sections.tsv, from Pywikibot), is taken for that wiki's "
            "reference list: citelint cannot expand it, and says nothing. "
            "Also, once, a ref of the default group placed after the page's last reference list.",
        .why_it_matters =
            "MediaWiki appends an automatic list at the very end of the page, "
            "after categories and navigation boxes, with no \"References\" heading: "
            "readers do not find the sources where they look for them. "
            "A ref after the last list ends up in such a second list of its own.",
        .example_bad = R"md(It opened in 1932.<ref>Smith 2010</ref>)md",
        .example_good = R"md(It opened in 1932.<ref>Smith 2010</ref>

== References ==
{{reflist}})md",
        .options = R"md(None.)md",
    },
    .relies_on = {
        "src/model/references/references.cpp: collect_references",
        "src/model/citations/citations.cpp: collect_citations",
        "src/model/structure.cpp: collect_structure",
        "src/model/structure.cpp: collect_end_matter",
    },
    .check = check,
};
// clang-format on

} // namespace citelint::rules
