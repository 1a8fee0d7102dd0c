// The audit as one HTML page that needs nothing else: the CSS inline, the charts drawn here as
// inline SVG, no script and no address to fetch, so that it opens offline and from a mail.
// Every text from the input is escaped.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "audit_render.hpp"

namespace citelint::report {

namespace {

// Text and attribute values; control characters, which HTML does not allow, become U+FFFD.
std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        case '\t':
        case '\n':
            out += c;
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
                out += "\xEF\xBF\xBD";
            else
                out += c;
        }
    }
    return out;
}

constexpr std::string_view style = R"(
:root { --error: #c62828; --warning: #b26a00; --info: #1565c0; --bar: #37474f;
        --line: #d7dce0; --muted: #5f6b73; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1c2328;
       margin: 0 auto; max-width: 64rem; padding: 1rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0; }
h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 1.5rem 0 0.25rem; overflow-wrap: anywhere; }
p.meta, p.none, .more { color: var(--muted); }
dl.totals { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: 0.5rem;
            margin: 1rem 0; }
dl.totals div { border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 0.75rem; }
dl.totals dt { color: var(--muted); font-size: 0.85rem; }
dl.totals dd { margin: 0; font-size: 1.4rem; font-weight: 600; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; }
th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--line);
         vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.path { overflow-wrap: anywhere; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(30rem, 100%), 1fr));
          gap: 1rem; }
figure { margin: 0.5rem 0; }
figcaption { font-weight: 600; margin-bottom: 0.25rem; }
svg.chart { max-width: 100%; height: auto; font: 12px system-ui, sans-serif; }
svg.chart .bar { fill: var(--bar); }
svg.chart .label { fill: #1c2328; }
svg.chart .value { fill: var(--muted); }
.error { color: var(--error); }
.warning { color: var(--warning); }
.info { color: var(--info); }
ol.diagnostics { padding-left: 1.25rem; }
ol.diagnostics li { margin: 0.4rem 0; overflow-wrap: anywhere; }
.where { font-variant-numeric: tabular-nums; color: var(--muted); }
pre.excerpt { margin: 0.2rem 0 0; padding: 0.3rem 0.5rem; background: #f4f6f7; border-radius: 4px;
              white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.85rem; }
)";

struct Bar {
    std::string label;
    std::uint64_t value = 0;
};

// A horizontal bar chart: it keeps its labels readable when a narrow screen shrinks it.
// `label_width` is in the units of 12px text (about 6 a character).
std::string bar_chart(std::string_view title, const std::vector<Bar>& bars, int label_width = 150) {
    constexpr int bars_width = 260, value_width = 70, row = 24, bar_height = 16;
    const int width = label_width + bars_width + value_width;
    const std::uint64_t largest =
        std::max_element(bars.begin(), bars.end(), [](const Bar& a, const Bar& b) {
            return a.value < b.value;
        })->value;
    const int height = static_cast<int>(bars.size()) * row + 4;
    std::string out = fmt::format(
        "<figure><figcaption>{0}</figcaption><svg class=\"chart\" viewBox=\"0 0 {1} {2}\" "
        "width=\"{1}\" height=\"{2}\" role=\"img\" aria-label=\"{0}\">\n",
        escape(title), width, height);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const Bar& bar = bars[i];
        const int y = static_cast<int>(i) * row + 2;
        // A value above 0 gets at least a sliver, so that it is not mistaken for none.
        const double length =
            largest == 0 ? 0
                         : std::max(bar.value > 0 ? 1.0 : 0.0, static_cast<double>(bars_width) *
                                                                   static_cast<double>(bar.value) /
                                                                   static_cast<double>(largest));
        out += fmt::format(
            "<text class=\"label\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>"
            "<rect class=\"bar\" x=\"{}\" y=\"{}\" width=\"{:.1f}\" height=\"{}\"><title>{}: {}"
            "</title></rect><text class=\"value\" x=\"{:.1f}\" y=\"{}\">{}</text>\n",
            label_width - 6, y + 13, escape(bar.label), label_width, y + (row - bar_height) / 2,
            length, bar_height, escape(bar.label), grouped(bar.value), label_width + length + 4,
            y + 13, grouped(bar.value));
    }
    return out + "</svg></figure>\n";
}

std::vector<Bar> bars_of(const std::vector<Bucket>& buckets) {
    std::vector<Bar> bars;
    for (const Bucket& bucket : buckets)
        bars.push_back({std::string(bucket.label), bucket.count});
    return bars;
}

