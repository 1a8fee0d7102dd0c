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

// clang-format off
extern const engine::Rule numeric_ref_name{
    .code = "R005",
    .name = "numeric-ref-name",
    .family = engine::Family::references,
    .severity = engine::Severity::error,
    .summary = "a ref name or follow= is only digits",
    .mediawiki_keys = {"cite_error_ref_numeric_key"},
    .docs = {
        .what_it_finds =
            "A `name=` or `follow=` made only of ASCII digits (`\"1\"`, `\"007\"`); "
            "names that merely contain digits (`\"smith2010\"`, `\":0\"`) are fine.",
        .why_it_matters =
            "Numeric names would clash with the numbers MediaWiki gives unnamed refs, "
            "so it discards the name (the ref becomes unnamed, and a self-closing one is dropped) "
            "or, for `follow=`, drops the ref, and shows \"Cite error: Invalid <ref> tag; "
            "name cannot be a simple integer\".",
        .example_bad = R"md(A.<ref name="1">Brown 2001</ref> B.<ref name="1" />)md",
        .example_good = R"md(A.<ref name="brown2001">Brown 2001</ref> B.<ref name="brown2001" />)md",
        .options = R"md(None.)md",
    },
    .relies_on = {"src/model/references/cite.cpp: validate"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
