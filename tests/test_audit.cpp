// Audit reports: the records read from jsonl, the aggregates, the worst pages, the formats.
#include <algorithm>
#include <random>

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "src/report/audit_render.hpp"
#include "src/report/excerpt.hpp"

using namespace citelint;
using engine::Severity;
using nlohmann::json;
using report::Audit;
using report::DocumentRecord;
using report::RecordedDiagnostic;

namespace {

report::AuditOptions options_on(int year, int month, int day) {
    report::AuditOptions options;
    options.today = {year, month, day};
    return options;
}

RecordedDiagnostic diagnostic(std::string code, Severity severity, std::uint32_t line = 1) {
    RecordedDiagnostic d;
    d.code = std::move(code);
    d.severity = severity;
    d.line = line;
    d.message = "something is wrong";
    d.excerpt = "the line";
    return d;
}

DocumentRecord page(std::string path, std::vector<RecordedDiagnostic> diagnostics = {}) {
    return {std::move(path), std::move(diagnostics), {}, {}};
}

std::uint64_t bucket(const std::vector<report::Bucket>& buckets, std::string_view label) {
    for (const report::Bucket& b : buckets)
        if (b.label == label) return b.count;
    FAIL("no bucket " << label);
    return 0;
}

DocumentRecord read(const std::string& line) {
    std::string problem;
    auto record = report::record_from_json(json::parse(line), problem);
    INFO(problem);
    REQUIRE(record);
    return std::move(*record);
}

std::string problem_of(const std::string& line) {
    std::string problem;
    CHECK_FALSE(report::record_from_json(json::parse(line), problem));
    return problem;
}

} // namespace

TEST_CASE("record: a jsonl line of citelint check") {
    const DocumentRecord record = read(
        R"({"path": "a.wiki", "diagnostics": [{"path": "a.wiki", "code": "R001",
            "name": "undefined-named-ref", "family": "references", "severity": "error",
            "message": "named ref \"x\" is used but never defined", "help": [],
            "start": {"line": 3, "column": 17, "offset": 40},
            "end": {"line": 3, "column": 18, "offset": 41}, "notes": [], "fix": null,
            "excerpt": "Used.<ref name=\"x\" />"}],
            "figures": {"refs": 2, "citation_points": 1, "sentences": null,
            "covered_sentences": null, "words": 120, "citation_needed_dates": ["2015-03"]}})");
    CHECK(record.path == "a.wiki");
    REQUIRE(record.diagnostics.size() == 1);
    const RecordedDiagnostic& d = record.diagnostics[0];
    CHECK(d.code == "R001");
    CHECK(d.severity == Severity::error);
    CHECK(d.line == 3);
    CHECK(d.column == 17);
    CHECK(d.message == "named ref \"x\" is used but never defined");
    CHECK(d.excerpt == "Used.<ref name=\"x\" />");
    CHECK(record.figures.refs == 2u);
    CHECK(record.figures.words == 120u);
    // null and missing are both unknown, never 0
    CHECK_FALSE(record.figures.sentences);
    CHECK_FALSE(record.figures.refs_defined);
    REQUIRE(record.figures.citation_needed_dates);
    CHECK(record.figures.citation_needed_dates->at(0).year == 2015);
    CHECK(record.figures.citation_needed_dates->at(0).month == 3);
}

TEST_CASE("record: lines without figures or excerpts, as older versions wrote them") {
    const DocumentRecord record = read(R"({"path": "b.wiki", "diagnostics": [{"code": "R022",
        "severity": "warning", "message": "m", "start": {"line": 1, "column": 7}}]})");
    CHECK(record.diagnostics.at(0).excerpt.empty());
    CHECK_FALSE(record.figures.refs);
    CHECK_FALSE(record.figures.citation_needed_dates);
}

