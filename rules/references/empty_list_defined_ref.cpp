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

extern const engine::Rule empty_list_defined_ref{
    "R013",
    "empty-list-defined-ref",
    engine::Family::references,
    engine::Severity::error,
    "a ref defined inside <references> is empty",
    {"cite_error_empty_references_define"},
    {
        "A named ref inside `<references>...</references>` (or `{{reflist|refs=...}}`) that is "
        "self-closing or holds only whitespace.",
        "MediaWiki drops it and shows \"Cite error: <ref> tag with name ... defined in "
        "<references> "
        "group ... has no content\"; its uses in the text stay undefined.",
        "<references>\n<ref name=\"smith\" />\n</references>",
        "<references>\n<ref name=\"smith\">Smith 2010</ref>\n</references>",
        "None.",
    },
    check,
};

} // namespace citelint::rules
