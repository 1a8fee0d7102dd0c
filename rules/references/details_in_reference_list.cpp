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

extern const engine::Rule details_in_reference_list{
    "R020",
    "details-in-reference-list",
    engine::Family::references,
    engine::Severity::error,
    "a list-defined ref has details=",
    {"cite_error_details_unsupported_context"},
    {
        "With sub-referencing on: any `details=` attribute, even empty, on a ref inside "
        "`<references>...</references>`.",
        "MediaWiki ignores the details and shows \"Cite error: <ref> tag with name ... cannot use "
        "details "
        "when inside <references>\".",
        "<references>\n<ref name=\"b\" details=\"p. 1\">Book</ref>\n</references>",
        "<references>\n<ref name=\"b\">Book</ref>\n</references>",
        "Runs only with `--cite-subreferencing`.",
        "cite-subreferencing",
    },
    check,
};

} // namespace citelint::rules
