#include "common.hpp"

namespace citelint::rules {

namespace {

// "{{efn-ua" as written, or the placeholder "Template:Efn-ua", as "efn-ua".
std::string note_template_name(const Article& a, const Ref& r) {
    std::string_view name = a.text(r.opening);
    if (name.rfind("{{", 0) == 0) name.remove_prefix(2);
    if (name.rfind("Template:", 0) == 0) name.remove_prefix(9);
    std::string out(model::php_trim(name));
    if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z')
        out[0] = static_cast<char>(out[0] - 'A' + 'a');
    return out;
}

void check(const Article& a, Sink& sink) {
    const auto& catalogue = a.catalogues->references;
    for_each_finding(a, CiteKey::group_refs_without_references, [&](const CiteFinding& f) {
        if (!unlisted_group_is_notes(a, f.argument)) return; // group-without-reference-list (R016)
        const Ref& first = ref_of(a, f);
        const std::string note = note_template_name(a, first);
        // The list as editors write it: "{{notelist-ua}}", first letter in lower case.
        std::string list;
        if (const auto* entry = catalogue.list_for_group(f.argument)) {
            list = "{{" + entry->name + "}}";
            if (list[2] >= 'A' && list[2] <= 'Z') list[2] = static_cast<char>(list[2] - 'A' + 'a');
        } else {
            list = fmt::format("{{{{reflist|group={}}}}}", f.argument);
        }
        Diagnostic& d =
            sink.report(first.opening, fmt::format("{{{{{}}}}} notes have no {}", note, list));
        // A list of the group before the notes shows only what came before it.
        for (auto it = a.lists.rbegin(); it != a.lists.rend(); ++it) {
            if (it->nested || it->group != f.argument || it->span.end > first.span.begin) continue;
            d.notes.push_back(
                {it->opening, "this list of the group comes before them and does not show them"});
            break;
        }
        d.help.push_back(
            fmt::format("add {} after the last of them, usually in a \"Notes\" section", list));
    });
}

} // namespace

// clang-format off
extern const engine::Rule note_without_notelist{
    .code = "T010",
    .name = "note-without-notelist",
    .family = engine::Family::templates,
    .severity = engine::Severity::warning,
    .summary = "{{efn}} notes have no {{notelist}} after them",
    // cite_error_group_refs_without_references is R016's; this rule takes a part of it
    .mediawiki_keys = {},
    .docs = {
        .what_it_finds =
            "Notes made by a note template (`{{efn}}`, `{{efn-ua}}`, `{{refn|group=...}}`, "
            "... catalogued with the role `footnote` in rules/data/reference_templates.tsv) whose "
            "group has no reference list after them: no `{{notelist}}` of the right variant "
            "(`{{efn-ua}}` needs `{{notelist-ua}}`), no `{{reflist|group=...}}`, "
            "no `<references group=...>`. "
            "The group is reported once, at its first note, with the list to add. "
            "Only when every ref left without a list is such a note: a group that also holds plain "
            "refs is reported by group-without-reference-list (R016), and never by both.",
        .why_it_matters =
            "MediaWiki lists none of the notes and appends \"Cite error: "
            "<ref> tags exist for a group named ..., but no corresponding <references group=...> "
            "tag was found\": the reader sees the note markers and never the notes.",
        .example_bad = R"md(An aside.{{efn-ua|Only in the 1910 edition.}}

== Notes ==
{{notelist}})md",
        .example_good = R"md(An aside.{{efn-ua|Only in the 1910 edition.}}

== Notes ==
{{notelist-ua}})md",
        .options = R"md(None.)md",
    },
    .relies_on = {
        "src/model/references/cite.cpp: run",
        "src/model/references/references.cpp: footnote_template",
    },
    .check = check,
};
// clang-format on

} // namespace citelint::rules
