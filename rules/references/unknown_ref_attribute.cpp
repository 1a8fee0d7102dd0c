#include "common.hpp"

namespace citelint::rules {

namespace {

void report(const Article& a, const CiteFinding& f, Sink& sink) {
    const Ref& r = ref_of(a, f);
    Span span = r.opening;
    for (const auto& attr : r.attrs.written())
        if (attr.name == f.argument) {
            span = attr.name_span;
            break;
        }
    if (!f.suggestion.empty()) {
        Diagnostic& d =
            sink.report(span, fmt::format("unknown attribute \"{}\" in <ref>; did you mean \"{}\"?",
                                          f.argument, f.suggestion));
        d.help.push_back(fmt::format("rename it to {}=", f.suggestion));
        return;
    }
    Diagnostic& d = sink.report(span, fmt::format("unknown attribute \"{}\" in <ref>", f.argument));
    d.help.push_back(a.options.cite_subreferencing
                         ? "<ref> takes only details, dir, follow, group and name"
                         : "<ref> takes only dir, follow, group and name");
}

void check(const Article& a, Sink& sink) {
    for_each_finding(a, CiteKey::ref_parameter_suggestion,
                     [&](const CiteFinding& f) { report(a, f, sink); });
    for_each_finding(a, CiteKey::ref_too_many_keys,
                     [&](const CiteFinding& f) { report(a, f, sink); });
}

} // namespace

// clang-format off
extern const engine::Rule unknown_ref_attribute{
    .code = "R006",
    .name = "unknown-ref-attribute",
    .family = engine::Family::references,
    .severity = engine::Severity::error,
    .summary = "a <ref> has an attribute MediaWiki does not know",
    .mediawiki_keys = {"cite_error_ref_too_many_keys", "cite_error_ref_parameter_suggestion"},
    .docs = {
        .what_it_finds =
            "The first attribute of a `<ref>` (or `{{#tag:ref}}`) other than `name`, `group`, "
            "`follow` and `dir` (and `details` when sub-referencing is on). "
            "When the unknown name is close to an allowed one (`nmae`, `grup`, "
            "`folow`) the message suggests it, as MediaWiki does.",
        .why_it_matters =
            "MediaWiki ignores the attribute and shows \"Cite error: "
            "Invalid parameter ... in <ref> tag\". "
            "A misspelt `name` leaves the ref unnamed, so its reuses elsewhere find nothing.",
        .example_bad = R"md(A.<ref nmae="smith">Smith 2010</ref>)md",
        .example_good = R"md(A.<ref name="smith">Smith 2010</ref>)md",
        .options = R"md(`--cite-subreferencing` allows `details=`.)md",
    },
    .relies_on = {
        "src/model/references/cite.cpp: validate",
        "src/model/references/cite.cpp: closest_match",
    },
    .check = check,
};
// clang-format on

} // namespace citelint::rules
