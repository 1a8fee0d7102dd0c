#include "common.hpp"

namespace citelint::rules {

namespace {

void check(const Article& a, Sink& sink) {
    for_each_finding(a, CiteKey::included_references, [&](const CiteFinding& f) {
        const auto& l = list_of(a, f);
        Diagnostic& d =
            sink.report(l.opening, "<references> is not closed before another <references> begins");
        d.help.push_back("close the first list with </references> before the next one");
    });
    for (std::uint32_t node : a.unclosed_lists) {
        const auto& n = a.node(node);
        Diagnostic& d =
            sink.report(n.whole, "<references> is never closed; MediaWiki shows it as text");
        d.help.push_back("close it with </references>, or write it self-closing: <references />");
    }
}

} // namespace

// clang-format off
extern const engine::Rule references_runs_into_references{
    .code = "R017",
    .name = "unclosed-references",
    .family = engine::Family::references,
    .severity = engine::Severity::error,
    .summary = "a <references> is not closed",
    .mediawiki_keys = {"cite_error_included_references"},
    .docs = {
        .what_it_finds =
            "A `<references>` whose content holds another `<references` tag (Cite's \"Closing tag "
            "missing for <references>\"), and a `<references>` with no `</references>` anywhere "
            "after it, which MediaWiki shows as literal text (no Cite message, "
            "an automatic list takes its place).",
        .why_it_matters =
            "In the first case the legacy parser replaces the whole list with \"Cite error: "
            "Closing tag missing for <references>\"; in the second the tag shows as text and "
            "list-defined refs in it become ordinary refs.",
        .example_bad = R"md(<references>
<ref name="a">A.</ref>
<references />)md",
        .example_good = R"md(<references>
<ref name="a">A.</ref>
</references>)md",
        .options = R"md(None.)md",
    },
    .relies_on = {
        "src/model/references/cite.cpp: list",
        "src/model/references/references.cpp: list_tag",
    },
    .check = check,
};
// clang-format on

} // namespace citelint::rules