TEST_CASE("record: what is wrong with a line that is not one") {
    CHECK(problem_of("[1, 2]") == "not a JSON object");
    CHECK(problem_of(R"({"diagnostics": []})") == "no path");
    CHECK(problem_of(R"({"path": "a"})") == "no list of diagnostics");
    CHECK(problem_of(R"({"path": "a", "diagnostics": [{"code": "R001", "severity": "fatal",
        "message": "m", "start": {"line": 1, "column": 1}}]})") ==
          "diagnostics[0] has no severity (error, warning or info)");
    CHECK(problem_of(R"({"path": "a", "diagnostics": [{"code": "R001", "severity": "error",
        "message": "m"}]})") == "diagnostics[0] has no start line and column");
    CHECK(problem_of(R"({"path": "a", "diagnostics": [{"code": "undefined-named-ref",
        "severity": "error", "message": "m", "start": {"line": 1, "column": 1}}]})") ==
          "diagnostics[0] has no rule code (a capital letter and 3 digits)");
    CHECK(problem_of(R"({"path": "a", "diagnostics": [], "figures": {"refs": -1}})") ==
          "figures.refs is not a count");
    CHECK(problem_of(R"({"path": "a", "diagnostics": [], "figures": {"refs": "2"}})") ==
          "figures.refs is not a count");
    // Counts no page could hold, and parts larger than their wholes, would make shares over
    // 100% or sums that overflow.
    CHECK(problem_of(R"({"path": "a", "diagnostics": [],
        "figures": {"refs": 18446744073709551615}})") == "figures.refs is not a count");
    CHECK(problem_of(R"({"path": "a", "diagnostics": [],
        "figures": {"sentences": 3, "covered_sentences": 4}})") ==
          "figures.covered_sentences is more than figures.sentences");
    CHECK(problem_of(R"({"path": "a", "diagnostics": [],
        "figures": {"short_citations": 0, "short_citations_matched": 1}})") ==
          "figures.short_citations_matched is more than figures.short_citations");
    CHECK(problem_of(R"({"path": "a", "diagnostics": [],
        "figures": {"citation_needed_dates": ["March 2015"]}})") ==
          "figures.citation_needed_dates holds \"March 2015\", not a YYYY-MM month");
    CHECK(problem_of(R"({"path": "a", "diagnostics": [],
        "figures": {"citation_needed_dates": ["2015-13"]}})") ==
          "figures.citation_needed_dates holds \"2015-13\", not a YYYY-MM month");
}

TEST_CASE("audit: totals, rules with their names and families, families") {
    Audit audit(options_on(2026, 1, 1));
    audit.add(page("a", {diagnostic("R001", Severity::error), diagnostic("R001", Severity::error),
                         diagnostic("R022", Severity::warning)}));
    audit.add(page("b", {diagnostic("R001", Severity::error)}));
    audit.add(page("c"));
    audit.add(page("d", {diagnostic("X999", Severity::info)}));
    CHECK(audit.documents() == 4);
    CHECK(audit.documents_with_problems() == 3);
    CHECK(audit.problems().errors == 3);
    CHECK(audit.problems().warnings == 1);
    CHECK(audit.problems().infos == 1);

    const auto rules = audit.rules();
    REQUIRE(rules.size() == 3);
    CHECK(rules[0].code == "R001"); // the most problems first
    CHECK(rules[0].name == "undefined-named-ref");
    CHECK(rules[0].family == "references");
    CHECK(rules[0].problems.errors == 3);
    CHECK(rules[0].documents == 2);
    CHECK(rules[1].code == "R022"); // then by code
    CHECK(rules[1].documents == 1);
    CHECK(rules[2].code == "X999"); // a code this citelint does not know is kept
    CHECK(rules[2].name.empty());
    CHECK(rules[2].family == "unknown");

    const auto families = audit.families();
    REQUIRE(families.size() == 2);
    CHECK(families[0].family == "references");
    CHECK(families[0].problems.total() == 4);
    CHECK(families[0].documents == 2);
    CHECK(families[1].family == "unknown");
}

