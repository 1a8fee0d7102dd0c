#include "common.hpp"

namespace citelint::rules {

namespace {

void check(const Article& a, Sink& sink) {
    for_each_finding(a, CiteKey::references_group_mismatch, [&](const CiteFinding& f) {
        const Ref& r = ref_of(a, f);
        const auto& l = list_of(a, f);
        Diagnostic& d =
            sink.report(attribute_span(r, "group"),
                        fmt::format("ref gives group \"{}\" inside the list of group \"{}\"",
                                    f.argument, l.group));
        d.notes.push_back({l.opening, "the list is for this group"});
        d.help.push_back("remove group= from the ref: it takes the list's group");
    });
}

} // namespace

// clang-format off
extern const engine::Rule list_defined_ref_group_mismatch{
    .code = "R015",
    .name = "list-defined-ref-group-mismatch",
    .family = engine::Family::references,
    .severity = engine::Severity::error,
    .summary = "a list-defined ref names a group other than its list's",
    .mediawiki_keys = {"cite_error_references_group_mismatch"},
    .docs = {
        .what_it_finds =
            "A ref inside `<references group=\"Y\">...</references>` that gives a different "
            "`group=`, an explicit empty `group=\"\"` included.",
        .why_it_matters =
            "MediaWiki forces the list's group and shows \"Cite error: <ref> tag in <references> "
            "has conflicting group attribute\".",
        .example_bad = R"md(<references group="note">
<ref name="a" group="n">Aside.</ref>
</references>)md",
        .example_good = R"md(<references group="note">
<ref name="a">Aside.</ref>
</references>)md",
        .options = R"md(None.)md",
    },
    .relies_on = {"src/model/references/cite.cpp: validate"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
