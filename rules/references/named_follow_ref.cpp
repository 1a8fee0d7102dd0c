#include "../../src/model/text.hpp"
#include "common.hpp"

namespace citelint::rules {

namespace {

void check(const Article& a, Sink& sink) {
    for_each_finding(a, CiteKey::ref_follow_conflicts, [&](const CiteFinding& f) {
        const Ref& r = ref_of(a, f);
        // Cite tests the name as PHP truth: an empty name or "0" is no conflict, so the
        // details= attribute is.
        const bool has_name = model::php_truthy(r.raw_name);
        Diagnostic& d =
            sink.report(attribute_span(r, has_name ? "name" : "details"),
                        fmt::format("a ref that follows \"{}\" cannot have a {} of its own",
                                    f.argument, has_name ? "name" : "details= attribute"));
        d.notes.push_back({attribute_span(r, "follow"), "it continues this ref"});
        d.help.push_back("remove the name: a follow= ref only adds text to the ref it continues");
    });
}

} // namespace

// clang-format off
extern const engine::Rule named_follow_ref{
    .code = "R010",
    .name = "named-follow-ref",
    .family = engine::Family::references,
    .severity = engine::Severity::error,
    .summary = "a ref with follow= also has a name or details",
    .mediawiki_keys = {"cite_error_ref_follow_conflicts"},
    .docs = {
        .what_it_finds =
            "A ref with a non-empty `follow=` that also has a `name=` (any value PHP takes as "
            "true, so `name=\"5\"` too, but not `name=\"0\"`) or a `details=` attribute.",
        .why_it_matters =
            "MediaWiki drops the ref and shows \"Cite error: A <ref follow=...> tag that is the "
            "continuation of a previous one cannot be named individually\": "
            "the continued text is lost.",
        .example_bad = R"md(<ref name="a">Part one.</ref> ... <ref name="b" follow="a">Part two.</ref>)md",
        .example_good = R"md(<ref name="a">Part one.</ref> ... <ref follow="a">Part two.</ref>)md",
        .options = R"md(None.)md",
    },
    .relies_on = {"src/model/references/cite.cpp: validate"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
