#include "common.hpp"

namespace citelint::rules {

namespace {

void check(const Article& a, Sink& sink) {
    for_each_finding(a, CiteKey::references_missing_key, [&](const CiteFinding& f) {
        const Ref& r = ref_of(a, f);
        Diagnostic& d = sink.report(
            attribute_span(r, "name"),
            fmt::format("ref \"{}\" is defined in the reference list but not used before it",
                        f.argument));
        d.help.push_back(fmt::format(
            "cite it in the text with <ref name=\"{}\" />, or remove the definition", f.argument));
    });
}

} // namespace

// clang-format off
extern const engine::Rule unused_list_defined_ref{
    .code = "R014",
    .name = "unused-list-defined-ref",
    .family = engine::Family::references,
    .severity = engine::Severity::error,
    .summary = "a list-defined ref is not used in the text before its list",
    .mediawiki_keys = {"cite_error_references_missing_key"},
    .docs = {
        .what_it_finds =
            "A named ref defined inside `<references>...</references>` (or `{{reflist|refs=...}}`) "
            "whose name no ref of the same group used earlier in the page, "
            "after the previous list of that group. "
            "A `follow=` does not count as a use.",
        .why_it_matters =
            "MediaWiki lists the citation with a bare arrow and no backlink and shows \"Cite "
            "error: <ref> tag with name ... defined in <references> is not used in prior text\": "
            "a source that supports nothing, often left behind when a sentence was removed or "
            "a use misspelt.",
        .example_bad = R"md(Text.
<references>
<ref name="smith">Smith 2010</ref>
</references>)md",
        .example_good = R"md(Text.<ref name="smith" />
<references>
<ref name="smith">Smith 2010</ref>
</references>)md",
        .options = R"md(None.)md",
    },
    .relies_on = {"src/model/references/cite.cpp: list_defined_ref"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
