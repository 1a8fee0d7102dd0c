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

extern const engine::Rule unknown_references_attribute{
    "R007",
    "unknown-references-attribute",
    engine::Family::references,
    engine::Severity::error,
    "a <references> has an attribute MediaWiki does not know",
    {"cite_error_references_invalid_parameters"},
    {
        "A `<references>` (or `{{#tag:references}}`) with an attribute other than `group` and "
        "`responsive`.",
        "The legacy parser replaces the whole reference list with \"Cite error: Invalid parameter "
        "... in "
        "<references> tag\"; its refs are then listed by a later list of the group, by the "
        "automatic "
        "list at the end of the page, or not at all.",
        "<references name=\"notes\" />",
        "<references group=\"notes\" />",
        "None.",
    },
    check,
};

} // namespace citelint::rules