TEST_CASE("audit: figures summed over the pages that reported them") {
    Audit audit(options_on(2026, 1, 1));
    DocumentRecord a = page("a");
    a.figures.refs = 10;
    a.figures.words = 1000;
    a.figures.refs_defined = 8;
    a.figures.refs_reused = 2;
    a.figures.short_citations = 4;
    a.figures.short_citations_matched = 3;
    DocumentRecord b = page("b");
    b.figures.refs = 5;            // no words: not in the density
    b.figures.short_citations = 6; // matches unknown: not in the match rate
    audit.add(std::move(a));
    audit.add(std::move(b));
    audit.add(page("c")); // nothing known

    const report::CitationHealth& h = audit.health();
    CHECK(h.refs.total == 15);
    CHECK(h.refs.documents == 2);
    CHECK(h.words.documents == 1);
    CHECK(h.refs_defined.total == 8);
    CHECK(h.refs_reused.total == 2);
    CHECK(h.short_citations.total == 10);
    CHECK(h.short_citation_matches.part == 3);
    CHECK(h.short_citation_matches.whole == 4);
    CHECK(h.short_citation_matches.share() == Approx(0.75));
    CHECK(h.refs_per_word.share() == Approx(0.01));
    CHECK(h.refs_per_word.documents == 1);
    CHECK_FALSE(h.coverage.share()); // unknown, not 0%
    CHECK(h.coverage.documents == 0);
}

TEST_CASE("audit: the histograms") {
    Audit audit(options_on(2026, 11, 15));
    const auto covered = [&](std::uint64_t part, std::uint64_t whole) {
        DocumentRecord r = page("p");
        r.figures.sentences = whole;
        r.figures.covered_sentences = part;
        audit.add(std::move(r));
    };
    covered(0, 10);
    covered(5, 10);
    covered(99, 100);
    covered(10, 10);
    covered(0, 0); // no prose: no share
    const auto dense = [&](std::uint64_t refs, std::uint64_t words) {
        DocumentRecord r = page("p");
        r.figures.refs = refs;
        r.figures.words = words;
        audit.add(std::move(r));
    };
    dense(0, 500);
    dense(1, 1000);
    dense(2, 1000); // 2 per 1,000 is not under 2
    dense(15, 1000);
    dense(60, 1000);
    dense(3, 0); // no words: no density
    DocumentRecord tags = page("p");
    tags.figures.citation_needed = 6;
    tags.figures.citation_needed_dates = std::vector<report::YearMonth>{
        {2026, 11}, {2026, 5}, {2025, 11}, {2025, 10}, {2010, 1}, {2027, 1}};
    audit.add(std::move(tags));

    const report::CitationHealth& h = audit.health();
    CHECK(bucket(h.coverage_shares, "0–10%") == 1);
    CHECK(bucket(h.coverage_shares, "50–60%") == 1);
    CHECK(bucket(h.coverage_shares, "90–100%") == 2);
    CHECK(h.coverage.part == 114);
    CHECK(h.coverage.whole == 130);
    CHECK(h.coverage.documents == 5);

    CHECK(bucket(h.citation_densities, "none") == 1);
    CHECK(bucket(h.citation_densities, "under 2") == 1);
    CHECK(bucket(h.citation_densities, "2–5") == 1);
    CHECK(bucket(h.citation_densities, "10–20") == 1);
    CHECK(bucket(h.citation_densities, "50 or more") == 1);

    CHECK(bucket(h.citation_needed_ages, "under 6 months") == 1); // 0 months
    CHECK(bucket(h.citation_needed_ages, "6–12 months") == 1);    // 6
    CHECK(bucket(h.citation_needed_ages, "1–2 years") == 2);      // 12 and 13
    CHECK(bucket(h.citation_needed_ages, "10 years or more") == 1);
    CHECK(h.citation_needed_after_today == 1);
    CHECK(h.citation_needed.total == 6);
    CHECK(h.citation_needed_dated.total == 6);
}

