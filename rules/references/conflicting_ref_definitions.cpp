#include "common.hpp"

namespace citelint::rules {

namespace {

void check(const Article& a, Sink& sink) {
    for_each_finding(a, CiteKey::references_duplicate_key, [&](const CiteFinding& f) {
        const Ref& r = ref_of(a, f);
        Diagnostic& d = sink.report(
            attribute_span(r, "name"),
            fmt::format("named ref \"{}\" is defined again with different content", f.argument));
        if (f.related != model::no_index)
            d.notes.push_back({a.refs[static_cast<std::size_t>(f.related)].opening,
                               "first defined here; this is the content MediaWiki shows"});
        if (r.origin == model::RefOrigin::short_footnote) {
            // The name is Module:Footnotes', not the writer's.
            d.help.push_back(
                "{{sfn}} and {{sfnp}} name their footnote after the names, year, |p=, |pp= and "
                "|loc= alone, so calls alike in those share one footnote and must write the "
                "same text: the same template (sfn or sfnp), |ps= and |ref=");
            return;
        }
        d.help.push_back(fmt::format(
            "reuse the first definition with <ref name=\"{}\" />, or give this citation a "
            "name of its own",
            f.argument));
    });
}

} // namespace

// clang-format off
extern const engine::Rule conflicting_ref_definitions{
    .code = "R002",
    .name = "conflicting-ref-definitions",
    .family = engine::Family::references,
    .severity = engine::Severity::error,
    .summary = "the same ref name is given different content",
    .mediawiki_keys = {"cite_error_references_duplicate_key"},
    .docs = {
        .what_it_finds =
            "A named ref that is given non-empty content a second time, in the same group, "
            "with content that differs from the first byte for byte (as MediaWiki's legacy parser "
            "compares it), whether in the text, in a list-defined ref, or through `follow=`. "
            "Identical re-definitions and empty reuses are fine. "
            "A short citation's footnote is a named ref too: en.wiki's Module:Footnotes names the "
            "ref of `{{sfn}}` and `{{sfnp}}` \"FOOTNOTE\" followed by the names, the year, `|p=`, "
            "`|pp=` and `|loc=`, while its text also shows `{{sfnp}}`'s brackets around the year, "
            "`|ps=` and `|ref=`; two calls that differ only in those conflict.",
        .why_it_matters =
            "MediaWiki keeps the first content, silently drops the second citation and shows "
            "\"Cite error: Invalid <ref> tag; name ... defined multiple times with "
            "different content\". "
            "Often the two differ only in a page number, and the claim next to the second one is "
            "then cited to the wrong page.",
        .example_bad = R"md(A.<ref name="b">Brown 2001, p. 4</ref> B.<ref name="b">Brown 2001, p. 9</ref>)md",
        .example_good = R"md(A.<ref name="b4">Brown 2001, p. 4</ref> B.<ref name="b9">Brown 2001, p. 9</ref>)md",
        .options = R"md(None.)md",
    },
    .relies_on = {
        "src/model/references/cite.cpp: text_ref",
        "src/model/references/cite.cpp: list_defined_ref",
    },
    .check = check,
};
// clang-format on

} // namespace citelint::rules
