#include "common.hpp"

namespace citelint::rules {

namespace {

void check(const Article& a, Sink& sink) {
    for (std::uint32_t node : a.stray_closes) {
        Diagnostic& d =
            sink.report(a.node(node).whole, "</ref> closes no ref; MediaWiki shows it as text");
        d.help.push_back("remove it, or add the <ref> it was meant to close");
        d.fix = engine::Fix{"remove the stray </ref>", {engine::Edit{a.node(node).whole, ""}}};
    }
    for (const Span close : a.malformed_closes) {
        Diagnostic& d = sink.report(
            close, "a closing tag takes no attributes: MediaWiki does not take this for </ref> "
                   "and shows it as text");
        d.help.push_back("write </ref> alone; the name goes on the opening tag");
    }
}

} // namespace

extern const engine::Rule stray_ref_close{
    "R022",
    "stray-ref-close",
    engine::Family::references,
    engine::Severity::warning,
    "a </ref> closes no ref",
    {},
    {
        "A `</ref>` that no `<ref>` before it claims: left over after an edit, or a second "
        "`</ref>`. Also a closing tag given attributes, `</ref name=\"natgeo\">`, inside a ref "
        "or after a ref left open, but not in comments or `<nowiki>`-like tags: MediaWiki "
        "closes a ref only with `</ref` and spaces before `>`, so it is text (inside the "
        "citation, when a later `</ref>` closes the ref; otherwise the ref is never closed, "
        "which unclosed-ref reports). One with no ref open before it is not looked for.",
        "MediaWiki shows \"</ref>\" (or \"</ref name=...>\") literally in the article.",
        "It opened in 1932.<ref>Smith 2010</ref></ref>",
        "It opened in 1932.<ref>Smith 2010</ref>",
        "None.",
    },
    check,
};

} // namespace citelint::rules