TEST_CASE("audit: the worst pages, capped, the worst first, ties by path") {
    report::AuditOptions options = options_on(2026, 1, 1);
    options.worst_pages = 3;
    options.diagnostics_per_page = 2;
    Audit audit(options);
    audit.add(page("one error", {diagnostic("R001", Severity::error)}));
    audit.add(page("b: warnings",
                   {diagnostic("R022", Severity::warning), diagnostic("R022", Severity::warning)}));
    audit.add(page("a: warnings", {diagnostic("R022", Severity::warning, 9),
                                   diagnostic("R022", Severity::warning, 2)}));
    audit.add(page("clean"));
    audit.add(page("three errors",
                   {diagnostic("R001", Severity::error, 5), diagnostic("R001", Severity::error, 3),
                    diagnostic("R001", Severity::error, 4)}));
    audit.add(page("infos", {diagnostic("X101", Severity::info), diagnostic("X101", Severity::info),
                             diagnostic("X101", Severity::info)}));
    const auto worst = audit.worst_pages();
    REQUIRE(worst.size() == 3);
    CHECK(worst[0].path == "three errors");
    CHECK(worst[1].path == "one error");
    CHECK(worst[2].path == "a: warnings"); // "b: warnings" is as bad: the path decides
    // The first diagnostics in source order, and how many more there are.
    REQUIRE(worst[0].diagnostics.size() == 2);
    CHECK(worst[0].diagnostics[0].line == 3);
    CHECK(worst[0].diagnostics[1].line == 4);
    CHECK(worst[0].more_diagnostics == 1);
    CHECK(worst[2].diagnostics[0].line == 2);
    CHECK(worst[2].more_diagnostics == 0);
}

namespace {

// Pages of every kind, deterministic: some clean, some with many problems, equal counts.
std::vector<DocumentRecord> many_pages() {
    std::vector<DocumentRecord> pages;
    const char* codes[] = {"R001", "R022", "T001", "C001", "X700"};
    const Severity severities[] = {Severity::error, Severity::warning, Severity::info};
    for (int i = 0; i < 300; ++i) {
        DocumentRecord r = page(fmt::format("Page {:03}", i % 250)); // some paths twice
        for (int k = 0; k < (i * 7) % 13; ++k)
            r.diagnostics.push_back(diagnostic(codes[(i + k) % 5], severities[(i * k) % 3],
                                               static_cast<std::uint32_t>(k * 3 % 7 + 1)));
        if (i % 3) {
            r.figures.sentences = static_cast<std::uint64_t>(i % 17);
            r.figures.covered_sentences = static_cast<std::uint64_t>(i % 17 / 2);
            r.figures.words = static_cast<std::uint64_t>(i * 11);
            r.figures.refs = static_cast<std::uint64_t>(i % 9);
            r.figures.citation_needed_dates =
                std::vector<report::YearMonth>{{2000 + i % 26, 1 + i % 12}};
        }
        pages.push_back(std::move(r));
    }
    return pages;
}

struct Rendered {
    std::string html, markdown, json;
};

Rendered render_all(const std::vector<DocumentRecord>& pages) {
    report::AuditOptions options = options_on(2026, 6, 30);
    options.worst_pages = 20;
    options.diagnostics_per_page = 4;
    Audit audit(options);
    for (const DocumentRecord& r : pages)
        audit.add(r);
    return {report::audit_html(audit, "1.2.3"), report::audit_markdown(audit, 10),
            report::audit_json(audit, "1.2.3")};
}

} // namespace

TEST_CASE("audit: the order of the input does not change a byte of any format") {
    std::vector<DocumentRecord> pages = many_pages();
    const Rendered first = render_all(pages);
    std::mt19937 random(12345);
    for (int round = 0; round < 5; ++round) {
        std::shuffle(pages.begin(), pages.end(), random);
        const Rendered again = render_all(pages);
        CHECK(again.html == first.html);
        CHECK(again.markdown == first.markdown);
        CHECK(again.json == first.json);
    }
}

TEST_CASE("audit json: versioned, every aggregate") {
    const json doc = json::parse(render_all(many_pages()).json);
    CHECK(doc["version"] == 1);
    CHECK(doc["tool"]["version"] == "1.2.3");
    CHECK(doc["today"] == "2026-06-30");
    CHECK(doc["totals"]["documents"] == 300);
    CHECK(doc["worst_pages"]["pages"].size() == 20);
    CHECK(doc["worst_pages"]["limit"] == 20);
    for (const json& p : doc["worst_pages"]["pages"])
        CHECK(p["diagnostics"].size() <= 4);
    std::uint64_t problems = 0;
    for (const json& rule : doc["rules"])
        problems += rule["problems"].get<std::uint64_t>();
    CHECK(problems == doc["totals"]["problems"]);
    CHECK(doc["figures"]["sentence_coverage"]["histogram"].size() == 10);
    CHECK(doc["figures"]["citation_density"]["per_1000_words"].is_number());
    CHECK(doc["figures"]["short_citation_matches"]["rate"].is_null()); // none reported
    CHECK(doc["figures"]["refs_defined"]["documents"] == 0);
}

