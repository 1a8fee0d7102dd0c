#include "common.hpp"

namespace citelint::rules {

namespace {

void check(const Article& a, Sink& sink) {
    for_each_finding(a, CiteKey::references_invalid_parameters, [&](const CiteFinding& f) {
        const auto& l = list_of(a, f);
        Diagnostic& d = sink.report(
            list_attribute_span(l, f.argument),
            fmt::format("unknown attribute \"{}\" in <references>; MediaWiki shows an error "
                        "instead of the list",
                        f.argument));
        d.help.push_back("<references> takes only group and responsive");
    });
}

} // namespace

// clang-format off
extern const engine::Rule unknown_references_attribute{
    .code = "R007",
    .name = "unknown-references-attribute",
    .family = engine::Family::references,
    .severity = engine::Severity::error,
    .summary = "a <references> has an attribute MediaWiki does not know",
    .mediawiki_keys = {"cite_error_references_invalid_parameters"},
    .docs = {
        .what_it_finds =
            "A `<references>` (or `{{#tag:references}}`) with an attribute other than `group` "
            "and `responsive`.",
        .why_it_matters =
            "The legacy parser replaces the whole reference list with \"Cite error: "
            "Invalid parameter ... in <references> tag\"; its refs are then listed by a later list "
            "of the group, by the automatic list at the end of the page, or not at all.",
        .example_bad = R"md(<references name="notes" />)md",
        .example_good = R"md(<references group="notes" />)md",
        .options = R"md(None.)md",
    },
    .relies_on = {"src/model/references/cite.cpp: list"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
