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

extern const engine::Rule details_without_name{
    "R019",
    "details-without-name",
    engine::Family::references,
    engine::Severity::error,
    "a sub-reference with content has details= but no name",
    {"cite_error_ref_with_details_no_name"},
    {
        "With sub-referencing on: a ref with content and a non-empty `details=` but no usable "
        "name.",
        "MediaWiki ignores the details and shows \"Cite error: Invalid <ref> tag; missing name "
        "attribute. A name attribute must be provided along with a details attribute\".",
        "<ref details=\"p. 12\">Smith 2010</ref>",
        "<ref name=\"smith\" details=\"p. 12\">Smith 2010</ref>",
        "Runs only with `--cite-subreferencing`.",
        "cite-subreferencing",
    },
    check,
};

} // namespace citelint::rules