TEST_CASE("audit html: self-contained, every input text escaped") {
    Audit audit(options_on(2026, 1, 1));
    RecordedDiagnostic d = diagnostic("R001", Severity::error);
    d.message = "named ref \"<b>\" & co";
    d.excerpt = "<script>alert(1)</script>\x01";
    audit.add(page("<img src=x onerror=alert(1)>.wiki", {d}));
    const std::string html = report::audit_html(audit, "1.2.3");
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;\xEF\xBF\xBD") != std::string::npos);
    CHECK(html.find(
              "<code>R001</code> undefined-named-ref: named ref &quot;&lt;b&gt;&quot; &amp; co") !=
          std::string::npos);
    // Nothing is fetched: no address, no script, no external style.
    CHECK(html.find("http") == std::string::npos);
    CHECK(html.find("<link") == std::string::npos);
    CHECK(html.find("url(") == std::string::npos);
    CHECK(html.find("<title>Citation audit: 1 page, 1 with problems</title>") != std::string::npos);
    CHECK(html.find("<svg class=\"chart\"") != std::string::npos);
}

TEST_CASE("audit markdown: compact tables, cells escaped, lists cut") {
    report::AuditOptions options = options_on(2026, 1, 1);
    Audit audit(options);
    for (int i = 0; i < 5; ++i)
        audit.add(page(fmt::format("a|b_{}", i), {diagnostic("R001", Severity::error)}));
    const std::string md = report::audit_markdown(audit, 3);
    CHECK(md.find("**5 pages** checked, **5** with problems: 5 errors, 0 warnings, 0 infos") !=
          std::string::npos);
    CHECK(md.find("| `R001` undefined-named-ref | references | 5 | 0 | 0 | 5 |") !=
          std::string::npos);
    CHECK(md.find("| a\\|b\\_0 | 1 | 0 | 0 |") != std::string::npos);
    CHECK(md.find("a\\|b\\_3") == std::string::npos);
    CHECK(md.find("and 2 more pages with problems.") != std::string::npos);
}

TEST_CASE("excerpt: the line of the span, cut around it on character boundaries") {
    const Source short_line("a", "first\nsecond line here\nthird");
    const report::Excerpt second = report::excerpt_of(short_line, {13, 17});
    CHECK(second.text == "second line here");
    CHECK(second.text.substr(second.mark_begin, second.mark_end - second.mark_begin) == "line");
    // A span past its line is marked to the line's end.
    const report::Excerpt first = report::excerpt_of(short_line, {0, 30});
    CHECK(first.text == "first");
    CHECK(first.mark_begin == 0);
    CHECK(first.mark_end == 5);

    // 300 bytes of "é" (2 bytes each) and the span in the middle
    std::string text;
    for (int i = 0; i < 150; ++i)
        text += "\xc3\xa9";
    text += "<ref>";
    for (int i = 0; i < 150; ++i)
        text += "\xc3\xa9";
    const Source long_line("b", text + "\nnext");
    const report::Excerpt cut = report::excerpt_of(long_line, {300, 305});
    const std::string& excerpt = cut.text;
    CHECK(excerpt.substr(cut.mark_begin, cut.mark_end - cut.mark_begin) == "<ref>");
    CHECK(excerpt.find("<ref>") != std::string::npos);
    CHECK(excerpt.substr(0, 3) == "…");
    CHECK(excerpt.substr(excerpt.size() - 3) == "…");
    const std::string kept = excerpt.substr(3, excerpt.size() - 6);
    CHECK(kept.size() <= report::excerpt_bytes);
    CHECK(kept.size() >= report::excerpt_bytes - 1);
    CHECK(kept.substr(0, 2) == "\xc3\xa9"); // whole characters only
    CHECK(kept.substr(kept.size() - 2) == "\xc3\xa9");
    // The span near the start of a long line: nothing cut before it.
    const std::string at_start = report::excerpt_of(long_line, {0, 2}).text;
    CHECK(at_start.substr(0, 2) == "\xc3\xa9");
    CHECK(at_start.substr(at_start.size() - 3) == "…");
}

