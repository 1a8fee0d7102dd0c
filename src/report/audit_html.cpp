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
mark { background: #ffe082; color: inherit; border-radius: 2px; outline: 1px solid #e0a800; }
mark.point::before { content: "\2038"; color: var(--error); }
svg.chart .bar.error { fill: var(--error); }
svg.chart .bar.warning { fill: var(--warning); }
svg.chart .bar.info { fill: var(--info); }
a.edit { font-size: 0.85rem; }
ol.worklist { padding-left: 1.5rem; }
ol.worklist li { margin: 0.6rem 0; overflow-wrap: anywhere; }
.counts { color: var(--muted); }
ul.audited { margin: 0.25rem 0; padding-left: 1.25rem; overflow-wrap: anywhere; }
@media (max-width: 30rem) {
  body { padding: 0.5rem; font-size: 14px; }
  th, td { padding: 0.25rem 0.3rem; }
}
)";

// A part of a bar, drawn in the colour of its severity, or the plain bar's when none.
struct Segment {
    std::uint64_t value = 0;
    std::string_view severity;
};

struct Bar {
    std::string label;
    std::vector<Segment> segments;
    [[nodiscard]] std::uint64_t total() const {
        std::uint64_t sum = 0;
        for (const Segment& s : segments)
            sum += s.value;
        return sum;
    }
};

// The rectangles of one bar, from x = `left` on, which is left where the bar ends; `scale`
// units per count. A segment above 0 gets at least a sliver, so that it is not mistaken for none.
std::string bar_rectangles(const Bar& bar, double& left, double scale, int y) {
    constexpr int bar_height = 16, row = 24;
    std::string out;
    for (const Segment& segment : bar.segments) {
        if (segment.value == 0) continue;
        const double length = std::max(1.0, scale * static_cast<double>(segment.value));
        out += fmt::format("<rect class=\"bar{}{}\" x=\"{:.1f}\" y=\"{}\" width=\"{:.1f}\" "
                           "height=\"{}\"><title>{}: {}</title></rect>",
                           segment.severity.empty() ? "" : " ", segment.severity, left,
                           y + (row - bar_height) / 2, length, bar_height, escape(bar.label),
                           grouped(segment.value));
        left += length;
    }
    return out;
}

// A horizontal bar chart: it keeps its labels readable when a narrow screen shrinks it.
// `label_width` is in the units of 12px text (about 6 a character).
std::string bar_chart(std::string_view title, const std::vector<Bar>& bars, int label_width = 150) {
    constexpr int bars_width = 260, value_width = 70, row = 24;
    const int width = label_width + bars_width + value_width;
    std::uint64_t largest = 0;
    for (const Bar& bar : bars)
        largest = std::max(largest, bar.total());
    const double scale =
        largest == 0 ? 0 : static_cast<double>(bars_width) / static_cast<double>(largest);
    const int height = static_cast<int>(bars.size()) * row + 4;
    std::string out = fmt::format(
        "<figure><figcaption>{0}</figcaption><svg class=\"chart\" viewBox=\"0 0 {1} {2}\" "
        "width=\"{1}\" height=\"{2}\" role=\"img\" aria-label=\"{0}\">\n",
        escape(title), width, height);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const Bar& bar = bars[i];
        const int y = static_cast<int>(i) * row + 2;
        out += fmt::format("<text class=\"label\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
                           label_width - 6, y + 13, escape(bar.label));
        double end = label_width;
        out += bar_rectangles(bar, end, scale, y);
        out += fmt::format("<text class=\"value\" x=\"{:.1f}\" y=\"{}\">{}</text>\n", end + 4,
                           y + 13, grouped(bar.total()));
    }
    return out + "</svg></figure>\n";
}

// A bar of one plain segment.
Bar plain_bar(std::string label, std::uint64_t value) {
    return {std::move(label), {Segment{value, {}}}};
}

std::vector<Bar> bars_of(const std::vector<Bucket>& buckets) {
    std::vector<Bar> bars;
    for (const Bucket& bucket : buckets)
        bars.push_back(plain_bar(std::string(bucket.label), bucket.count));
    return bars;
}

