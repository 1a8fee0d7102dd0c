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

extern const engine::Rule conflicting_ref_dir{
    "R009",
    "conflicting-ref-dir",
    engine::Family::references,
    engine::Severity::error,
    "uses of one named ref give different dir= values",
    {"cite_error_ref_conflicting_dir"},
    {
        "A named ref used again in the same group where both the earlier use and this one carry a "
        "valid, non-empty `dir=` and the two differ.",
        "MediaWiki keeps the first direction and shows \"Cite error: One of the <ref> tags with "
        "the name "
        "... does have a conflicting dir attribute\".",
        "<ref name=\"a\" dir=\"rtl\">مصدر</ref> ... <ref name=\"a\" dir=\"ltr\" />",
        "<ref name=\"a\" dir=\"rtl\">مصدر</ref> ... <ref name=\"a\" />",
        "None.",
    },
    check,
};

} // namespace citelint::rules
