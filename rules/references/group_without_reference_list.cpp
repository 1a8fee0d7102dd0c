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

// clang-format off
extern const engine::Rule group_without_reference_list{
    .code = "R016",
    .name = "group-without-reference-list",
    .family = engine::Family::references,
    .severity = engine::Severity::error,
    .summary = "refs of a named group have no <references group=...> after them",
    .mediawiki_keys = {"cite_error_group_refs_without_references"},
    .docs = {
        .what_it_finds =
            "Refs of a group other than the default one that remain at the end of the page: "
            "no `<references group=\"G\" />` (or list template such as `{{notelist}}` for the "
            "footnote group) came after them, or the only one was invalid. "
            "The default group never needs one: MediaWiki adds it. "
            "When every ref so left is made by a note template (`{{efn}}`, `{{refn|group=...}}`, "
            "...), note-without-notelist (T010) reports the group instead, "
            "naming the list template to add, and this rule says nothing: "
            "one diagnostic per defect.",
        .why_it_matters =
            "The legacy parser lists none of those refs and appends \"Cite error: "
            "<ref> tags exist for a group named ..., but no corresponding <references group=...> "
            "tag was found\"; the notes are lost to the reader.",
        .example_bad = R"md(An aside.<ref group="note">Only in the 1910 edition.</ref>

== References ==
{{reflist}})md",
        .example_good = R"md(An aside.<ref group="note">Only in the 1910 edition.</ref>

== Notes ==
<references group="note" />

== References ==
{{reflist}})md",
        .options = R"md(None.)md",
    },
    .relies_on = {"src/model/references/cite.cpp: run"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