// The chart, or why there is none: a chart of nothing would say "0" where it means "unknown".
std::string chart_or_none(std::string_view title, const std::vector<Bar>& bars,
                          std::string_view none) {
    const bool any = std::any_of(bars.begin(), bars.end(), [](const Bar& b) { return b.total(); });
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

// The rules' codes link to their worklists.
std::string tally_table(const std::vector<Tally>& tallies, bool rules) {
    std::string out = "<div class=\"scroll\"><table><thead><tr>";
    out += rules ? "<th>Code</th><th>Rule</th><th>Family</th>" : "<th>Family</th>";
    out += "<th class=\"n\">Errors</th><th class=\"n\">Warnings</th><th class=\"n\">Infos</th>"
           "<th class=\"n\">Pages</th></tr></thead><tbody>\n";
    for (const Tally& t : tallies) {
        out += "<tr>";
        if (rules)
            out += fmt::format("<td><a href=\"#worklist-{0}\"><code>{0}</code></a></td><td>{1}</td>"
                               "<td>{2}</td>",
                               escape(t.code), escape(t.name.empty() ? "(unknown rule)" : t.name),
                               t.family);
        else
            out += fmt::format("<td>{}</td>", t.family);
        out += fmt::format("<td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>"
                           "<td class=\"n\">{}</td></tr>\n",
                           grouped(t.problems.errors), grouped(t.problems.warnings),
                           grouped(t.problems.infos), grouped(t.documents));
    }
    return out + "</tbody></table></div>\n";
}

// The levels in the order the report lists them, with what their charts are called.
struct Level {
    engine::Severity severity;
    std::string_view plural;
    std::string_view chart_title;
};
constexpr Level levels[] = {{engine::Severity::error, "errors", "Errors per rule"},
                            {engine::Severity::warning, "warnings", "Warnings per rule"},
                            {engine::Severity::info, "infos", "Infos per rule"}};

// A chart per severity of the rules that report at it, the most first, each to its own
// scale: the many warnings of one family never shrink another's few errors to a sliver.
std::string rule_charts(const std::vector<Tally>& rules) {
    // Each chart names the most common rules; the table below lists them all.
    constexpr std::size_t charted_rules = 15;
    constexpr int rule_label_width = 250; // "R001 " and a rule's name
    std::string out;
    for (const Level& level : levels) {
        const engine::Severity severity = level.severity;
        std::vector<const Tally*> reporting;
        for (const Tally& rule : rules)
            if (rule.problems.of(severity) > 0) reporting.push_back(&rule);
        if (reporting.empty()) continue;
        std::stable_sort(reporting.begin(), reporting.end(), [&](const Tally* a, const Tally* b) {
            return a->problems.of(severity) > b->problems.of(severity);
        });
        std::vector<Bar> bars;
        for (std::size_t i = 0; i < reporting.size() && i < charted_rules; ++i) {
            const Tally& rule = *reporting[i];
            bars.push_back({rule.code + (rule.name.empty() ? "" : " ") + std::string(rule.name),
                            {{rule.problems.of(severity), engine::severity_name(severity)}}});
        }
        out += bar_chart(
            reporting.size() > charted_rules
                ? fmt::format("The {} rules with the most {}", charted_rules, level.plural)
                : std::string(level.chart_title),
            bars, rule_label_width);
    }
    return out;
}

std::string problems_section(const Audit& audit) {
    const std::vector<Tally> rules = audit.rules();
    const std::vector<Tally> families = audit.families();
    std::string out = "<section id=\"problems\"><h2>Problems by rule and family</h2>\n";
    if (rules.empty()) return out + "<p class=\"none\">No problems found.</p></section>\n";
    // A family's bar in the colours of its errors, warnings and infos, errors first.
    std::vector<Bar> family_bars;
    for (const Tally& family : families)
        family_bars.push_back({std::string(family.family),
                               {{family.problems.errors, "error"},
                                {family.problems.warnings, "warning"},
                                {family.problems.infos, "info"}}});
    out += "<div class=\"charts\">" +
           bar_chart("Problems per family: errors, warnings, infos", family_bars);
    out += rule_charts(rules) + "</div>\n";
    out += "<h3>Families</h3>\n" + tally_table(families, false);
    out += "<h3>Rules</h3>\n<p class=\"meta\">The most errors first, then warnings, then infos; "
           "a rule's code leads to its worklist.</p>\n" +
           tally_table(rules, true);
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
    out += chart_or_none(
        "Refs defined and named refs reused",
        {plain_bar("defined", h.refs_defined.total), plain_bar("reused", h.refs_reused.total)},
        "No page reported its refs defined and reused.");
    const Ratio& short_citations = h.short_citation_matches;
    out += chart_or_none(
        "Short citations",
        {plain_bar("matched", short_citations.part),
         plain_bar("unmatched",
                   short_citations.whole - std::min(short_citations.part, short_citations.whole))},
        "No short citations reported.");
    out += chart_or_none("Age of dated citation-needed tags", bars_of(h.citation_needed_ages),
                         "No dated citation-needed tags reported.");
    return out + "</div>\n</section>\n";
}

// The excerpt with the span's part in <mark>; an empty span is a point between characters.
std::string marked_excerpt(const RecordedDiagnostic& d) {
    if (!d.mark) return escape(d.excerpt);
    const std::string_view text = d.excerpt;
    const ExcerptMark& mark = *d.mark;
    return escape(text.substr(0, mark.begin)) +
           (mark.begin == mark.end
                ? "<mark class=\"point\"></mark>"
                : "<mark>" + escape(text.substr(mark.begin, mark.end - mark.begin)) + "</mark>") +
           escape(text.substr(mark.end));
}

// `rule_name` is empty for a code this citelint does not know.
std::string diagnostic_text(const RecordedDiagnostic& d, std::string_view rule_name) {
    const std::string_view severity = engine::severity_name(d.severity);
    std::string out = fmt::format("<span class=\"where\">{}:{}</span> <span "
                                  "class=\"{}\">{}</span> <code>{}</code>{}{}: {}",
                                  d.line, d.column, severity, severity, escape(d.code),
                                  rule_name.empty() ? "" : " ", rule_name, escape(d.message));
    if (!d.excerpt.empty())
        out += fmt::format("<pre class=\"excerpt\">{}</pre>", marked_excerpt(d));
    return out;
}

// A page's name, linked to its article and edit page when its wiki's addresses are known.
std::string page_name(const std::string& path, const PageOrigin& origin) {
    if (origin.url.empty()) return escape(path);
    std::string out = fmt::format("<a href=\"{}\">{}</a>", escape(origin.url), escape(path));
    if (!origin.edit_url.empty())
        out += fmt::format(" <a class=\"edit\" href=\"{}\">edit</a>", escape(origin.edit_url));
    return out;
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
                           i + 1, page_name(page.path, page.origin));
        for (const RecordedDiagnostic& d : page.diagnostics)
            out += "<li>" + diagnostic_text(d, rule_names.at(d.code)) + "</li>\n";
        out += "</ol>\n";
        if (page.more_diagnostics > 0)
            out +=
                fmt::format("<p class=\"more\">and {} more</p>\n", grouped(page.more_diagnostics));
        out += "</section>\n";
    }
    return out + "</section>\n";
}

