#include "common.hpp"

namespace citelint::rules {

namespace {

void check(const Article& a, Sink& sink) {
    for_each_finding(a, CiteKey::details_missing_parent, [&](const CiteFinding& f) {
        const Ref& r = ref_of(a, f);
        Diagnostic& d =
            sink.report(r.opening, "ref with details= has neither content nor a name to attach to");
        d.help.push_back("name the main ref it refines: <ref name=\"book\" details=\"p. 1\" />");
    });
}

} // namespace

// clang-format off
extern const engine::Rule details_without_parent{
    .code = "R018",
    .name = "details-without-parent",
    .family = engine::Family::references,
    .severity = engine::Severity::error,
    .summary = "a sub-reference (details=) has no content and no parent name",
    .mediawiki_keys = {"cite_error_details_missing_parent"},
    .docs = {
        .what_it_finds =
            "With sub-referencing on: a ref with a `details=` attribute (even empty), "
            "no usable name, and no content.",
        .why_it_matters =
            "MediaWiki drops it and shows \"Cite error: A <ref> tag with details must contain "
            "content or point to a parent reference by name\".",
        .example_bad = R"md(<ref details="p. 12" />)md",
        .example_good = R"md(<ref name="book" details="p. 12" />)md",
        .options =
            "Runs only with `--cite-subreferencing` (MediaWiki's $wgCiteSubReferencing, "
            "off by default).",
        .example_options = {"--cite-subreferencing"},
    },
    .relies_on = {"src/model/references/cite.cpp: validate"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
