#include "common.hpp"

namespace citelint::rules {

namespace {

void check(const Article& a, Sink& sink) {
    for_each_finding(a, CiteKey::ref_numeric_key, [&](const CiteFinding& f) {
        const Ref& r = ref_of(a, f);
        if (f.argument == "follow") {
            Diagnostic& d = sink.report(
                attribute_span(r, "follow"),
                fmt::format("follow=\"{}\" names a ref by a plain number; MediaWiki drops this ref",
                            *r.follow));
            d.help.push_back(
                "follow= must give the descriptive name of the ref this one continues");
            return;
        }
        Diagnostic& d = sink.report(
            attribute_span(r, "name"),
            fmt::format("ref name \"{}\" is a plain number, which MediaWiki ignores", r.raw_name));
        d.help.push_back("use a descriptive name with a letter in it, such as \"smith2010\"");
    });
}

} // namespace

extern const engine::Rule numeric_ref_name{
    "R005",
    "numeric-ref-name",
    engine::Family::references,
    engine::Severity::error,
    "a ref name or follow= is only digits",
    {"cite_error_ref_numeric_key"},
    {
        "A `name=` or `follow=` made only of ASCII digits (`\"1\"`, `\"007\"`); names that merely "
        "contain digits (`\"smith2010\"`, `\":0\"`) are fine.",
        "Numeric names would clash with the numbers MediaWiki gives unnamed refs, so it discards "
        "the "
        "name (the ref becomes unnamed, and a self-closing one is dropped) or, for `follow=`, "
        "drops the "
        "ref, and shows \"Cite error: Invalid <ref> tag; name cannot be a simple integer\".",
        "A.<ref name=\"1\">Brown 2001</ref> B.<ref name=\"1\" />",
        "A.<ref name=\"brown2001\">Brown 2001</ref> B.<ref name=\"brown2001\" />",
        "None.",
    },
    check,
};

} // namespace citelint::rules
