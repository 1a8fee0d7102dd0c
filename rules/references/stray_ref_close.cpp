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
        "`</ref>`.",
        "MediaWiki shows \"</ref>\" literally in the article.",
        "It opened in 1932.<ref>Smith 2010</ref></ref>",
        "It opened in 1932.<ref>Smith 2010</ref>",
        "None.",
    },
    check,
};

} // namespace citelint::rules
