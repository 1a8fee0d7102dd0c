#include "common.hpp"

namespace citelint::rules {

namespace {

void check(const Article& a, Sink& sink) {
    for_each_finding(a, CiteKey::references_no_key, [&](const CiteFinding& f) {
        const Ref& r = ref_of(a, f);
        Diagnostic& d = sink.report(r.opening, "ref inside a reference list has no name");
        d.help.push_back("a list-defined ref needs the name its uses in the text give, as in <ref "
                         "name=\"smith\">");
    });
}

} // namespace

extern const engine::Rule unnamed_list_defined_ref{
    "R012",
    "unnamed-list-defined-ref",
    engine::Family::references,
    engine::Severity::error,
    "a ref defined inside <references> has no name",
    {"cite_error_references_no_key"},
    {
        "A ref inside `<references>...</references>` (or `{{reflist|refs=...}}`) without a usable "
        "name.",
        "A list-defined ref only supplies the content for a name used in the text; without a name "
        "it "
        "can be used nowhere. MediaWiki shows \"Cite error: <ref> tag defined in <references> has "
        "no name "
        "attribute\".",
        "<references>\n<ref>Smith 2010</ref>\n</references>",
        "<references>\n<ref name=\"smith\">Smith 2010</ref>\n</references>",
        "None.",
    },
    check,
};

} // namespace citelint::rules
