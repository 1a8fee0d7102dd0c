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

extern const engine::Rule named_follow_ref{
    "R010",
    "named-follow-ref",
    engine::Family::references,
    engine::Severity::error,
    "a ref with follow= also has a name or details",
    {"cite_error_ref_follow_conflicts"},
    {
        "A ref with a non-empty `follow=` that also has a `name=` (any value PHP takes as true, so "
        "`name=\"5\"` too, but not `name=\"0\"`) or a `details=` attribute.",
        "MediaWiki drops the ref and shows \"Cite error: A <ref follow=...> tag that is the "
        "continuation "
        "of a previous one cannot be named individually\": the continued text is lost.",
        "<ref name=\"a\">Part one.</ref> ... <ref name=\"b\" follow=\"a\">Part two.</ref>",
        "<ref name=\"a\">Part one.</ref> ... <ref follow=\"a\">Part two.</ref>",
        "None.",
    },
    check,
};

} // namespace citelint::rules
