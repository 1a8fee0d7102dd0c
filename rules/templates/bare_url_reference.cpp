#include <optional>

#include "cs1_arguments.hpp"

namespace citelint::rules {

namespace {

using syntax::Node;
using syntax::NodeKind;

bool is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The URL of an external link with no caption ("[https://example.org]", shown as "[1]"), or
// an empty span when it has one.
Span uncaptioned_link_url(const Article& a, const Node& n) {
    const std::string_view text = a.text(n.whole);
    if (text.size() < 3 || text.front() != '[' || text.back() != ']') return {};
    const std::string_view inside = text.substr(1, text.size() - 2);
    std::size_t end = 0;
    while (end < inside.size() && !is_blank(inside[end]))
        ++end;
    if (!model::php_trim(inside.substr(end)).empty()) return {};
    return {n.whole.begin + 1, n.whole.begin + 1 + static_cast<std::uint32_t>(end)};
}

// The URL when a ref's content is nothing but one: a free URL or an external link without a
// caption, with blanks, comments and the punctuation MediaWiki leaves out of a free URL around.
Span bare_url(const Article& a, const Ref& r) {
    const Span content = r.content_span;
    const auto& nodes = a.syntax.nodes;
    // Nodes are in document order; the content's come after the ref's own node.
    std::uint32_t i = r.node == syntax::no_parent ? 0 : r.node + 1;
    Span url;
    std::uint32_t covered = content.begin; // the content up to here is accounted for
    auto only_filler = [&](std::uint32_t from, std::uint32_t to) {
        for (char c : a.text({from, to}))
            if (!is_blank(c) && c != '.' && c != ',' && c != ';' && c != ':') return false;
        return true;
    };
    for (; i < nodes.size() && nodes[i].whole.begin < content.end; ++i) {
        const Node& n = nodes[i];
        if (n.whole.begin < covered || n.whole.end > content.end)
            continue; // outside, or within one seen
        if (!only_filler(covered, n.whole.begin)) return {};
        if (n.kind == NodeKind::comment) {
            covered = n.whole.end;
            continue;
        }
        if (!url.empty()) return {}; // a second construct
        if (n.kind == NodeKind::free_url) {
            url = n.whole;
        } else if (n.kind == NodeKind::external_link) {
            url = uncaptioned_link_url(a, n);
            if (url.empty()) return {};
        } else {
            return {};
        }
        covered = n.whole.end;
    }
    if (url.empty() || !only_filler(covered, content.end)) return {};
    return url;
}

// The URL made a {{cite web}} whose title the editor fills in (a missing title it leaves on
// purpose): unsafe, as the page then shows a citation error until the title is given. Only on
// an English Wikipedia page, whose {{cite web}} it is, and for a URL a template argument can
// hold as it is.
std::optional<engine::Fix> cite_web(const Article& a, Span url) {
    const std::string_view text = a.source->text();
    const std::string_view address = a.text(url);
    if (address.find_first_of("|{}[]") != std::string_view::npos) return std::nullopt;
    Span whole = url; // the URL, or its external link "[https://...]"
    if (url.begin > 0 && text[url.begin - 1] == '[') {
        whole.begin = url.begin - 1;
        whole.end = static_cast<std::uint32_t>(text.find(']', url.end)) + 1;
    }
    return engine::Fix{"cite it with {{cite web}}, its title to fill in",
                       {{whole, fmt::format("{{{{cite web |url={} |title=}}}}", address)}},
                       engine::Safety::unsafe,
                       {"T014"}};
}

void check(const Article& a, Sink& sink) {
    EnglishPage english(a);
    for (const Ref& r : a.refs) {
        if (!r.content || r.content_span.empty()) continue;
        const Span url = bare_url(a, r);
        if (url.empty()) continue;
        Diagnostic& d = sink.report(url, "the reference is a bare URL");
        d.help.push_back(
            "cite the source with its title, author, publisher, date and access date, e.g. "
            "{{cite web |url=… |title=… |website=… |date=… |access-date=…}}");
        if (english()) d.fix = cite_web(a, url);
    }
}

} // namespace

// clang-format off
extern const engine::Rule bare_url_reference{
    .code = "T019",
    .name = "bare-url-reference",
    .family = engine::Family::templates,
    .severity = engine::Severity::warning,
    .summary = "a reference is nothing but a URL",
    .docs = {
        .what_it_finds =
            "A reference whose whole content is a URL: a free URL (`<ref>https://...</ref>`) or an "
            "external link without a caption (`<ref>[https://...]</ref>`), "
            "with nothing else around it but blanks, comments and trailing punctuation. "
            "Every form of ref the model knows is checked (`<ref>`, `{{#tag:ref}}`, "
            "footnote templates), in both dialects: the URL stays text in rendered pages too.",
        .why_it_matters =
            "The reader sees only a URL (or \"[1]\"), with nothing that says what the source is, "
            "who published it or when; once the link dies (link rot), nothing is left to find the "
            "source again or to look for an archived copy. "
            "English Wikipedia tags these with {{Bare URL inline}} and bots fill them in.",
        .example_bad = R"md(<ref>https://example.org/report-2020</ref>)md",
        .example_good = R"md(<ref>{{cite web |url=https://example.org/report-2020 |title=Annual report 2020 |website=Example |date=3 March 2020 |access-date=5 May 2020}}</ref>)md",
        .options = R"md(None.)md",
    },
    .relies_on = {"src/model/references/references.cpp: ref_tag"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
