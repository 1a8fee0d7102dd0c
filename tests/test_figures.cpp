// The figures of a document (report::figures_of) and the word count they rest on.
#include <algorithm>
#include <string>

#include <catch2/catch.hpp>

#include "built.hpp"
#include "src/model/prose/words.hpp"
#include "src/report/renderer.hpp"

using namespace citelint;

namespace {

report::Figures figures(std::string text, bool sentences = true) {
    model::ModelOptions options;
    options.sentences = sentences;
    const testing::Built b = testing::build(std::move(text), options);
    return report::figures_of(b.article);
}

} // namespace

TEST_CASE("words: runs of letters and digits, an apostrophe inside a word joining it") {
    CHECK(model::count_prose_words("") == 0);
    CHECK(model::count_prose_words("The bridge opened in 1932.") == 5);
    CHECK(model::count_prose_words("Don't stop: it's 3.5 km (well-known).") == 7);
    CHECK(model::count_prose_words("'quoted' and ''not'' joined") == 4);
    CHECK(model::count_prose_words("1,234,567 people in 1990.Then 2.") == 6);
    CHECK(model::count_prose_words("L\u2019homme est là.") == 3);
    CHECK(model::count_prose_words("Москва \u2014 столица России.") == 3);
    // Combining marks continue a word: "été" decomposed, and Devanagari vowel signs and virama.
    CHECK(model::count_prose_words("e\u0301te\u0301 fini") == 2);
    CHECK(model::count_prose_words("\u0928\u092E\u0938\u094D\u0924\u0947 \u0926\u0941\u0928\u093F"
                                   "\u092F\u093E") == 2);
    CHECK(model::count_prose_words("bad \xff\xfe bytes") == 2);
}

TEST_CASE("words: each Han ideograph and kana is a word of its own") {
    // 東京は日本の首都です。: ten characters, the full stop none.
    CHECK(model::count_prose_words("\u6771\u4EAC\u306F\u65E5\u672C\u306E\u9996\u90FD\u3067\u3059"
                                   "\u3002") == 10);
    // Latin words and Chinese characters side by side: Tokyo（东京）is big.
    CHECK(model::count_prose_words("Tokyo\uFF08\u4E1C\u4EAC\uFF09is big.") == 5);
    // Korean writes spaces: a run of Hangul is one word.
    CHECK(model::count_prose_words(
              "\uC11C\uC6B8\uC740 \uD55C\uAD6D\uC758 \uC218\uB3C4\uC774\uB2E4.") == 3);
}

TEST_CASE("words: the same count wherever a 16-byte block boundary falls") {
    // The ASCII fast path takes 16 bytes at a time and carries a word and an apostrophe across.
    for (std::size_t pad = 0; pad < 40; ++pad) {
        INFO("pad " << pad);
        const std::string spaces(pad, ' ');
        CHECK(model::count_prose_words(spaces + "don't stop, it's fine; rock'n'roll x") == 6);
        CHECK(model::count_prose_words(spaces + "12,345.67 km, 1990.Then 3.x") == 6);
        CHECK(model::count_prose_words(spaces + "caf\u00e9 don't \u4E2D\u6587 it's fine") == 6);
        CHECK(model::count_prose_words("\u00e9 " + spaces + "abc'' 'def ghi") == 4);
    }
}

TEST_CASE("figures: words of the prose paragraphs, without markup, refs, lists and headings") {
    const std::string page =
        "'''Alpha''' is a [[town]] in [[Beta Land|the north]].<ref>Smith 2001, p. 4.</ref> "
        "<!-- a comment of five words --> It has {{convert|5|km}} of roads.\n"
        "{{Infobox settlement |name=Alpha |population=12 000}}\n"
        "\n== History ==\n"
        "Founded in 1850.\n"
        "* A list item is not prose.\n"
        "{|\n| A table cell is not prose either.\n|}\n"
        "\n== References ==\n<references />\n";
    // Alpha is a town in the north (7), It has 5 km of roads ({{convert}} shows its first two
    // arguments: 6), Founded in 1850 (3).
    const report::Figures with_sentences = figures(page);
    CHECK(with_sentences.words == 16);
    // Without the sentence layer (no claims rule runs) the count is unknown, not 0. It does not
    // depend on the options that make table cells and captions prose.
    CHECK_FALSE(figures(page, false).words);
    model::ModelOptions tables;
    tables.claims.tables = true;
    tables.claims.captions = true;
    const std::string with_caption =
        "[[File:Bridge.jpg|thumb|The old bridge over the river in winter.]]\n" + page;
    const testing::Built built = testing::build(with_caption, tables);
    // The caption and the table cell are made paragraphs, and left out of the count.
    CHECK(std::count_if(built.article.paragraphs.begin(), built.article.paragraphs.end(),
                        [](const model::Paragraph& p) { return p.optional; }) == 2);
    CHECK(report::figures_of(built.article).words == 16);
}

TEST_CASE("figures: refs defined and reused, short citations matched, citation-needed marks") {
    const std::string page =
        "Alpha is a town.<ref name=\"a\">Smith 2001.</ref> It has a bridge.<ref name=\"a\"/> "
        "The bridge is old.<ref name=\"a\" /><ref>Jones 2002.</ref>{{r|a}}\n"
        "It was built in 1900.{{sfn|Brown|1999|p=4}} It fell in 1950.{{sfn|Green|2005}}"
        "{{citation needed|date=March 2019}} It was rebuilt.{{cn}} It is red.{{fact|date=2019}}"
        "{{efn|A note.}} It is blue.{{citation needed|date=soon}}{{Citation "
        "needed|date=2020-11-05}}"
        "{{better source needed|date=May 2020}}<ref></ref>\n"
        "\n== Notes ==\n{{notelist}}\n== References ==\n<references />\n"
        "== Sources ==\n* {{cite book |last=Brown |year=1999 |title=Bridges}}\n";
    const report::Figures f = figures(page);
    // Named "a" once, Jones's unnamed ref, the note; the empty <ref></ref> defines nothing.
    CHECK(f.refs_defined == 3);
    // Two <ref name="a"/> and {{r|a}}.
    CHECK(f.refs_reused == 3);
    CHECK(f.short_citations == 2);
    CHECK(f.short_citations_matched == 1); // Brown 1999 has its full citation, Green 2005 none
    // {{better source needed}} questions a source: it is no citation-needed mark.
    CHECK(f.citation_needed == 5);
    // "2019" gives no month, "soon" no date, {{cn}} none at all.
    CHECK(f.citation_needed_dates == std::vector<std::string>{"2019-03", "2020-11"});
}

TEST_CASE("figures: a list-defined ref used twice is reused once, {{sfnm}} counts each source") {
    const std::string page =
        "One.<ref name=\"x\" /> Two.<ref name=\"x\" /> "
        "Three.{{sfnm|1a1=Brown|1y=1999|2a1=Gray|2y=2000}}\n"
        "\n== References ==\n<references>\n<ref name=\"x\">Smith 2001.</ref>\n</references>\n"
        "== Sources ==\n* {{cite book |last=Brown |year=1999 |title=Bridges}}\n"
        "* {{cite book |last=Gray |year=2000 |title=Roads}}\n";
    const report::Figures f = figures(page);
    CHECK(f.refs_defined == 1);
    CHECK(f.refs_reused == 1);
    CHECK(f.short_citations == 2);
    CHECK(f.short_citations_matched == 2);
    CHECK(f.citation_needed == 0);
    CHECK(f.citation_needed_dates.empty());
}
