// The machine formats: json, jsonl, sarif, github; and UTF-16 columns.
#include <sstream>

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "src/engine/runner.hpp"
#include "src/lsp/positions.hpp"
#include "src/model/article.hpp"
#include "src/report/json_diagnostic.hpp"
#include "src/report/renderer.hpp"

using namespace citelint;
using nlohmann::json;

namespace {

enum class Format { json, jsonl, sarif, github };

std::unique_ptr<report::Renderer> make(Format format, std::ostream& out) {
    switch (format) {
    case Format::json:
        return report::make_json(out, "9.8.7");
    case Format::jsonl:
        return report::make_jsonl(out);
    case Format::sarif:
        return report::make_sarif(
            out,
            {"9.8.7", "https://example.org/citelint", "https://example.org/rules/{code}.md", {}});
    case Format::github:
        return report::make_github(out);
    }
    return nullptr;
}

struct Page {
    std::string path;
    std::string text;
};

// Every rule over the pages, rendered; `sentences` false leaves the sentence layer out, as a
// run without the claims rules does.
std::string render(Format format, const std::vector<Page>& pages, bool sentences = true) {
    std::ostringstream out, summary;
    auto renderer = make(format, out);
    report::Totals totals;
    for (const Page& page : pages) {
        const Source source(page.path, page.text);
        model::ModelOptions options;
        options.sentences = sentences;
        const auto article = model::build_article(source, options);
        const auto result = engine::run_rules(article, engine::Selection::make({}, {}, {}));
        ++totals.files;
        for (const auto& d : result.diagnostics)
            (d.severity == engine::Severity::error     ? totals.errors
             : d.severity == engine::Severity::warning ? totals.warnings
                                                       : totals.infos)++;
        renderer->document(source, result.diagnostics, report::figures_of(article), {});
    }
    renderer->finish(totals, summary);
    CHECK(summary.str().empty()); // machine formats write nothing but their output
    return out.str();
}

// "A " + U+4E2D (3 bytes, 1 unit) + U+1F600 (4 bytes, 2 units) before two definitions of "b"
// with different content: R002 with a note on the first.
const std::string conflicting = "Intro.\nA \xe4\xb8\xad\xf0\x9f\x98\x80.<ref name=\"b\">Brown "
                                "2001, p. 4</ref> B.<ref name=\"b\">Brown 2001, p. 9</ref>\n"
                                "<references />\n";
// Where R002 points (the name of the second definition) and its note (the first definition).
const std::size_t second_name = conflicting.find("name=\"b\"", conflicting.find("</ref>")) + 6;
const std::size_t first_ref = conflicting.find("<ref");
// R022 with a fix that removes the stray </ref> (it doubles the ref's own).
const std::string stray = "Intro \xf0\x9f\x98\x80 text.<ref>x</ref></ref>\n";

const json& find_code(const json& list, std::string_view code) {
    for (const json& d : list)
        if (d.contains("code") ? d["code"] == code : d["ruleId"] == code) return d;
    FAIL("no diagnostic " << code << " in " << list.dump());
    return list;
}

} // namespace

TEST_CASE("UTF-16 columns: CJK counts one unit, an emoji two, invalid bytes one each") {
    const Source source("p.wiki", "x\na\xe4\xb8\xad\xf0\x9f\x98\x80"
                                  "b\xff"
                                  "c\n");
    const std::uint32_t line2 = 2;
    CHECK(source.column(line2, ColumnUnit::utf16) == 1);      // 'a'
    CHECK(source.column(line2 + 1, ColumnUnit::utf16) == 2);  // U+4E2D
    CHECK(source.column(line2 + 4, ColumnUnit::utf16) == 3);  // U+1F600
    CHECK(source.column(line2 + 8, ColumnUnit::utf16) == 5);  // 'b'
    CHECK(source.column(line2 + 9, ColumnUnit::utf16) == 6);  // the invalid byte
    CHECK(source.column(line2 + 10, ColumnUnit::utf16) == 7); // 'c'
    CHECK(source.column(1, ColumnUnit::utf16) == 2);          // the end of line 1
}

