#include "common.hpp"

namespace citelint::rules {

namespace {

void check(const Article& a, Sink& sink) {
    for_each_finding(a, CiteKey::ref_invalid_dir, [&](const CiteFinding& f) {
        const Ref& r = ref_of(a, f);
        Diagnostic& d = sink.report(attribute_span(r, "dir"),
                                    fmt::format("invalid dir=\"{}\" in <ref>", f.argument));
        d.help.push_back("dir must be \"ltr\", \"rtl\" or \"auto\"");
    });
}

} // namespace

// clang-format off
extern const engine::Rule invalid_ref_dir{
    .code = "R008",
    .name = "invalid-ref-dir",
    .family = engine::Family::references,
    .severity = engine::Severity::error,
    .summary = "a ref's dir= is not ltr, rtl or auto",
    .mediawiki_keys = {"cite_error_ref_invalid_dir"},
    .docs = {
        .what_it_finds =
            "A `dir=` on a ref whose value, lowercased, is not `ltr`, `rtl` or `auto`; "
            "an empty `dir=\"\"` counts as invalid too.",
        .why_it_matters =
            "MediaWiki drops the attribute, so the citation keeps the page's direction, "
            "and shows \"Cite error: Invalid dir=...\".",
        .example_bad = R"md(<ref dir="right">مصدر</ref>)md",
        .example_good = R"md(<ref dir="rtl">مصدر</ref>)md",
        .options = R"md(None.)md",
    },
    .relies_on = {"src/model/references/cite.cpp: validate"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
