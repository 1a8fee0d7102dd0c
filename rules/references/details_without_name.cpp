#include "common.hpp"

namespace citelint::rules {

namespace {

void check(const Article& a, Sink& sink) {
    for_each_finding(a, CiteKey::ref_with_details_no_name, [&](const CiteFinding& f) {
        const Ref& r = ref_of(a, f);
        Diagnostic& d =
            sink.report(attribute_span(r, "details"), "details= needs a name= on the same ref");
        d.help.push_back("add the name of the main ref, or drop details=");
    });
}

} // namespace

// clang-format off
extern const engine::Rule details_without_name{
    .code = "R019",
    .name = "details-without-name",
    .family = engine::Family::references,
    .severity = engine::Severity::error,
    .summary = "a sub-reference with content has details= but no name",
    .mediawiki_keys = {"cite_error_ref_with_details_no_name"},
    .docs = {
        .what_it_finds =
            "With sub-referencing on: a ref with content and a non-empty `details=` but "
            "no usable name.",
        .why_it_matters =
            "MediaWiki ignores the details and shows \"Cite error: Invalid <ref> tag; "
            "missing name attribute. "
            "A name attribute must be provided along with a details attribute\".",
        .example_bad = R"md(<ref details="p. 12">Smith 2010</ref>)md",
        .example_good = R"md(<ref name="smith" details="p. 12">Smith 2010</ref>)md",
        .options = R"md(Runs only with `--cite-subreferencing`.)md",
        .example_options = {"--cite-subreferencing"},
    },
    .relies_on = {"src/model/references/cite.cpp: validate"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
