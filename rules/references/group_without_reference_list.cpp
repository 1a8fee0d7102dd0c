#include "common.hpp"

namespace citelint::rules {

namespace {

void check(const Article& a, Sink& sink) {
    for_each_finding(a, CiteKey::group_refs_without_references, [&](const CiteFinding& f) {
        if (unlisted_group_is_notes(a, f.argument)) return; // note-without-notelist (T010)
        const Ref& r = ref_of(a, f);
        Diagnostic& d = sink.report(
            r.opening,
            fmt::format("refs of group \"{}\" have no reference list after them", f.argument));
        d.help.push_back(fmt::format(
            "add <references group=\"{}\" /> (or the list template of that group) after the "
            "last of them",
            f.argument));
    });
}

} // namespace

extern const engine::Rule group_without_reference_list{
    "R016",
    "group-without-reference-list",
    engine::Family::references,
    engine::Severity::error,
    "refs of a named group have no <references group=...> after them",
    {"cite_error_group_refs_without_references"},
    {
        "Refs of a group other than the default one that remain at the end of the page: no "
        "`<references group=\"G\" />` (or list template such as `{{notelist}}` for the footnote "
        "group) came after them, or the only one was invalid. The default group never needs one: "
        "MediaWiki adds it. When every ref so left is made by a note template (`{{efn}}`, "
        "`{{refn|group=...}}`, ...), note-without-notelist (T010) reports the group instead, "
        "naming the list template to add, and this rule says nothing: one diagnostic per "
        "defect.",
        "The legacy parser lists none of those refs and appends \"Cite error: <ref> tags exist for "
        "a "
        "group named ..., but no corresponding <references group=...> tag was found\"; the notes "
        "are "
        "lost to the reader.",
        "An aside.<ref group=\"note\">Only in the 1910 edition.</ref>\n\n== References "
        "==\n{{reflist}}",
        "An aside.<ref group=\"note\">Only in the 1910 edition.</ref>\n\n== Notes ==\n<references "
        "group=\"note\" />\n\n== References ==\n{{reflist}}",
        "None.",
    },
    check,
};

} // namespace citelint::rules