TEST_CASE("display columns: wide characters two, combining marks none, tabs to the next stop") {
    // "a", U+4E2D (wide), "e" + U+0301 (combining acute), a tab, U+1F600 (wide), an invalid
    // byte, "z".
    const Source source("p.wiki", "a\xe4\xb8\xad"
                                  "e\xcc\x81\t\xf0\x9f\x98\x80\xff"
                                  "z");
    CHECK(source.column(0, ColumnUnit::display) == 1);   // 'a'
    CHECK(source.column(1, ColumnUnit::display) == 2);   // U+4E2D
    CHECK(source.column(4, ColumnUnit::display) == 4);   // 'e'
    CHECK(source.column(5, ColumnUnit::display) == 5);   // U+0301: no column of its own
    CHECK(source.column(7, ColumnUnit::display) == 5);   // the tab, at column 4 (0-based)
    CHECK(source.column(8, ColumnUnit::display) == 9);   // U+1F600, after the tab stop at 8
    CHECK(source.column(12, ColumnUnit::display) == 11); // the invalid byte
    CHECK(source.column(13, ColumnUnit::display) == 12); // 'z'
    CHECK(display_width("\xe4\xb8\xad\xe4\xb8\xad") == 4);
    CHECK(wider_than("\xe4\xb8\xad\xe4\xb8\xad", 3));
    CHECK_FALSE(wider_than("\xe4\xb8\xad\xe4\xb8\xad", 4));
}

TEST_CASE(
    "one column for every consumer: a truncated sequence is one unit, as an editor reads it") {
    // "a" then the first two bytes of a three-byte sequence (U+20AC cut short): one U+FFFD.
    const Source source("p.wiki", std::string("a\xE2\x82", 3));
    CHECK(source.column(3, ColumnUnit::utf16) == 3);
    CHECK(source.column(3, ColumnUnit::byte) == 4);
    CHECK(lsp::position_of(source, 3, lsp::Encoding::utf16).character == 2);
    CHECK(lsp::position_of(source, 3, lsp::Encoding::utf8).character == 3);
    CHECK(lsp::offset_of(source, {0, 2}, lsp::Encoding::utf16) == 3);
    // Astral: a surrogate pair, and the way back lands on the character's start.
    const Source emoji("p.wiki", "\xF0\x9F\x98\x80z");
    CHECK(emoji.column(4, ColumnUnit::utf16) == 3);
    CHECK(lsp::position_of(emoji, 4, lsp::Encoding::utf16).character == 2);
    CHECK(lsp::offset_of(emoji, {0, 1}, lsp::Encoding::utf16) == 0);
    CHECK(lsp::offset_of(emoji, {0, 2}, lsp::Encoding::utf16) == 4);
}

TEST_CASE("json: format and tool version, every field of a diagnostic with its note") {
    const json doc = json::parse(render(Format::json, {{"a.wiki", conflicting}}));
    CHECK(doc["version"] == 1);
    CHECK(doc["tool"]["name"] == "citelint");
    CHECK(doc["tool"]["version"] == "9.8.7");
    CHECK(doc["totals"]["files"] == 1);
    const json& d = find_code(doc["diagnostics"], "R002");
    CHECK(d["path"] == "a.wiki");
    CHECK(d["name"] == "conflicting-ref-definitions");
    CHECK(d["family"] == "references");
    CHECK(d["severity"] == "error");
    CHECK(d["message"] == "named ref \"b\" is defined again with different content");
    REQUIRE(d["help"].size() == 1);
    CHECK(d["help"][0].get<std::string>().starts_with("reuse the first definition"));
    // The name of the second <ref name="b">: byte offsets, and columns in UTF-8 bytes.
    CHECK(d["start"]["offset"] == second_name);
    CHECK(d["start"]["line"] == 2);
    CHECK(d["start"]["column"] == second_name - 7 + 1);
    CHECK(d["end"]["offset"].get<std::size_t>() > second_name);
    REQUIRE(d["notes"].size() == 1);
    CHECK(d["notes"][0]["start"]["offset"] == first_ref);
    CHECK(d["notes"][0]["start"]["column"] == first_ref - 7 + 1);
    CHECK(d["notes"][0]["message"].get<std::string>().starts_with("first defined here"));
    CHECK(d["fix"].is_null());
}

