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

extern const engine::Rule list_defined_ref_group_mismatch{
    "R015",
    "list-defined-ref-group-mismatch",
    engine::Family::references,
    engine::Severity::error,
    "a list-defined ref names a group other than its list's",
    {"cite_error_references_group_mismatch"},
    {
        "A ref inside `<references group=\"Y\">...</references>` that gives a different `group=`, "
        "an "
        "explicit empty `group=\"\"` included.",
        "MediaWiki forces the list's group and shows \"Cite error: <ref> tag in <references> has "
        "conflicting group attribute\".",
        "<references group=\"note\">\n<ref name=\"a\" group=\"n\">Aside.</ref>\n</references>",
        "<references group=\"note\">\n<ref name=\"a\">Aside.</ref>\n</references>",
        "None.",
    },
    check,
};

} // namespace citelint::rules
