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

extern const engine::Rule invalid_ref_dir{
    "R008",
    "invalid-ref-dir",
    engine::Family::references,
    engine::Severity::error,
    "a ref's dir= is not ltr, rtl or auto",
    {"cite_error_ref_invalid_dir"},
    {
        "A `dir=` on a ref whose value, lowercased, is not `ltr`, `rtl` or `auto`; an empty "
        "`dir=\"\"` "
        "counts as invalid too.",
        "MediaWiki drops the attribute, so the citation keeps the page's direction, and shows "
        "\"Cite "
        "error: Invalid dir=...\".",
        "<ref dir=\"right\">مصدر</ref>",
        "<ref dir=\"rtl\">مصدر</ref>",
        "None.",
    },
    check,
};

} // namespace citelint::rules