// The chart, or why there is none: a chart of nothing would say "0" where it means "unknown".
std::string chart_or_none(std::string_view title, const std::vector<Bar>& bars,
                          std::string_view none) {
    const bool any = std::any_of(bars.begin(), bars.end(), [](const Bar& b) { return b.value; });
    if (!any)
        return fmt::format("<figure><figcaption>{}</figcaption><p class=\"none\">{}</p>"
                           "</figure>\n",
                           escape(title), escape(none));
    return bar_chart(title, bars);
}

std::string totals(const Audit& audit) {
    const SeverityCounts& problems = audit.problems();
    const auto item = [](std::string_view label, std::uint64_t n, std::string_view css) {
        return fmt::format("<div><dt>{}</dt><dd class=\"{}\">{}</dd></div>", label, css,
                           grouped(n));
    };
    return "<dl class=\"totals\">" + item("Pages checked", audit.documents(), "") +
           item("Pages with problems", audit.documents_with_problems(), "") +
           item("Errors", problems.errors, "error") +
           item("Warnings", problems.warnings, "warning") + item("Infos", problems.infos, "info") +
           "</dl>\n";
}

std::string tally_table(const std::vector<Tally>& tallies, bool rules) {
    std::string out = "<div class=\"scroll\"><table><thead><tr>";
    out += rules ? "<th>Code</th><th>Rule</th><th>Family</th>" : "<th>Family</th>";
    out += "<th class=\"n\">Errors</th><th class=\"n\">Warnings</th><th class=\"n\">Infos</th>"
           "<th class=\"n\">Pages</th></tr></thead><tbody>\n";
    for (const Tally& t : tallies) {
        out += "<tr>";
        if (rules)
            out += fmt::format("<td><code>{}</code></td><td>{}</td><td>{}</td>", escape(t.code),
                               escape(t.name.empty() ? "(unknown rule)" : t.name), t.family);
        else
            out += fmt::format("<td>{}</td>", t.family);
        out += fmt::format("<td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>"
                           "<td class=\"n\">{}</td></tr>\n",
                           grouped(t.problems.errors), grouped(t.problems.warnings),
                           grouped(t.problems.infos), grouped(t.documents));
    }
    return out + "</tbody></table></div>\n";
}

std::string problems_section(const Audit& audit) {
    const std::vector<Tally> rules = audit.rules();
    const std::vector<Tally> families = audit.families();
    std::string out = "<section id=\"problems\"><h2>Problems by rule and family</h2>\n";
    if (rules.empty()) return out + "<p class=\"none\">No problems found.</p></section>\n";
    std::vector<Bar> family_bars;
    for (const Tally& family : families)
        family_bars.push_back({std::string(family.family), family.problems.total()});
    // The chart names the most common rules; the table below lists them all.
    constexpr std::size_t charted_rules = 15;
    constexpr int rule_label_width = 250; // "R001 " and a rule's name
    std::vector<Bar> rule_bars;
    for (std::size_t i = 0; i < rules.size() && i < charted_rules; ++i)
        rule_bars.push_back(
            {rules[i].code + (rules[i].name.empty() ? "" : " ") + std::string(rules[i].name),
             rules[i].problems.total()});
    out += bar_chart("Problems per family", family_bars);
    out += bar_chart(rules.size() > charted_rules
                         ? fmt::format("The {} most common rules", charted_rules)
                         : "Problems per rule",
                     rule_bars, rule_label_width);
    out += "<h3>Families</h3>\n" + tally_table(families, false);
    out += "<h3>Rules</h3>\n" + tally_table(rules, true);
    return out + "</section>\n";
}

std::string health_section(const Audit& audit) {
    const CitationHealth& h = audit.health();
    std::string out = "<section id=\"health\"><h2>Citation health</h2>\n<div class=\"scroll\">"
                      "<table><tbody>\n";
    for (const HealthRow& row : health_rows(h))
        out +=
            fmt::format("<tr><th>{}</th><td>{}</td></tr>\n", escape(row.figure), escape(row.value));
    out += "</tbody></table></div>\n<div class=\"charts\">";
    out += chart_or_none("Pages by share of prose sentences covered", bars_of(h.coverage_shares),
                         "No page reported its prose sentences (the claims rules did not run).");
    out += chart_or_none("Pages by refs per 1,000 words", bars_of(h.citation_densities),
                         "No page reported its words.");
    out += chart_or_none("Refs defined and named refs reused",
                         {{"defined", h.refs_defined.total}, {"reused", h.refs_reused.total}},
                         "No page reported its refs defined and reused.");
    const Ratio& short_citations = h.short_citation_matches;
    out += chart_or_none("Short citations",
                         {{"matched", short_citations.part},
                          {"unmatched", short_citations.whole -
                                            std::min(short_citations.part, short_citations.whole)}},
                         "No short citations reported.");
    out += chart_or_none("Age of dated citation-needed tags", bars_of(h.citation_needed_ages),
                         "No dated citation-needed tags reported.");
    return out + "</div>\n</section>\n";
}

