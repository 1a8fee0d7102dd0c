#include "common.hpp"

namespace citelint::rules {

namespace {

void check(const Article& a, Sink& sink) {
    for_each_finding(a, CiteKey::details_unsupported_context, [&](const CiteFinding& f) {
        const Ref& r = ref_of(a, f);
        Diagnostic& d = sink.report(attribute_span(r, "details"),
                                    "details= is not allowed on a ref inside a reference list");
        d.help.push_back("give the details on the use in the text instead");
    });
}

} // namespace

// clang-format off
extern const engine::Rule details_in_reference_list{
    .code = "R020",
    .name = "details-in-reference-list",
    .family = engine::Family::references,
    .severity = engine::Severity::error,
    .summary = "a list-defined ref has details=",
    .mediawiki_keys = {"cite_error_details_unsupported_context"},
    .docs = {
        .what_it_finds =
            "With sub-referencing on: any `details=` attribute, even empty, "
            "on a ref inside `<references>...</references>`.",
        .why_it_matters =
            "MediaWiki ignores the details and shows \"Cite error: <ref> tag with name ... cannot "
            "use details when inside <references>\".",
        .example_bad = R"md(<references>
<ref name="b" details="p. 1">Book</ref>
</references>)md",
        .example_good = R"md(<references>
<ref name="b">Book</ref>
</references>)md",
        .options = R"md(Runs only with `--cite-subreferencing`.)md",
        .example_options = {"--cite-subreferencing"},
    },
    .relies_on = {"src/model/references/cite.cpp: validate"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
