#include "common.hpp"

namespace citelint::rules {

namespace {

void check(const Article& a, Sink& sink) {
    for_each_finding(a, CiteKey::references_duplicate_key, [&](const CiteFinding& f) {
        const Ref& r = ref_of(a, f);
        Diagnostic& d = sink.report(
            attribute_span(r, "name"),
            fmt::format("named ref \"{}\" is defined again with different content", f.argument));
        if (f.related >= 0)
            d.notes.push_back({a.refs[static_cast<std::size_t>(f.related)].opening,
                               "first defined here; this is the content MediaWiki shows"});
        d.help.push_back(fmt::format(
            "reuse the first definition with <ref name=\"{}\" />, or give this citation a "
            "name of its own",
            f.argument));
    });
}

} // namespace

extern const engine::Rule conflicting_ref_definitions{
    "R002",
    "conflicting-ref-definitions",
    engine::Family::references,
    engine::Severity::error,
    "the same ref name is given different content",
    {"cite_error_references_duplicate_key"},
    {
        "A named ref that is given non-empty content a second time, in the same group, with "
        "content "
        "that differs from the first byte for byte (as MediaWiki's legacy parser compares it), "
        "whether "
        "in the text, in a list-defined ref, or through `follow=`. Identical re-definitions and "
        "empty reuses are fine.",
        "MediaWiki keeps the first content, silently drops the second citation and shows \"Cite "
        "error: "
        "Invalid <ref> tag; name ... defined multiple times with different content\". Often the "
        "two "
        "differ only in a page number, and the claim next to the second one is then cited to the "
        "wrong "
        "page.",
        "A.<ref name=\"b\">Brown 2001, p. 4</ref> B.<ref name=\"b\">Brown 2001, p. 9</ref>",
        "A.<ref name=\"b4\">Brown 2001, p. 4</ref> B.<ref name=\"b9\">Brown 2001, p. 9</ref>",
        "None.",
    },
    check,
};

} // namespace citelint::rules
