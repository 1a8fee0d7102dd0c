#include <algorithm>
#include <optional>

#include "common.hpp"

namespace citelint::rules {

namespace {

// Removing a stray </ref> that doubles the </ref> of the ref before it ("</ref></ref>", or
// "</ref><</ref>" with the '<' of a slip), which is likely what was meant: unsafe. One with
// anything else before it may be what is left of a ref whose <ref> was lost, whose text the
// removal would leave standing in the prose; it gets none.
std::optional<engine::Fix> remove_doubled_close(const Article& a, Span close) {
    const std::string_view text = a.source->text();
    std::uint32_t from = close.begin;
    while (from > 0 && (text[from - 1] == ' ' || text[from - 1] == '<'))
        --from;
    const bool after_ref = std::any_of(a.refs.begin(), a.refs.end(), [&](const Ref& r) {
        return r.origin == model::RefOrigin::tag && r.content && r.span.end == from;
    });
    if (!after_ref) return std::nullopt;
    return engine::Fix{
        "remove the stray </ref>", {{{from, close.end}, ""}}, engine::Safety::unsafe};
}

void check(const Article& a, Sink& sink) {
    for (std::uint32_t node : a.stray_closes) {
        Diagnostic& d =
            sink.report(a.node(node).whole, "</ref> closes no ref; MediaWiki shows it as text");
        d.help.push_back("remove it, or add the <ref> it was meant to close");
        d.fix = remove_doubled_close(a, a.node(node).whole);
    }
    for (const Span close : a.malformed_closes) {
        Diagnostic& d = sink.report(
            close, "a closing tag takes no attributes: MediaWiki does not take this for </ref> "
                   "and shows it as text");
        d.help.push_back("write </ref> alone; the name goes on the opening tag");
    }
}

} // namespace

// clang-format off
extern const engine::Rule stray_ref_close{
    .code = "R022",
    .name = "stray-ref-close",
    .family = engine::Family::references,
    .severity = engine::Severity::warning,
    .summary = "a </ref> closes no ref",
    .docs = {
        .what_it_finds =
            "A `</ref>` that no `<ref>` before it claims: left over after an edit, "
            "or a second `</ref>`. "
            "Also a closing tag given attributes, `</ref name=\"natgeo\">`, "
            "inside a ref or after a ref left open, but not in comments or `<nowiki>`-like tags: "
            "MediaWiki closes a ref only with `</ref` and spaces before `>`, "
            "so it is text (inside the citation, when a later `</ref>` closes the ref; "
            "otherwise the ref is never closed, which unclosed-ref reports). "
            "One with no ref open before it is not looked for.",
        .why_it_matters =
            "MediaWiki shows \"</ref>\" (or \"</ref name=...>\") literally in the article.",
        .example_bad = R"md(It opened in 1932.<ref>Smith 2010</ref></ref>)md",
        .example_good = R"md(It opened in 1932.<ref>Smith 2010</ref>)md",
        .options = R"md(None.)md",
    },
    .relies_on = {
        "src/model/references/references.cpp: run",
        "src/model/references/references.cpp: collect_malformed_closes",
    },
    .check = check,
};
// clang-format on

} // namespace citelint::rules
