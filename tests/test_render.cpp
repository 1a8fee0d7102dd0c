// Renderers: whole-text snapshots of pretty output, the one-line format, column widths.
#include <sstream>

#include <catch2/catch.hpp>

#include "src/engine/runner.hpp"
#include "src/model/article.hpp"
#include "src/report/renderer.hpp"
#include "src/report/visible.hpp"

using namespace citelint;

namespace {

std::string render(const std::string& text, bool pretty, std::size_t width = 120) {
    const Source source("page.wiki", text);
    const auto article = model::build_article(source);
    const auto result = engine::run_rules(article, engine::Selection::make({}, {}, {}));
    std::ostringstream out, summary;
    auto renderer = pretty ? report::make_pretty(out, {false, width}) : report::make_gcc(out);
    renderer->document(source, result.diagnostics, report::figures_of(article), {});
    report::Totals totals;
    totals.files = 1;
    for (const auto& d : result.diagnostics)
        (d.severity == engine::Severity::error     ? totals.errors
         : d.severity == engine::Severity::warning ? totals.warnings
                                                   : totals.infos)++;
    renderer->finish(totals, summary);
    return out.str() + "--\n" + summary.str();
}

} // namespace

TEST_CASE("pretty output: header, location, source line, carets, notes, help") {
    const std::string text = "Intro.\nA.<ref name=\"b\">Brown 2001, p. 4</ref> B.<ref "
                             "name=\"b\">Brown 2001, p. 9</ref>\n"
                             "<references />\n";
    CHECK(render(text, true) ==
          std::string("error[R002]: named ref \"b\" is defined again with different content\n"
                      " --> page.wiki:2:53\n"
                      "  |\n"
                      "2 | A.<ref name=\"b\">Brown 2001, p. 4</ref> B.<ref name=\"b\">Brown 2001, "
                      "p. 9</ref>\n") +
              "  |" + std::string(53, ' ') +
              "^\n"
              "note: first defined here; this is the content MediaWiki shows\n"
              " --> page.wiki:2:3\n"
              "  |\n"
              "2 | A.<ref name=\"b\">Brown 2001, p. 4</ref> B.<ref name=\"b\">Brown 2001, p. "
              "9</ref>\n"
              "  |   --------------\n"
              "  = help: reuse the first definition with <ref name=\"b\" />, or give this citation "
              "a name of its own\n"
              "\n"
              "--\n"
              "found 1 error, 0 warnings and 0 infos in 1 file\n");
}

TEST_CASE("gcc output: one line per diagnostic with 1-based line and byte column") {
    const std::string text = "\xc3\xa9t\xc3\xa9.<ref name=\"x\" />\n<references />\n</ref>\n";
    CHECK(render(text, false) ==
          "page.wiki:1:18: error: named ref \"x\" is used but never defined [R001]\n"
          "page.wiki:3:1: warning: </ref> closes no ref; MediaWiki shows it as text [R022]\n"
          "--\n");
}

TEST_CASE("a clean page says so") {
    CHECK(render("Nothing cited here.\n", true) == "--\nno problems found in 1 file\n");
}

TEST_CASE("tabs, wide and combining characters do not shift the caret") {
    // A tab, two CJK characters (two columns each) and an e with a combining acute accent.
    const std::string text = "\t\xe6\x97\xa5\xe6\x9c\xac"
                             "e\xcc\x81<ref name=\"x\" />\n<references />\n";
    const std::string out = render(text, true);
    CHECK(out.find("1 |     \xe6\x97\xa5\xe6\x9c\xac"
                   "e\xcc\x81<ref name=\"x\" />\n"
                   "  |" +
                   std::string(21, ' ') + "^\n") != std::string::npos);
}

TEST_CASE("long lines are shown as a window around the span") {
    std::string text(300, 'a');
    text += "<ref name=\"x\" />";
    text += std::string(300, 'b');
    text += "\n<references />\n";
    const std::string out = render(text, true, 60);
    CHECK(out.find("1 | ..." + std::string(9, 'a') + "<ref name=\"x\" />bbb") != std::string::npos);
    CHECK(out.find("bbb...\n") != std::string::npos);
    CHECK(out.find("  |" + std::string(24, ' ') + "^\n") != std::string::npos);
}

