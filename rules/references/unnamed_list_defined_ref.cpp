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

// clang-format off
extern const engine::Rule unnamed_list_defined_ref{
    .code = "R012",
    .name = "unnamed-list-defined-ref",
    .family = engine::Family::references,
    .severity = engine::Severity::error,
    .summary = "a ref defined inside <references> has no name",
    .mediawiki_keys = {"cite_error_references_no_key"},
    .docs = {
        .what_it_finds =
            "A ref inside `<references>...</references>` (or `{{reflist|refs=...}}`) "
            "without a usable name.",
        .why_it_matters =
            "A list-defined ref only supplies the content for a name used in the text; "
            "without a name it can be used nowhere. "
            "MediaWiki shows \"Cite error: <ref> tag defined in <references> has no "
            "name attribute\".",
        .example_bad = R"md(<references>
<ref>Smith 2010</ref>
</references>)md",
        .example_good = R"md(<references>
<ref name="smith">Smith 2010</ref>
</references>)md",
        .options = R"md(None.)md",
    },
    .relies_on = {"src/model/references/cite.cpp: validate"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