TEST_CASE("json: a fix with its edits, positioned as diagnostics are") {
    const json doc = json::parse(render(Format::json, {{"b.wiki", stray}}));
    const json& d = find_code(doc["diagnostics"], "R022");
    REQUIRE(d["fix"].is_object());
    CHECK(d["fix"]["title"] == "remove the stray </ref>");
    REQUIRE(d["fix"]["edits"].size() == 1);
    const json& edit = d["fix"]["edits"][0];
    CHECK(edit["replacement"] == "");
    CHECK(edit["start"] == json{{"line", 1}, {"column", 29}, {"offset", 28}});
    CHECK(edit["end"] == json{{"line", 1}, {"column", 35}, {"offset", 34}});
}

TEST_CASE("json: invalid UTF-8 from the input is replaced, not thrown") {
    std::ostringstream out, summary;
    auto renderer = report::make_json(out, "1");
    const Source source("bad\xff.wiki", "x");
    engine::Diagnostic d;
    d.code = "R001";
    d.name = "undefined-named-ref";
    d.message = "named ref \"\xff\" is used but never defined";
    renderer->document(source, {d}, {}, {});
    renderer->finish({}, summary);
    const json doc = json::parse(out.str());
    CHECK(doc["diagnostics"][0]["message"] ==
          "named ref \"\xef\xbf\xbd\" is used but never defined");
    CHECK(doc["diagnostics"][0]["path"] == "bad\xef\xbf\xbd.wiki");
}

TEST_CASE("jsonl: one line per document with its diagnostics and figures") {
    const std::string sourced = "The bridge opened in 1932.<ref>Smith 1990.</ref> It closed in "
                                "1990. It was rebuilt.\n\n== Notes ==\n<references />\n";
    const std::string text =
        render(Format::jsonl, {{"a.wiki", conflicting}, {"c.wiki", sourced}, {"b.wiki", stray}});
    std::istringstream lines(text);
    std::vector<json> docs;
    for (std::string line; std::getline(lines, line);)
        docs.push_back(json::parse(line));
    REQUIRE(docs.size() == 3);
    CHECK(docs[0]["path"] == "a.wiki");
    CHECK(find_code(docs[0]["diagnostics"], "R002")["notes"].size() == 1);
    CHECK(docs[0]["figures"]["refs"] == 2);
    CHECK(docs[1]["path"] == "c.wiki");
    CHECK(docs[1]["figures"]["refs"] == 1);
    CHECK(docs[1]["figures"]["citation_points"] == 1);
    CHECK(docs[1]["figures"]["sentences"] == 3);
    CHECK(docs[1]["figures"]["covered_sentences"] == 1);
    CHECK(docs[1]["figures"]["words"] == 12);
    CHECK(docs[1]["figures"]["refs_defined"] == 1);
    CHECK(docs[1]["figures"]["refs_reused"] == 0);
    CHECK(docs[1]["figures"]["short_citations"] == 0);
    CHECK(docs[1]["figures"]["short_citations_matched"] == 0);
    CHECK(docs[1]["figures"]["citation_needed"] == 0);
    CHECK(docs[1]["figures"]["citation_needed_dates"] == json::array());
    CHECK(docs[2]["figures"]["refs"] == 1);
    CHECK(find_code(docs[2]["diagnostics"], "R022")["fix"]["edits"].size() == 1);
    // Each diagnostic carries the line of its span, for reports made without the source.
    CHECK(find_code(docs[0]["diagnostics"], "R002")["excerpt"] ==
          "A \xe4\xb8\xad\xf0\x9f\x98\x80.<ref name=\"b\">Brown 2001, p. 4</ref> B.<ref "
          "name=\"b\">Brown 2001, p. 9</ref>");
    CHECK(find_code(docs[2]["diagnostics"], "R022")["excerpt"] ==
          stray.substr(0, stray.size() - 1));
}

TEST_CASE("json: no excerpts, the source is at hand") {
    const json doc = json::parse(render(Format::json, {{"a.wiki", conflicting}}));
    CHECK_FALSE(find_code(doc["diagnostics"], "R002").contains("excerpt"));
}

TEST_CASE("jsonl: without the sentence layer the sentence figures are null, not 0") {
    const json doc = json::parse(render(Format::jsonl, {{"a.wiki", conflicting}}, false));
    CHECK(doc["figures"]["refs"] == 2);
    CHECK(doc["figures"]["sentences"].is_null());
    CHECK(doc["figures"]["covered_sentences"].is_null());
    CHECK(doc["figures"]["words"].is_null());
    // The other figures do not rest on the sentence layer: the second ref named "b" is a
    // marker of the first one's footnote.
    CHECK(doc["figures"]["refs_defined"] == 1);
    CHECK(doc["figures"]["refs_reused"] == 1);
}

