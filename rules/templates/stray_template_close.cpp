#include <optional>

#include "common.hpp"

namespace citelint::rules {

namespace {

// The nearest "{{" before `at` that never closed because a ref's content ended first, when
// the stray "}}" comes right after that ref: the template it was written for.
const Ref* cut_off_by_ref(const Article& a, std::uint32_t at, std::uint32_t& open) {
    const auto& unclosed = a.syntax.unclosed_templates;
    const auto it = std::lower_bound(unclosed.begin(), unclosed.end(), at);
    if (it == unclosed.begin()) return nullptr;
    open = *std::prev(it);
    for (const Ref& r : a.refs)
        if (r.origin == model::RefOrigin::tag && r.content && r.content_span.begin <= open &&
            open < r.content_span.end && r.span.end <= at)
            return model::php_trim(a.text({r.span.end, at})).empty() ? &r : nullptr;
    return nullptr;
}

// Removing the stray closer: unsafe, and only when the text before it (back to the last tag or
// closer) shows no argument of a template ("cite web |url=... |work=Statista}}"), which would be
// a template whose "{{" was lost: removing the closer would leave its arguments standing in the
// prose. None in the rendered dialect, whose templates were lost in rendering.
std::optional<engine::Fix> remove_stray(const Article& a, Span span) {
    const std::string_view text = a.source->text();
    std::uint32_t from = span.begin;
    if (a.dialect == model::Dialect::rendered) return std::nullopt; // templates lost there
    while (from > 0 && text[from - 1] != '}' && text[from - 1] != '>')
        --from;
    if (text.substr(from, span.begin - from).find('|') != std::string_view::npos)
        return std::nullopt;
    return engine::Fix{
        fmt::format("remove the stray {}", a.text(span)), {{span, ""}}, engine::Safety::unsafe};
}

void check(const Article& a, Sink& sink) {
    for (const std::uint32_t node : a.stray_template_closes) {
        const Span span = a.node(node).whole;
        Diagnostic& d = sink.report(
            span, fmt::format("{} closes no template; MediaWiki shows it as text", a.text(span)));
        std::uint32_t open = 0;
        if (const Ref* r = cut_off_by_ref(a, span.begin, open)) {
            d.notes.push_back({{open, open + 2}, "this {{ is cut off by the end of its ref"});
            const std::string_view closing = a.text({r->content_span.end, r->span.end});
            d.help.push_back(fmt::format("move the }}}} before the {} that ends the ref", closing));
            d.fix = engine::Fix{
                fmt::format("move the }}}} before the {}", closing),
                {{{r->content_span.end, r->content_span.end}, std::string(a.text(span))},
                 {span, ""}},
                engine::Safety::unsafe};
        } else {
            d.help.push_back("remove it, or add the {{ it was meant to close");
            d.fix = remove_stray(a, span);
        }
    }
}

} // namespace

// clang-format off
extern const engine::Rule stray_template_close{
    .code = "T013",
    .name = "stray-template-close",
    .family = engine::Family::templates,
    .severity = engine::Severity::warning,
    .summary = "a }} closes no template",
    .docs = {
        .what_it_finds =
            "A `}}` (or a longer run of `}`) where no template, parser function or parameter is "
            "open, as MediaWiki's preprocessor pairs braces: left over after an edit, "
            "one brace too many, or a template's end written after the `</ref>` that had already "
            "ended its content. "
            "A `}}` inside a comment, `<nowiki>`, `<pre>`, `<math>`, "
            "`<syntaxhighlight>` or another opaque tag is text, and is not reported; "
            "nor is the `|}` that ends a table. "
            "A `}}` in a ref's content closes nothing outside it: the content is read on its own.",
        .why_it_matters =
            "MediaWiki shows the braces literally in the article. "
            "When the `}}` belonged to a template cut off by the end of its ref, "
            "that template shows as raw markup too (unclosed-template, T005).",
        .example_bad = R"md(It opened in 1932.<ref>{{cite news |title=Bridge opens |date=3 May 1932}}}}</ref>)md",
        .example_good = R"md(It opened in 1932.<ref>{{cite news |title=Bridge opens |date=3 May 1932}}</ref>)md",
        .options = R"md(None.)md",
    },
    .relies_on = {"src/model/references/references.cpp: run"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