// `rule_name` is empty for a code this citelint does not know.
std::string diagnostic_item(const RecordedDiagnostic& d, std::string_view rule_name) {
    const std::string_view severity = engine::severity_name(d.severity);
    std::string out = fmt::format("<li><span class=\"where\">{}:{}</span> <span "
                                  "class=\"{}\">{}</span> <code>{}</code>{}{}: {}",
                                  d.line, d.column, severity, severity, escape(d.code),
                                  rule_name.empty() ? "" : " ", rule_name, escape(d.message));
    if (!d.excerpt.empty())
        out += fmt::format("<pre class=\"excerpt\">{}</pre>", escape(d.excerpt));
    return out + "</li>\n";
}

std::string worst_section(const Audit& audit) {
    const std::vector<PageProblems> worst = audit.worst_pages();
    const std::vector<Tally> rules = audit.rules();
    std::map<std::string_view, std::string_view> rule_names;
    for (const Tally& rule : rules)
        rule_names.emplace(rule.code, rule.name);
    std::string out = "<section id=\"pages\"><h2>Worst pages</h2>\n";
    if (worst.empty()) return out + "<p class=\"none\">No page has problems.</p></section>\n";
    if (audit.documents_with_problems() > worst.size())
        out += fmt::format("<p class=\"meta\">The {} pages with the most errors, then warnings, "
                           "then infos, of {} pages with problems.</p>\n",
                           grouped(worst.size()), grouped(audit.documents_with_problems()));
    out += "<div class=\"scroll\"><table><thead><tr><th class=\"n\">#</th><th>Page</th>"
           "<th class=\"n\">Errors</th><th class=\"n\">Warnings</th><th class=\"n\">Infos</th>"
           "</tr></thead><tbody>\n";
    for (std::size_t i = 0; i < worst.size(); ++i) {
        const PageProblems& page = worst[i];
        out += fmt::format("<tr><td class=\"n\">{0}</td><td class=\"path\"><a href=\"#page-{0}\">"
                           "{1}</a></td><td class=\"n\">{2}</td><td class=\"n\">{3}</td>"
                           "<td class=\"n\">{4}</td></tr>\n",
                           i + 1, escape(page.path), grouped(page.problems.errors),
                           grouped(page.problems.warnings), grouped(page.problems.infos));
    }
    out += "</tbody></table></div>\n";
    for (std::size_t i = 0; i < worst.size(); ++i) {
        const PageProblems& page = worst[i];
        out += fmt::format("<section class=\"page\" id=\"page-{}\"><h3>{}</h3>\n"
                           "<ol class=\"diagnostics\">\n",
                           i + 1, escape(page.path));
        for (const RecordedDiagnostic& d : page.diagnostics)
            out += diagnostic_item(d, rule_names.at(d.code));
        out += "</ol>\n";
        if (page.more_diagnostics > 0)
            out +=
                fmt::format("<p class=\"more\">and {} more</p>\n", grouped(page.more_diagnostics));
        out += "</section>\n";
    }
    return out + "</section>\n";
}

} // namespace

std::string audit_html(const Audit& audit, std::string_view tool_version) {
    std::string out = fmt::format(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<title>Citation audit: {}, {} with problems</title>\n<style>{}</style>\n"
        "</head>\n<body>\n<header><h1>Citation audit</h1>\n<p class=\"meta\">{} checked "
        "by citelint {}; ages counted to {}.</p></header>\n<main>\n",
        page_count(audit.documents()), grouped(audit.documents_with_problems()), style,
        page_count(audit.documents()), escape(tool_version), iso_date(audit.options().today));
    out += "<section id=\"totals\"><h2>Totals</h2>\n" + totals(audit) + "</section>\n";
    out += problems_section(audit);
    out += health_section(audit);
    out += worst_section(audit);
    return out + "</main>\n</body>\n</html>\n";
}

} // namespace citelint::report
