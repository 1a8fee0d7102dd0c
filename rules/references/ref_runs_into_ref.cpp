#include "../../src/model/text.hpp"
#include "common.hpp"

namespace citelint::rules {

namespace {

void check(const Article& a, Sink& sink) {
    for_each_finding(a, CiteKey::included_ref, [&](const CiteFinding& f) {
        const Ref& r = ref_of(a, f);
        Diagnostic& d = sink.report(r.opening, "<ref> is not closed before the next <ref> begins");
        // Show the swallowed tag and the </ref> that closes this one instead.
        const std::string_view content = *r.content;
        for (std::size_t at = content.find('<'); at != std::string_view::npos;
             at = content.find('<', at + 1)) {
            if (model::ascii_iequal_at(content, at + 1, "ref")) {
                const auto begin = static_cast<std::uint32_t>(r.content_span.begin + at);
                const auto gt = content.find('>', at);
                const auto end = gt == std::string_view::npos
                                     ? begin + 4
                                     : static_cast<std::uint32_t>(r.content_span.begin + gt + 1);
                d.notes.push_back({{begin, end}, "this ref is swallowed into the open one"});
                break;
            }
        }
        d.notes.push_back({{r.content_span.end, r.span.end}, "the open <ref> only ends here"});
        d.help.push_back("add </ref> where the first citation ends");
    });
}

} // namespace

// clang-format off
extern const engine::Rule ref_runs_into_ref{
    .code = "R011",
    .name = "ref-runs-into-ref",
    .family = engine::Family::references,
    .severity = engine::Severity::error,
    .summary = "a <ref> is missing its </ref>, so it swallows the next ref",
    .mediawiki_keys = {"cite_error_included_ref"},
    .docs = {
        .what_it_finds =
            "A `<ref>` whose content, up to the first `</ref>` that closes it, "
            "still contains a `<ref` or `<references` tag once paired tags and comments are set "
            "aside: almost always a forgotten `</ref>`, so the ref runs on and "
            "swallows the next one.",
        .why_it_matters =
            "MediaWiki's legacy parser drops the ref and shows \"Cite error: "
            "Closing </ref> missing for <ref> tag\"; both citations are lost.",
        .example_bad = R"md(A.<ref>Smith 2010. B.<ref name="b">Brown 2001</ref>)md",
        .example_good = R"md(A.<ref>Smith 2010.</ref> B.<ref name="b">Brown 2001</ref>)md",
        .options = R"md(None.)md",
    },
    .relies_on = {"src/model/references/cite.cpp: validate"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