std::string worklist_html(const Worklist& list) {
    const Tally& rule = list.rule;
    const std::string_view severity = engine::severity_name(most_severe(rule.problems));
    std::string out = fmt::format(
        "<section class=\"worklist\" id=\"worklist-{0}\"><h3><span class=\"{1}\">{1}</span> "
        "<code>{0}</code>{2}{3}: {4}</h3>\n<ol class=\"worklist\">\n",
        escape(rule.code), severity, rule.name.empty() ? "" : " ", rule.name,
        page_count(rule.documents));
    for (const WorklistEntry& entry : list.pages)
        out += fmt::format("<li>{} <span class=\"counts\">{}</span><div>{}</div></li>\n",
                           page_name(entry.path, entry.origin), counts_text(entry.problems),
                           diagnostic_text(entry.first, {}));
    out += "</ol>\n";
    if (list.more_pages > 0)
        out += fmt::format("<p class=\"more\">and {} more</p>\n", page_count(list.more_pages));
    return out + "</section>\n";
}

std::string worklists_section(const Audit& audit) {
    const std::vector<Worklist> lists = audit.worklists();
    std::string out = "<section id=\"worklists\"><h2>Worklists</h2>\n";
    if (lists.empty()) return out + "<p class=\"none\">No problems found.</p></section>\n";
    out += "<p class=\"meta\">For each rule, the most severe first, the pages that have its "
           "problems: the most errors, then warnings, then infos first; each with the first of "
           "them and its place in the source.</p>\n";
    for (const Worklist& list : lists)
        out += worklist_html(list);
    return out + "</section>\n";
}

// What was audited, and where the pages link to.
std::string audited_html(const Audit& audit) {
    std::string out;
    const std::vector<std::string> items = audited_items(audit);
    if (!items.empty()) {
        out += "<p class=\"meta\">Audited:</p><ul class=\"audited\">";
        for (const std::string& item : items)
            out += "<li>" + escape(item) + "</li>";
        out += "</ul>\n";
    }
    if (!audit.options().linked_wiki.empty())
        out += fmt::format("<p class=\"meta\">Pages link to {}.</p>\n",
                           escape(audit.options().linked_wiki));
    return out;
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
    out.insert(out.find("</header>"), audited_html(audit));
    out += "<section id=\"totals\"><h2>Totals</h2>\n" + totals(audit) + "</section>\n";
    out += problems_section(audit);
    out += worklists_section(audit);
    out += health_section(audit);
    out += worst_section(audit);
    return out + "</main>\n</body>\n</html>\n";
}

} // namespace citelint::report