TEST_CASE("record: a page of a dump, its addresses and the excerpt's span") {
    const DocumentRecord record = read(
        R"({"path": "enwiki:A & B", "page": {"title": "A & B",
            "url": "https://en.wikipedia.org/wiki/A_%26_B",
            "edit_url": "https://en.wikipedia.org/w/index.php?title=A_%26_B&action=edit"},
            "input": {"file": "enwiki.xml.bz2", "sitename": "Wikipedia", "dbname": "enwiki"},
            "diagnostics": [{"code": "R001", "severity": "error", "message": "m",
            "start": {"line": 1, "column": 17}, "excerpt": "Used.<ref name=\"x\" />",
            "excerpt_span": {"start": 16, "end": 17}}]})");
    CHECK(record.origin.title == "A & B");
    CHECK(record.origin.url == "https://en.wikipedia.org/wiki/A_%26_B");
    CHECK(record.origin.input == "enwiki.xml.bz2");
    CHECK(record.origin.sitename == "Wikipedia");
    CHECK(record.origin.dbname == "enwiki");
    REQUIRE(record.diagnostics.at(0).mark);
    CHECK(record.diagnostics[0].mark->begin == 16);
    CHECK(record.diagnostics[0].mark->end == 17);

    // A line may come from anywhere: only web addresses with nothing to escape are links, and
    // a span that does not fit its excerpt is no span.
    const DocumentRecord odd = read(
        R"j({"path": "p", "page": {"title": "p", "url": "javascript:alert(1)",
            "edit_url": "https://x.org/a\"b"}, "diagnostics": [{"code": "R001",
            "severity": "error", "message": "m", "start": {"line": 1, "column": 1},
            "excerpt": "short", "excerpt_span": {"start": 2, "end": 9}}]})j");
    CHECK(odd.origin.url.empty());
    CHECK(odd.origin.edit_url.empty());
    CHECK_FALSE(odd.diagnostics.at(0).mark);
}

namespace {

DocumentRecord linked_page(std::string title, std::vector<RecordedDiagnostic> diagnostics) {
    DocumentRecord r = page("enwiki:" + title, std::move(diagnostics));
    r.origin.title = std::move(title);
    r.origin.url = "https://en.wikipedia.org/wiki/" + r.origin.title;
    r.origin.edit_url =
        "https://en.wikipedia.org/w/index.php?title=" + r.origin.title + "&action=edit";
    r.origin.input = "enwiki.xml";
    r.origin.sitename = "Wikipedia";
    r.origin.dbname = "enwiki";
    return r;
}

} // namespace

TEST_CASE("audit: errors come first, however many warnings there are") {
    Audit audit(options_on(2026, 1, 1));
    std::vector<RecordedDiagnostic> warnings(100, diagnostic("C001", Severity::warning));
    audit.add(page("claims", warnings));
    audit.add(page("cite", {diagnostic("R001", Severity::error)}));
    audit.add(
        page("info", {diagnostic("R025", Severity::info), diagnostic("R025", Severity::info)}));
    const auto rules = audit.rules();
    REQUIRE(rules.size() == 3);
    CHECK(rules[0].code == "R001");
    CHECK(rules[1].code == "C001");
    CHECK(rules[2].code == "R025");
    const auto families = audit.families();
    CHECK(families.at(0).family == "references");
}

