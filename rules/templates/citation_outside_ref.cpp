#include "common.hpp"

namespace citelint::rules {

namespace {

using syntax::NodeKind;

// Whether the section holding `at`, or a section it lies under, is a list of sources
// (Bibliography, Further reading, External links, ...: rules/data/source_sections.tsv).
bool in_source_section(const Article& a, std::uint32_t at) {
    const auto& catalogue = a.catalogues->source_sections;
    std::size_t s = 0;
    while (s + 1 < a.sections.size() && a.sections[s + 1].heading.begin <= at)
        ++s;
    unsigned level = 7;
    for (std::size_t i = s + 1; i-- > 1;) { // the lead (index 0) has no title
        const model::Section& section = a.sections[i];
        if (section.level >= level) continue;
        level = section.level;
        if (catalogue.contains(model::strip_comments(section.title))) return true;
    }
    return false;
}

// A list item or definition line ("*", "#", ":", ";"), or a table: laid out as entries,
// not as running prose.
bool on_list_line(const Article& a, std::uint32_t at) {
    const Span line = a.source->line_span(a.source->locate(at).line);
    const std::string_view text = model::php_trim(a.source->slice({line.begin, at}));
    return !text.empty() && std::string_view("*#:;").find(text.front()) != std::string_view::npos;
}

// Top-level tables, "{|" to "|}".
std::vector<Span> tables(const Article& a) {
    std::vector<Span> out;
    unsigned depth = 0;
    std::uint32_t begin = 0;
    for (const auto& n : a.syntax.nodes) {
        if (n.parent != syntax::no_parent || n.kind != NodeKind::table_marker) continue;
        const std::string_view marker = model::php_trim(a.text(n.whole));
        if (marker == "{|") {
            if (depth++ == 0) begin = n.whole.begin;
        } else if (marker == "|}" && depth > 0 && --depth == 0) {
            out.push_back({begin, n.whole.end});
        }
    }
    if (depth > 0) out.push_back({begin, static_cast<std::uint32_t>(a.source->text().size())});
    return out;
}

bool within(const std::vector<Span>& spans, std::uint32_t at) {
    return std::any_of(spans.begin(), spans.end(),
                       [at](Span s) { return s.begin <= at && at < s.end; });
}

// Inside an argument of another template: what the template does with it (an infobox's
// footnote field, a quote box's source) is not in the wikitext.
bool in_template_argument(const Article& a, std::uint32_t node) {
    for (std::uint32_t p = a.node(node).parent; p != syntax::no_parent; p = a.node(p).parent)
        if (a.node(p).kind == NodeKind::template_arg) return true;
    return false;
}

void check(const Article& a, Sink& sink) {
    std::vector<Span> table_spans;
    bool tables_known = false;
    for (const model::Citation& c : a.citations) {
        if (c.in_ref || !c.cs1) continue;
        // A full citation names its source; {{citation|...}} with positional text only is
        // another wiki's quotation template (fr: {{citation|...}}).
        if (std::none_of(c.params.begin(), c.params.end(), [](const model::CitationParam& p) {
                return !p.positional && !p.value.empty();
            }))
            continue;
        const std::uint32_t at = c.span.begin;
        if (in_template_argument(a, c.node) || within(a.source_blocks, at) || on_list_line(a, at) ||
            in_source_section(a, at))
            continue;
        if (!tables_known) {
            table_spans = tables(a);
            tables_known = true;
        }
        if (within(table_spans, at)) continue;
        Diagnostic& d = sink.report(
            c.opening,
            fmt::format("{{{{{}}}}} stands outside a ref: the full citation shows in the text",
                        c.name));
        // Often the ref it was written for never closed, and shows as text before it.
        for (const std::uint32_t open : a.unclosed_refs) {
            const Span tag = a.node(open).whole;
            if (tag.end <= at && a.source->locate(tag.end).line == a.source->locate(at).line &&
                model::php_trim(a.text({tag.end, at})).empty())
                d.notes.push_back(
                    {tag, "this <ref> is never closed, so the citation is not in it"});
        }
        d.help.push_back(
            "wrap it in <ref>...</ref> to make it a footnote, or move it to the bibliography");
    }
}

} // namespace

// clang-format off
extern const engine::Rule citation_outside_ref{
    .code = "T009",
    .name = "citation-outside-ref",
    .family = engine::Family::templates,
    .severity = engine::Severity::warning,
    .summary = "a citation template stands in prose outside any ref",
    .docs = {
        .what_it_finds =
            "A CS1/CS2 citation template (catalogued in rules/data/citation_templates.tsv, "
            "with at least one named parameter) that is not inside a ref, "
            "a list-defined ref or a ref-making template, in running text. "
            "Not reported where a citation is meant to render where it stands: "
            "in a section whose title, or the title of a section it lies under, "
            "is a list of sources (Bibliography, Further reading, External links, Works, "
            "Literatur, Bibliografia, Литература, 参考文献, ... as catalogued, from the corpus, "
            "in rules/data/source_sections.tsv); on a list or definition line (`*`, `#`, `:`, "
            "`;`); in a table (a \"Source:\" row, a table of works); between `{{refbegin}}` and "
            "`{{refend}}`; in an argument of another template, since what an infobox or a quote "
            "box does with a field (a footnote, a quotation's source) is not in the wikitext. "
            "In the rendered dialect citations are placeholders with no name or parameters, "
            "and are not reported.",
        .why_it_matters =
            "The citation renders in the middle of the sentence, as a full bibliographic entry "
            "(authors, title, publisher, date), instead of as a footnote marker: "
            "the prose is broken up, and the source is missing from the reference list.",
        .example_bad = R"md(It opened in 1932 {{cite news |title=Bridge opens |work=The Times |date=3 May 1932}}.)md",
        .example_good = R"md(It opened in 1932.<ref>{{cite news |title=Bridge opens |work=The Times |date=3 May 1932}}</ref>)md",
        .options = R"md(None.)md",
    },
    .relies_on = {
        "src/model/citations/citations.cpp: inside_ref",
        "src/model/references/references.cpp: template_call",
    },
    .check = check,
};
// clang-format on

} // namespace citelint::rules
