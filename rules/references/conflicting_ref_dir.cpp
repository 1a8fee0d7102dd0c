#include "common.hpp"

namespace citelint::rules {

namespace {

void check(const Article& a, Sink& sink) {
    for_each_finding(a, CiteKey::ref_conflicting_dir, [&](const CiteFinding& f) {
        const Ref& r = ref_of(a, f);
        Diagnostic& d = sink.report(
            attribute_span(r, "dir"),
            fmt::format("ref \"{}\" is given dir=\"{}\" here and another direction before",
                        f.argument, *r.dir));
        if (f.related != model::no_index)
            d.notes.push_back({attribute_span(a.refs[static_cast<std::size_t>(f.related)], "dir"),
                               "the first direction, which MediaWiki keeps"});
        d.help.push_back("give dir= once, on the definition");
    });
}

} // namespace

// clang-format off
extern const engine::Rule conflicting_ref_dir{
    .code = "R009",
    .name = "conflicting-ref-dir",
    .family = engine::Family::references,
    .severity = engine::Severity::error,
    .summary = "uses of one named ref give different dir= values",
    .mediawiki_keys = {"cite_error_ref_conflicting_dir"},
    .docs = {
        .what_it_finds =
            "A named ref used again in the same group where both the earlier use and this one "
            "carry a valid, non-empty `dir=` and the two differ.",
        .why_it_matters =
            "MediaWiki keeps the first direction and shows \"Cite error: "
            "One of the <ref> tags with the name ... does have a conflicting dir attribute\".",
        .example_bad = R"md(<ref name="a" dir="rtl">مصدر</ref> ... <ref name="a" dir="ltr" />)md",
        .example_good = R"md(<ref name="a" dir="rtl">مصدر</ref> ... <ref name="a" />)md",
        .options = R"md(None.)md",
    },
    .relies_on = {"src/model/references/cite.cpp: text_ref"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