TEST_CASE("control bytes and invalid UTF-8 are shown as replacement characters") {
    const std::string text = std::string("\x01\xff<ref name=\"x\" />\n<references />\n");
    const std::string out = render(text, true);
    CHECK(out.find("1 | \xef\xbf\xbd\xef\xbf\xbd<ref name=\"x\" />\n") != std::string::npos);
    CHECK(out.find("  |" + std::string(14, ' ') + "^\n") != std::string::npos);
}

TEST_CASE("the page's control characters reach no output raw") {
    CHECK(report::visible_controls("a\x1b[31mb\x07") == "a\\x1b[31mb\\x07");
    CHECK(report::visible_controls("one\ntwo\rthree\tfour") == "one\\x0atwo\\x0dthree\tfour");
    CHECK(report::visible_controls("one\ntwo", true) == "one\ntwo");
    CHECK(report::visible_controls("c1 \xC2\x9B and \x7F, not \xC2\xA9") ==
          "c1 \\u{9b} and \\x7f, not \xC2\xA9");
    // A ref name holding ESC and BEL, in both terminal formats: visible, on one line each.
    const std::string text = "A.<ref name=\"a\x1b[31m\x07\" />\n<references />\n";
    for (const bool pretty : {false, true}) {
        const std::string out = render(text, pretty);
        INFO(out);
        CHECK(out.find('\x1b') == std::string::npos);
        CHECK(out.find('\x07') == std::string::npos);
        CHECK(out.find("a\\x1b[31m\\x07") != std::string::npos);
    }
    // A template name with a comment and a line break in it is named without them.
    const std::string infobox = "{{Infobox place\n<!-- the name -->\n|name=X\n|name=Y\n}}\n";
    CHECK(render(infobox, false).find("of {{Infobox place}} is given again") != std::string::npos);
}

TEST_CASE("display width") {
    CHECK(display_width("abc") == 3);
    CHECK(display_width("\xe6\x97\xa5") == 2);
    CHECK(display_width("e\xcc\x81") == 1);
    CHECK(display_width("\t", 0) == 4);
    CHECK(display_width("\t", 3) == 1);
    CHECK(wider_than("abcd", 3));
    CHECK_FALSE(wider_than("abc", 3));
    CHECK(wider_than("a\xe6\x97\xa5", 2));
    CHECK_FALSE(wider_than("e\xcc\x81\t", 4));
}

TEST_CASE(
    "the duplicate citation's help offers a name made of author and year, unused in the page") {
    const std::string cite =
        "<ref>{{cite book |last=Smith |first=J. |title=History |year=2010}}</ref>";
    const std::string out = render("A." + cite + " B." + cite +
                                       " C.<ref name=\"smith2010\">Other.</ref>\n<references />\n",
                                   true);
    CHECK(
        out.find("= help: name the first one, as <ref name=\"smith2010b\">, and reuse it here with "
                 "<ref name=\"smith2010b\" />") != std::string::npos);
}

TEST_CASE("the summary names what was checked, and what could not be read") {
    auto summary = [](report::Totals totals) {
        std::ostringstream out, said;
        report::make_pretty(out, {false, 120})->finish(totals, said);
        return said.str();
    };
    CHECK(summary({2, 0, 0, 0, 0, 0}) == "no problems found in 2 files\n");
    CHECK(summary({3, 3, 0, 1, 0, 0}) == "found 1 error, 0 warnings and 0 infos in 3 pages\n");
    CHECK(summary({3, 1, 0, 0, 0, 0}) == "no problems found in 3 documents\n");
    // An input that could not be read is no clean run.
    CHECK(summary({1, 0, 1, 0, 0, 0}) ==
          "checked 1 file with no problems; 1 input could not be read\n");
    CHECK(summary({0, 0, 2, 0, 1, 0}) ==
          "found 0 errors, 1 warning and 0 infos in 0 files; 2 inputs could not be read\n");
}