TEST_CASE("sarif: driver and rules, results with UTF-16 regions, notes, fixes") {
    const json log =
        json::parse(render(Format::sarif, {{"dir/a b.wiki", conflicting}, {"./b.wiki", stray}}));
    CHECK(log["version"] == "2.1.0");
    REQUIRE(log["runs"].size() == 1);
    const json& run = log["runs"][0];
    CHECK(run["columnKind"] == "utf16CodeUnits");
    const json& driver = run["tool"]["driver"];
    CHECK(driver["name"] == "citelint");
    CHECK(driver["version"] == "9.8.7");
    CHECK(driver["informationUri"] == "https://example.org/citelint");
    const json& results = run["results"];
    for (const json& r : results) {
        const json& rule = driver["rules"][r["ruleIndex"].get<std::size_t>()];
        CHECK(rule["id"] == r["ruleId"]);
        // Each rule links its page.
        CHECK(rule["helpUri"] ==
              "https://example.org/rules/" + r["ruleId"].get<std::string>() + ".md");
    }

    const json& r002 = find_code(results, "R002");
    CHECK(r002["level"] == "error");
    const json& location = r002["locations"][0]["physicalLocation"];
    CHECK(location["artifactLocation"]["uri"] == "dir/a%20b.wiki");
    CHECK(location["region"]["startLine"] == 2);
    CHECK(location["region"]["byteOffset"] == second_name);
    // 7 bytes of CJK and emoji before it are 3 UTF-16 units.
    CHECK(location["region"]["startColumn"] == second_name - 7 + 1 - 4);
    REQUIRE(r002["relatedLocations"].size() == 1);
    CHECK(r002["relatedLocations"][0]["physicalLocation"]["region"]["byteOffset"] == first_ref);
    CHECK(r002["relatedLocations"][0]["physicalLocation"]["region"]["startColumn"] ==
          first_ref - 7 + 1 - 4);

    const json& rule = driver["rules"][r002["ruleIndex"].get<std::size_t>()];
    CHECK(rule["name"] == "conflicting-ref-definitions");
    CHECK(rule["defaultConfiguration"]["level"] == "error");
    CHECK(rule["shortDescription"]["text"] == engine::find_rule("R002")->summary);
    CHECK(rule["fullDescription"]["text"] == engine::find_rule("R002")->docs.what_it_finds);
    CHECK(rule["help"]["markdown"].get<std::string>().find("## Why it matters") !=
          std::string::npos);

    const json& r022 = find_code(results, "R022");
    CHECK(r022["level"] == "warning");
    CHECK(r022["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "b.wiki");
    const json& replacement = r022["fixes"][0]["artifactChanges"][0]["replacements"][0];
    CHECK(replacement["deletedRegion"]["startColumn"] == 27);
    CHECK(replacement["deletedRegion"]["endColumn"] == 33);
    CHECK(replacement["deletedRegion"]["byteLength"] == 6);
    CHECK(replacement["insertedContent"]["text"] == "");
}

TEST_CASE("sarif: the rules that ran are listed even when they report nothing") {
    std::ostringstream out, summary;
    auto renderer = report::make_sarif(
        out, {"1", "", "", {engine::find_rule("C001"), engine::find_rule("R022")}});
    const Source source("b.wiki", stray);
    const auto article = model::build_article(source);
    const auto result = engine::run_rules(article, engine::Selection::make({"R022"}, {}, {}));
    renderer->document(source, result.diagnostics, report::figures_of(article), {});
    renderer->finish({}, summary);
    const json log = json::parse(out.str());
    const json& driver = log["runs"][0]["tool"]["driver"];
    CHECK_FALSE(driver.contains("informationUri"));
    REQUIRE(driver["rules"].size() == 2);
    CHECK(driver["rules"][0]["id"] == "C001");
    CHECK(driver["rules"][1]["id"] == "R022");
    REQUIRE(log["runs"][0]["results"].size() == 1);
    CHECK(log["runs"][0]["results"][0]["ruleIndex"] == 1);
}

TEST_CASE("github: workflow commands by severity, UTF-16 columns, escaped data and properties") {
    const std::string out = render(Format::github, {{"a.wiki", conflicting}, {"b.wiki", stray}});
    CHECK(
        out.find(fmt::format("::error file=a.wiki,line=2,col={},endLine=2,endColumn={},title=R002 "
                             "conflicting-ref-definitions::named ref \"b\" is defined again with "
                             "different content%0Anote: 2:{}: first defined here",
                             second_name - 7 + 1 - 4, second_name - 7 + 2 - 4,
                             first_ref - 7 + 1 - 4)) != std::string::npos);
    CHECK(out.find("::warning file=b.wiki,line=1,col=27,endLine=1,endColumn=33,title=R022 "
                   "stray-ref-close::</ref> closes no ref; MediaWiki shows it as text%0Ahelp: "
                   "remove it, or add the <ref> it was meant to close\n") != std::string::npos);

    std::ostringstream escaped, summary;
    auto renderer = report::make_github(escaped);
    const Source source("C:a,b%.wiki", "x\n");
    engine::Diagnostic d;
    d.code = "C004";
    d.name = "marked-unsourced";
    d.severity = engine::Severity::info;
    d.span = {0, 1};
    d.message = "100% sure,\r\nreally: no";
    renderer->document(source, {d}, {}, {});
    renderer->finish({}, summary);
    CHECK(escaped.str() == "::notice file=C%3Aa%2Cb%25.wiki,line=1,col=1,endLine=1,endColumn=2,"
                           "title=C004 marked-unsourced::100%25 sure,%0D%0Areally: no\n");
}

TEST_CASE("columns: a megabyte line counts UTF-16 units from checkpoints as from its start") {
    // Astral, CJK, ASCII and invalid bytes on one long line, then a short line.
    std::string line;
    for (int i = 0; line.size() < 300000; ++i)
        line += i % 7 == 0    ? "\xf0\x9f\x98\x80"
                : i % 5 == 0  ? "\xe4\xb8\xad"
                : i % 11 == 0 ? "\xff"
                              : "ab ";
    const Source source("long.wiki", line + "\nshort\n");
    const auto brute = [&](std::uint32_t offset) {
        std::uint32_t units = 0;
        for (std::uint32_t at = 0; at < offset;) {
            const CharacterSize c = character_at(source.text(), at, offset);
            units += c.utf16;
            at += c.bytes;
        }
        return units + 1;
    };
    // Offsets in any order, inside characters too, as diagnostics and notes ask them.
    for (std::uint32_t offset : {299999u, 5u, 150001u, 4097u, 4096u, 8191u, 123457u, 0u, 299000u,
                                 static_cast<std::uint32_t>(line.size())})
        CHECK(source.column(offset, ColumnUnit::utf16) == brute(offset));
    const auto short_line = static_cast<std::uint32_t>(line.size() + 3);
    CHECK(source.column(short_line, ColumnUnit::utf16) == 3);
}

TEST_CASE("a JSON line written a diagnostic at a time is the line its tree would write") {
    // Invalid UTF-8 and a page of a dump (its origin) included; none, one and many problems.
    const std::vector<std::string> texts = {
        "Plain text.\n", "A <ref name=x/> claim.\n",
        "Caf\xc3 <ref>open\n<ref name=\"a\">A</ref><ref name=\"a\">B</ref> </ref> {{cite web}}\n"};
    const report::PageOrigin dump_page{"Berlin",
                                       "https://de.wikipedia.org/wiki/Berlin",
                                       "https://de.wikipedia.org/w/index.php",
                                       "dewiki.xml.bz2",
                                       "Wikipedia",
                                       "dewiki"};
    for (const std::string& text : texts) {
        const Source source("page.wiki", text);
        const auto article = model::build_article(source, {});
        const auto diagnostics =
            engine::run_rules(article, engine::Selection::make({}, {}, {})).diagnostics;
        const auto figures = report::figures_of(article);
        for (const report::PageOrigin& origin : {report::PageOrigin{}, dump_page})
            CHECK(report::document_line(source, diagnostics, figures, origin) ==
                  report::dump_line(report::document_json(source, diagnostics, figures, origin)));
    }
}