TEST_CASE("audit: a worklist per rule, the most severe pages first, capped") {
    report::AuditOptions options = options_on(2026, 1, 1);
    options.worklist_pages = 2;
    Audit audit(options);
    audit.add(linked_page("One", {diagnostic("R001", Severity::warning, 7)}));
    audit.add(linked_page("Two", {diagnostic("R001", Severity::error, 9),
                                  diagnostic("R001", Severity::error, 3),
                                  diagnostic("R022", Severity::warning)}));
    audit.add(linked_page("Three", {diagnostic("R001", Severity::error, 5)}));
    audit.add(page("file.wiki", {diagnostic("R022", Severity::warning)}));
    const auto lists = audit.worklists();
    REQUIRE(lists.size() == 2);
    CHECK(lists[0].rule.code == "R001");
    REQUIRE(lists[0].pages.size() == 2);
    CHECK(lists[0].pages[0].path == "enwiki:Two"); // two errors
    CHECK(lists[0].pages[0].problems.errors == 2);
    CHECK(lists[0].pages[0].first.line == 3); // the first in source order
    CHECK(lists[0].pages[0].origin.url == "https://en.wikipedia.org/wiki/Two");
    CHECK(lists[0].pages[1].path == "enwiki:Three"); // an error before a warning
    CHECK(lists[0].more_pages == 1);
    CHECK(lists[1].rule.code == "R022");
    REQUIRE(lists[1].pages.size() == 2);
    CHECK(lists[1].pages[0].path == "enwiki:Two"); // equal: by path
    CHECK(lists[1].pages[1].path == "file.wiki");
    CHECK(lists[1].more_pages == 0);

    const auto inputs = audit.inputs();
    REQUIRE(inputs.size() == 1);
    CHECK(inputs[0].file == "enwiki.xml");
    CHECK(inputs[0].documents == 3);
    CHECK(audit.documents_from_files() == 1);
    CHECK(report::audited_items(audit) ==
          std::vector<std::string>{"enwiki.xml (Wikipedia, enwiki): 3 pages", "1 file"});
}

TEST_CASE("audit html: pages linked, spans marked, every text from a page escaped") {
    Audit audit(options_on(2026, 1, 1));
    RecordedDiagnostic d = diagnostic("R001", Severity::error);
    d.excerpt = "<b>x</b> <ref name=\"a&b\"/>";
    d.mark = report::ExcerptMark{20, 23};
    DocumentRecord r = linked_page("A_%26_B", {d});
    r.path = "enwiki:<i>A & B</i>";
    audit.add(std::move(r));
    const std::string html = report::audit_html(audit, "1.2.3");
    CHECK(html.find("<i>") == std::string::npos);
    CHECK(html.find("<b>") == std::string::npos);
    CHECK(html.find("<a href=\"https://en.wikipedia.org/wiki/A_%26_B\">enwiki:&lt;i&gt;A &amp; "
                    "B&lt;/i&gt;</a> <a class=\"edit\" href=\"https://en.wikipedia.org/w/"
                    "index.php?title=A_%26_B&amp;action=edit\">edit</a>") != std::string::npos);
    CHECK(html.find("&lt;b&gt;x&lt;/b&gt; &lt;ref name=&quot;<mark>a&amp;b</mark>&quot;/&gt;") !=
          std::string::npos);
    CHECK(html.find("<section class=\"worklist\" id=\"worklist-R001\">") != std::string::npos);
    CHECK(html.find("<li>enwiki.xml (Wikipedia, enwiki): 1 page</li>") != std::string::npos);
    // Links are followed by a reader, never fetched by the page.
    CHECK(html.find("src=") == std::string::npos);
    CHECK(html.find("<link") == std::string::npos);
}

TEST_CASE("audit markdown: links, and the span under carets in a fence that nothing closes") {
    Audit audit(options_on(2026, 1, 1));
    RecordedDiagnostic d = diagnostic("R001", Severity::error);
    d.excerpt = "a ```` b\tc <ref/>";
    d.mark = report::ExcerptMark{11, 17};
    audit.add(linked_page("A_b", {d}));
    const std::string md = report::audit_markdown(audit, 10);
    CHECK(md.find("| [enwiki:A\\_b](<https://en.wikipedia.org/wiki/A_b>) ([edit](<https://"
                  "en.wikipedia.org/w/index.php?title=A_b&action=edit>)) | 1 | 0 | 0 |") !=
          std::string::npos);
    CHECK(md.find("#### error: `R001` undefined-named-ref (1 page)") != std::string::npos);
    // The tab is expanded, so that the carets stand under the span.
    CHECK(md.find("   `````\n   a ```` b    c <ref/>\n" + std::string(17, ' ') +
                  "^^^^^^\n   `````\n") != std::string::npos);
}
