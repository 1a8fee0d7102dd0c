// The baseline: fingerprints that survive moved lines, matching, the file's form.
#include <algorithm>

#include <catch2/catch.hpp>

#include "src/engine/baseline.hpp"
#include "src/engine/runner.hpp"
#include "src/model/article.hpp"

using namespace citelint;

namespace {

std::vector<engine::Diagnostic> diagnostics_of(const Source& source) {
    const model::Article article = model::build_article(source);
    return engine::run_rules(article, engine::Selection::make({"references"}, {}, {})).diagnostics;
}

// The baseline a run over `text` writes, read back.
engine::Baseline baseline_of(const std::string& path, const std::string& text) {
    const Source source(path, text);
    std::string problem;
    auto b = engine::Baseline::parse(
        engine::serialise_baseline(engine::baseline_entries(path, source, diagnostics_of(source))),
        problem);
    REQUIRE(b);
    return *b;
}

// What `text` still reports under the baseline, as CODE@LINE.
std::vector<std::string> remaining(engine::Baseline& baseline, const std::string& path,
                                   const std::string& text) {
    const Source source(path, text);
    std::vector<std::string> out;
    for (const auto& d : baseline.filter(path, source, diagnostics_of(source)))
        out.push_back(std::string(d.code) + "@" + std::to_string(source.locate(d.span.begin).line));
    return out;
}

const std::string page = "Intro.\n"
                         "Used.<ref name=\"smith\" /> Stray.</ref>\n"
                         "<references />\n";

} // namespace

TEST_CASE("a fingerprint does not depend on the line, and does on the problem") {
    const Source before("a.wiki", page);
    const Source moved("a.wiki", "New lead.\n\nMore text.\n" + page);
    const auto d1 = diagnostics_of(before);
    const auto d2 = diagnostics_of(moved);
    REQUIRE(d1.size() == 2);
    REQUIRE(d2.size() == 2);
    CHECK(d1[0].span.begin != d2[0].span.begin);
    CHECK(engine::fingerprint(before, d1[0]) == engine::fingerprint(moved, d2[0]));
    CHECK(engine::fingerprint(before, d1[0]).size() == 16);
    CHECK(engine::fingerprint(before, d1[0]) != engine::fingerprint(before, d1[1]));
    // Another name is another problem.
    const Source changed("a.wiki",
                         "Intro.\nUsed.<ref name=\"jones\" /> Stray.</ref>\n<references />\n");
    CHECK(engine::fingerprint(before, d1[0]) !=
          engine::fingerprint(changed, diagnostics_of(changed)[0]));
}

TEST_CASE("whitespace inside the span is folded before hashing") {
    auto print = [](const std::string& text) {
        const Source source("a.wiki", text);
        engine::Diagnostic d;
        d.code = "R024";
        d.span = {2, static_cast<std::uint32_t>(text.size() - 2)};
        d.message = "the same citation";
        return engine::fingerprint(source, d);
    };
    CHECK(print("<<{{cite web |title=T}}>>") == print("<< {{cite web\n  |title=T}}\r\n>>"));
    CHECK(print("<<{{cite web |title=T}}>>") != print("<<{{cite web |title=U}}>>"));
    CHECK(print("<<{{cite web |title=T}}>>") != print("<<{{cite web|title=T}}>>"));
}

TEST_CASE("known problems stay quiet when lines move, a new one is reported, a fixed one's entry "
          "is unmatched") {
    engine::Baseline baseline = baseline_of("a.wiki", page);
    CHECK(baseline.size() == 2);
    // Lines inserted above: both still match.
    CHECK(remaining(baseline, "a.wiki", "Lead.\n\n" + page).empty());
    CHECK(baseline.matched() == 2);
    CHECK(baseline.unmatched() == 0);

    engine::Baseline again = baseline_of("a.wiki", page);
    // A new problem is reported; the stray close was fixed.
    CHECK(
        remaining(
            again, "a.wiki",
            "Intro.\nUsed.<ref name=\"smith\" />\nNew.<ref name=\"jones\" />\n<references />\n") ==
        std::vector<std::string>{"R001@3"});
    CHECK(again.matched() == 1);
    CHECK(again.unmatched() == 1);
    // The same problem in another file is not known.
    engine::Baseline other = baseline_of("a.wiki", page);
    CHECK(remaining(other, "b.wiki", page).size() == 2);
    CHECK(other.unmatched() == 0); // a.wiki was not checked: its entries are not counted
}

TEST_CASE("identical problems are told apart by their occurrence") {
    const std::string two = "A.</ref>\nB.</ref>\n";
    engine::Baseline baseline = baseline_of("a.wiki", two);
    CHECK(baseline.size() == 2);
    CHECK(remaining(baseline, "a.wiki", "A.</ref>\nB.</ref>\nC.</ref>\n") ==
          std::vector<std::string>{"R022@3"});
}

TEST_CASE("the baseline file: versioned, sorted, stable, one entry per line") {
    const Source source("b.wiki", page);
    auto entries = engine::baseline_entries("b.wiki", source, diagnostics_of(source));
    const Source other("a.wiki", page);
    for (auto& e : engine::baseline_entries("a.wiki", other, diagnostics_of(other)))
        entries.push_back(e);
    const std::string text = engine::serialise_baseline(entries);
    std::reverse(entries.begin(), entries.end());
    CHECK(engine::serialise_baseline(entries) == text);
    CHECK(text.rfind(
              "{\n  \"version\": 1,\n  \"entries\": [\n    {\"path\":\"a.wiki\",\"code\":\"R001\",",
              0) == 0);
    CHECK(text.find("\"path\":\"a.wiki\",\"code\":\"R022\"") < text.find("\"path\":\"b.wiki\""));
    CHECK(std::count(text.begin(), text.end(), '\n') == 2 + 4 + 3);
    CHECK(
        text.find(
            "\"occurrence\":0,\"message\":\"named ref \\\"smith\\\" is used but never defined\"") !=
        std::string::npos);
    CHECK(engine::serialise_baseline({}) == "{\n  \"version\": 1,\n  \"entries\": []\n}\n");
}

TEST_CASE("a file that is no baseline is refused, saying why") {
    std::string problem;
    CHECK(!engine::Baseline::parse("not json", problem));
    CHECK(problem.find("not a citelint baseline") != std::string::npos);
    CHECK(!engine::Baseline::parse(R"({"version": 2, "entries": []})", problem));
    CHECK(problem.find("version 2") != std::string::npos);
    CHECK(!engine::Baseline::parse(R"({"version": 1})", problem));
    CHECK(!engine::Baseline::parse(
        R"({"version": 1, "entries": [{"path": "a.wiki", "code": "R001"}]})", problem));
    CHECK(problem == "entry 1 lacks a path, code, fingerprint or occurrence");
    CHECK(engine::Baseline::parse(R"({"version": 1, "entries": []})", problem));
}

TEST_CASE("paths in a baseline are relative to its folder") {
    CHECK(engine::baseline_path("/srv/wiki/pages/a.wiki", "/srv/wiki/baseline.json") ==
          "pages/a.wiki");
    CHECK(engine::baseline_path("/srv/other/a.wiki", "/srv/wiki/baseline.json") ==
          "../other/a.wiki");
    CHECK(engine::baseline_path("-", "/srv/wiki/baseline.json") == "<stdin>");
}
