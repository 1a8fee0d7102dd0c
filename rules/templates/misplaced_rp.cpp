#include "common.hpp"

namespace citelint::rules {

namespace {

bool blank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

void check(const Article& a, Sink& sink) {
    if (a.rp_templates.empty()) return;
    // Where refs end: {{rp}} belongs right there.
    std::vector<std::uint32_t> ref_ends;
    for (const Ref& r : a.refs)
        ref_ends.push_back(r.span.end);
    std::sort(ref_ends.begin(), ref_ends.end());
    auto ref_ends_at = [&](std::uint32_t at) {
        return std::binary_search(ref_ends.begin(), ref_ends.end(), at);
    };
    // Comments are invisible: a ref, a comment, then {{rp}} still touch.
    std::vector<Span> comments;
    for (const auto& n : a.syntax.nodes)
        if (n.kind == syntax::NodeKind::comment) comments.push_back(n.whole);
    std::sort(comments.begin(), comments.end(), [](Span x, Span y) { return x.end < y.end; });
    auto skip_comments = [&](std::uint32_t at) {
        for (;;) {
            const auto it = std::lower_bound(comments.begin(), comments.end(), at,
                                             [](Span c, std::uint32_t v) { return c.end < v; });
            if (it == comments.end() || it->end != at || it->begin == at) return at;
            at = it->begin;
        }
    };
    const std::string_view text = a.source->text();
    for (const model::TemplateUse& rp : a.rp_templates) {
        std::uint32_t at = skip_comments(rp.span.begin);
        if (ref_ends_at(at)) continue;
        // Only blanks (and comments) between it and a ref: it follows the ref, with a gap.
        std::uint32_t gap = at;
        while (gap > 0 && blank(text[gap - 1]))
            gap = skip_comments(gap - 1);
        if (gap < at && ref_ends_at(gap)) {
            Diagnostic& d = sink.report({gap, rp.span.begin},
                                        "{{rp}} is separated from its ref by white space");
            d.help.push_back(
                "remove the space, so that the page number sits against the ref's marker");
            continue;
        }
        Diagnostic& d = sink.report(
            rp.span, "{{rp}} does not follow a ref: its page number is tied to nothing");
        d.help.push_back(
            "place it right after the ref it gives the page of (<ref name=\"x\" />{{rp|12}}), "
            "or use {{r|x|p=12}}");
    }
}

} // namespace

// clang-format off
extern const engine::Rule misplaced_rp{
    .code = "T012",
    .name = "misplaced-rp",
    .family = engine::Family::templates,
    .severity = engine::Severity::warning,
    .summary = "{{rp}} does not come right after a ref",
    .docs = {
        .what_it_finds =
            "A `{{rp|...}}` (the page-number template catalogued with the role `page` in "
            "rules/data/reference_templates.tsv; no redirect of it is catalogued, "
            "and `{{page needed}}` is not one) that does not come right after a ref: `</ref>`, "
            "`<ref ... />`, `{{r}}`, `{{sfn}}`, `{{efn}}`, `{{#tag:ref}}`. "
            "Comments between them do not count. "
            "White space between them does: the ref's marker and the page number then stand apart.",
        .why_it_matters =
            "`{{rp}}` only prints a superscript \":12\"; it is the position that ties it "
            "to a citation. "
            "After a space the page number floats away from the marker (and the line may break "
            "between them); after plain text it gives a page for a citation that is not there, "
            "or for the wrong one.",
        .example_bad = R"md(It opened in 1932.<ref name="smith" /> {{rp|12}})md",
        .example_good = R"md(It opened in 1932.<ref name="smith" />{{rp|12}})md",
        .options = R"md(None.)md",
    },
    .relies_on = {"src/model/references/references.cpp: template_call"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
