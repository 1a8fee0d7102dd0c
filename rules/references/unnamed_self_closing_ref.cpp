#include "common.hpp"

namespace citelint::rules {

namespace {

void check(const Article& a, Sink& sink) {
    for_each_finding(a, CiteKey::ref_no_key, [&](const CiteFinding& f) {
        const Ref& r = ref_of(a, f);
        const bool numeric = !r.raw_name.empty();
        Diagnostic& d = sink.report(
            r.opening, numeric ? fmt::format("self-closing ref has no usable name (\"{}\" is "
                                             "only digits, which MediaWiki drops)",
                                             r.raw_name)
                               : std::string("self-closing ref has no name"));
        d.help.push_back("name the ref it reuses, as in <ref name=\"smith2010\" />, or remove it");
    });
}

} // namespace

// clang-format off
extern const engine::Rule unnamed_self_closing_ref{
    .code = "R004",
    .name = "unnamed-self-closing-ref",
    .family = engine::Family::references,
    .severity = engine::Severity::error,
    .summary = "a self-closing ref has no usable name",
    .mediawiki_keys = {"cite_error_ref_no_key"},
    .docs = {
        .what_it_finds =
            "A self-closing `<ref />` whose name is missing, empty, only whitespace or only digits "
            "(a `follow=` alone does not name it). "
            "Such a tag can only reuse a named ref, and it names none.",
        .why_it_matters =
            "MediaWiki drops the ref and shows \"Cite error: The opening <ref> tag is malformed or "
            "has a bad name\" where the footnote marker should be.",
        .example_bad = R"md(It was founded in 1901.<ref name="" />)md",
        .example_good = R"md(It was founded in 1901.<ref name="founding" />)md",
        .options = R"md(None.)md",
    },
    .relies_on = {"src/model/references/cite.cpp: validate"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
