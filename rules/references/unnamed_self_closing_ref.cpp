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

extern const engine::Rule unnamed_self_closing_ref{
    "R004",
    "unnamed-self-closing-ref",
    engine::Family::references,
    engine::Severity::error,
    "a self-closing ref has no usable name",
    {"cite_error_ref_no_key"},
    {
        "A self-closing `<ref />` whose name is missing, empty, only whitespace or only digits (a "
        "`follow=` alone does not name it). Such a tag can only reuse a named ref, and it names "
        "none.",
        "MediaWiki drops the ref and shows \"Cite error: The opening <ref> tag is malformed or has "
        "a bad "
        "name\" where the footnote marker should be.",
        "It was founded in 1901.<ref name=\"\" />",
        "It was founded in 1901.<ref name=\"founding\" />",
        "None.",
    },
    check,
};

} // namespace citelint::rules
