// The audit report's formats (docs/reports.md): each renders a whole Audit to text, which the
// command writes at once, so that a failed run writes nothing.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "audit.hpp"

namespace citelint::report {

// One self-contained HTML page: inline CSS and SVG charts, no script, nothing fetched.
std::string audit_html(const Audit& audit, std::string_view tool_version);
// GitHub-flavoured Markdown for a pull request or a talk page: totals, the rules and the
// worst pages, each list cut at `rows`, and the worklists of the first rows / 2 rules.
std::string audit_markdown(const Audit& audit, std::size_t rows);
// Every aggregate, versioned.
std::string audit_json(const Audit& audit, std::string_view tool_version);

// What the html and markdown formats share.

// 1234567 as "1,234,567".
std::string grouped(std::uint64_t n);
// "1 page", "1,234 pages"
std::string page_count(std::uint64_t n);
// "YYYY-MM-DD"
std::string iso_date(const model::CalendarDate& date);

// A line of the citation health table: what it is and its value, as text.
struct HealthRow {
    std::string figure;
    std::string value;
};
std::vector<HealthRow> health_rows(const CitationHealth& health);

// What the report audited, as plain text: each dump or JSON lines file of pages with its
// wiki's name and dbname and its pages ("enwiki-latest.xml.bz2 (Wikipedia, enwiki): 206
// pages"), then the files.
std::vector<std::string> audited_items(const Audit& audit);

// The most severe level of some problems (info when there are none).
engine::Severity most_severe(const SeverityCounts& counts);
// "2 errors, 1 warning": the levels that have any.
std::string counts_text(const SeverityCounts& counts);

} // namespace citelint::report
