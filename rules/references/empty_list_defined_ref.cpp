#include "common.hpp"

namespace citelint::rules {

namespace {

void check(const Article& a, Sink& sink) {
    for_each_finding(a, CiteKey::empty_references_define, [&](const CiteFinding& f) {
        const Ref& r = ref_of(a, f);
        Diagnostic& d =
            sink.report(r.span, fmt::format("ref \"{}\" defined in a reference list has no content",
                                            f.argument));
        d.help.push_back("put the citation inside it, or remove it from the list");
    });
}

} // namespace

// clang-format off
extern const engine::Rule empty_list_defined_ref{
    .code = "R013",
    .name = "empty-list-defined-ref",
    .family = engine::Family::references,
    .severity = engine::Severity::error,
    .summary = "a ref defined inside <references> is empty",
    .mediawiki_keys = {"cite_error_empty_references_define"},
    .docs = {
        .what_it_finds =
            "A named ref inside `<references>...</references>` (or `{{reflist|refs=...}}`) that is "
            "self-closing or holds only whitespace.",
        .why_it_matters =
            "MediaWiki drops it and shows \"Cite error: <ref> tag with name ... defined in "
            "<references> group ... has no content\"; its uses in the text stay undefined.",
        .example_bad = R"md(<references>
<ref name="smith" />
</references>)md",
        .example_good = R"md(<references>
<ref name="smith">Smith 2010</ref>
</references>)md",
        .options = R"md(None.)md",
    },
    .relies_on = {"src/model/references/cite.cpp: validate",
                  "src/model/references/references.cpp: content_is_empty"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
