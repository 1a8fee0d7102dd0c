// The grammar: MediaWiki's preprocessor rules for tags, comments, templates and lines.
#include <catch2/catch.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

#include "grammar/document.hpp"
#include "src/syntax/syntax.hpp"

using namespace citelint;
using syntax::NodeKind;
using syntax::Tag;

namespace {

struct Parsed {
    std::string text;
    syntax::Syntax syntax;
    std::vector<const syntax::Node*> of(NodeKind kind, Tag tag = Tag::none) const {
        std::vector<const syntax::Node*> out;
        for (const auto& n : syntax.nodes)
            if (n.kind == kind && (tag == Tag::none || n.tag == tag)) out.push_back(&n);
        return out;
    }
    std::string_view slice(Span s) const {
        return std::string_view(text).substr(s.begin, s.size());
    }
};

Parsed parse(std::string text) {
    Parsed p{std::move(text), {}};
    p.syntax = syntax::parse(p.text);
    return p;
}

} // namespace

TEST_CASE("the grammar has no rule that can loop without consuming") {
    CHECK(tao::pegtl::analyze<grammar::document>() == 0);
}

TEST_CASE("refs: open, close and self-closing, tag names case-insensitive") {
    const auto p = parse("a<ref name=x>b</ref> c<REF Name=y /> d<Ref>e</rEf >");
    const auto refs = p.of(NodeKind::extension_tag, Tag::ref);
    REQUIRE(refs.size() == 3);
    CHECK(p.slice(refs[0]->inner) == "b");
    CHECK(p.slice(refs[0]->attrs) == " name=x");
    CHECK(refs[1]->self_closing);
    CHECK(p.slice(refs[1]->attrs) == " Name=y ");
    CHECK(p.slice(refs[2]->inner) == "e");
    CHECK(p.slice(refs[2]->whole) == "<Ref>e</rEf >");
}

TEST_CASE("a tag ends at its first '>', even inside quotes") {
    const auto p = parse(R"(<ref name="a>b">x</ref>)");
    const auto refs = p.of(NodeKind::extension_tag, Tag::ref);
    REQUIRE(refs.size() == 1);
    CHECK(p.slice(refs[0]->attrs) == R"( name="a)");
    CHECK(p.slice(refs[0]->inner) == R"(b">x)");
}

TEST_CASE("a name must be followed by space, '/>' or '>' to be a tag") {
    const auto p = parse("<refx>a</refx> <references/> <ref/>");
    CHECK(p.of(NodeKind::extension_tag, Tag::ref).size() == 1);
    CHECK(p.of(NodeKind::extension_tag, Tag::references).size() == 1);
}

TEST_CASE("a ref's content ends at the first </ref>, the rest is text") {
    const auto p = parse("<ref>foo <ref>bar</ref> baz</ref>");
    const auto refs = p.of(NodeKind::extension_tag, Tag::ref);
    REQUIRE(refs.size() == 2); // the outer one, and the inner tag read again inside its content
    CHECK(p.slice(refs[0]->inner) == "foo <ref>bar");
    CHECK(refs[1]->parent == 0);
    CHECK(refs[1]->unclosed); // inside the content there is no </ref>
    const auto stray = p.of(NodeKind::stray_ref_close);
    REQUIRE(stray.size() == 1);
    CHECK(stray[0]->whole.begin == 27);
}

TEST_CASE("a <ref> with no </ref> after it is text, and so is every later one") {
    const auto p = parse("a<ref name=x>b <ref>c");
    const auto refs = p.of(NodeKind::extension_tag, Tag::ref);
    REQUIRE(refs.size() == 2);
    CHECK(refs[0]->unclosed);
    CHECK(refs[1]->unclosed);
    CHECK(p.slice(refs[0]->whole) == "<ref name=x>");
}

TEST_CASE("comments and opaque tags hide refs, an unclosed comment runs to the end") {
    auto p = parse("<!-- <ref>a</ref> --><nowiki><ref>b</ref></nowiki><pre><ref/></pre>");
    CHECK(p.of(NodeKind::extension_tag, Tag::ref).empty());
    p = parse("x <!-- never closed <ref>a</ref>");
    CHECK(p.of(NodeKind::extension_tag, Tag::ref).empty());
    REQUIRE(p.of(NodeKind::comment).size() == 1);
    CHECK(p.of(NodeKind::comment)[0]->whole.end == p.text.size());
}

TEST_CASE("an unclosed <nowiki> is text and hides nothing") {
    const auto p = parse("<nowiki> a<ref>b</ref>");
    CHECK(p.of(NodeKind::extension_tag, Tag::ref).size() == 1);
}

TEST_CASE("templates: name, positional and named arguments, nesting") {
    const auto p = parse("{{Cite web |url=http://x.org |title={{lang|fr|T}} |2}}");
    const auto calls = p.of(NodeKind::template_call);
    REQUIRE(calls.size() == 2);
    CHECK(p.slice(calls[0]->name) == "Cite web ");
    const auto args = p.of(NodeKind::template_arg);
    REQUIRE(args.size() == 5);
    CHECK(args[0]->named);
    CHECK(p.slice(args[0]->name) == "url");
    CHECK(p.slice(args[0]->inner) == "http://x.org ");
    CHECK(args[1]->named);
    CHECK(p.slice(args[1]->inner) == "{{lang|fr|T}} ");
    CHECK(!args[4]->named);
    CHECK(p.slice(args[4]->inner) == "2");
}

TEST_CASE("a }} that closes nothing is a stray close, one that closes something is not") {
    const auto p = parse("{{a|b}}}} c}}} {{{p}}} {{x|[[l|m}}]]}} <nowiki>}}</nowiki> <!-- }} -->");
    const auto stray = p.of(NodeKind::stray_template_close);
    REQUIRE(stray.size() == 3);
    CHECK(p.slice(stray[0]->whole) == "}}");
    CHECK(stray[0]->whole.begin == 7);
    CHECK(p.slice(stray[1]->whole) == "}}}");
    CHECK(p.slice(stray[2]->whole) == "}}"); // inside a link's caption, "}}" is text
    CHECK(stray[2]->parent != syntax::no_parent);
    CHECK(p.of(NodeKind::template_call).size() == 2);
}

TEST_CASE("a parser function keeps its name and arguments") {
    const auto p = parse(R"({{#tag:ref|Some text|name="n"|group=g}})");
    const auto calls = p.of(NodeKind::template_call);
    REQUIRE(calls.size() == 1);
    CHECK(p.slice(calls[0]->name) == "#tag:ref");
    CHECK(p.of(NodeKind::template_arg).size() == 3);
}

TEST_CASE("refs inside template arguments are found, a ref may run past the braces") {
    auto p = parse("{{efn|a<ref>b</ref>}}");
    CHECK(p.of(NodeKind::extension_tag, Tag::ref).size() == 1);
    p = parse("{{a|<ref>x}} y</ref>");
    const auto refs = p.of(NodeKind::extension_tag, Tag::ref);
    REQUIRE(refs.size() == 1);
    CHECK(p.slice(refs[0]->inner) == "x}} y");
}

TEST_CASE("an unclosed template is text, what it held is still found") {
    const auto p = parse("{{a|b <ref>c</ref> [[d|e]]");
    CHECK(p.of(NodeKind::template_call).empty());
    CHECK(p.of(NodeKind::extension_tag, Tag::ref).size() == 1);
    CHECK(p.of(NodeKind::wikilink).size() == 1);
    CHECK(p.syntax.unclosed_templates == std::vector<std::uint32_t>{0});
    // Inside a ref, the content ends first; a closed template records nothing.
    const auto q = parse("x<ref>{{cite web|title=A</ref> {{ok}}");
    CHECK(q.syntax.unclosed_templates == std::vector<std::uint32_t>{6});
}

TEST_CASE("triple braces are a parameter") {
    const auto p = parse("{{{1|default}}} {{x}}");
    CHECK(p.of(NodeKind::template_param).size() == 1);
    CHECK(p.of(NodeKind::template_call).size() == 1);
}

TEST_CASE("link captions and external links can hold refs") {
    const auto p =
        parse("[[File:a.jpg|thumb|A caption.<ref>x</ref>]] [https://e.org Site<ref>y</ref>]");
    CHECK(p.of(NodeKind::wikilink).size() == 1);
    CHECK(p.of(NodeKind::external_link).size() == 1);
    CHECK(p.of(NodeKind::extension_tag, Tag::ref).size() == 2);
}

TEST_CASE("headings, lists, tables and blank lines at line starts") {
    const auto p = parse("== History ==\ntext\n\n* item\n{|\n| cell\n|}\n= not a heading\n");
    const auto headings = p.of(NodeKind::heading);
    REQUIRE(headings.size() == 1);
    CHECK(headings[0]->level == 2);
    CHECK(p.slice(headings[0]->name) == " History ");
    CHECK(p.of(NodeKind::blank_line).size() == 1);
    CHECK(p.of(NodeKind::list_marker).size() == 1);
    CHECK(p.of(NodeKind::table_marker).size() == 3);
}

TEST_CASE("references with list-defined refs are read again inside") {
    const auto p = parse("<references group=g>\n<ref name=a>A</ref>\n</references>");
    const auto lists = p.of(NodeKind::extension_tag, Tag::references);
    REQUIRE(lists.size() == 1);
    const auto refs = p.of(NodeKind::extension_tag, Tag::ref);
    REQUIRE(refs.size() == 1);
    CHECK(refs[0]->parent == 0);
}

TEST_CASE("deep nesting neither crashes nor recurses without bound") {
    std::string deep;
    for (int i = 0; i < 20000; ++i)
        deep += "{{a|";
    deep += "<ref>x</ref>";
    const auto p = parse(deep);
    CHECK(p.of(NodeKind::extension_tag, Tag::ref).size() == 1);
    std::string closed;
    for (int i = 0; i < 5000; ++i)
        closed += "{{a|";
    for (int i = 0; i < 5000; ++i)
        closed += "}}";
    const auto q = parse(closed);
    CHECK(q.syntax.truncated);
}

TEST_CASE("bytes of any value are accepted") {
    std::string bytes;
    for (int i = 0; i < 256; ++i)
        bytes += static_cast<char>(i);
    bytes += "<ref>\xff\xfe\0</ref>";
    const auto p = parse(bytes);
    CHECK(p.of(NodeKind::extension_tag, Tag::ref).size() == 1);
}

TEST_CASE("many templates and a few unclosed constructs keep the parse whole") {
    std::string page;
    for (int i = 0; i < 3000; ++i)
        page += "Text {{a|b}} [[c|d]] {{{e}}} ";
    page += "{{never closed [[nor this ";
    for (int i = 0; i < 3000; ++i)
        page += "More {{f}}. ";
    page += "\n{{reflist}}\n";
    const auto p = parse(page);
    CHECK(!p.syntax.truncated);
    CHECK(p.of(NodeKind::template_call).size() == 3000 + 3000 + 1);
    CHECK(p.of(NodeKind::wikilink).size() == 3000);
    CHECK(p.of(NodeKind::template_param).size() == 3000);
}

TEST_CASE("free URLs in the text, without trailing punctuation") {
    const auto p = parse("See https://example.org/a_(b). And http://x.org/p, or ftp://f.org/x!\n"
                         "Not this: myhttp://no nor Template:Sfn. <ref>http://in.ref/x</ref>");
    const auto urls = p.of(NodeKind::free_url);
    REQUIRE(urls.size() == 4);
    CHECK(p.slice(urls[0]->whole) == "https://example.org/a_(b)");
    CHECK(p.slice(urls[1]->whole) == "http://x.org/p");
    CHECK(p.slice(urls[2]->whole) == "ftp://f.org/x");
    CHECK(p.slice(urls[3]->whole) == "http://in.ref/x");
    CHECK(urls[3]->parent != syntax::no_parent);
}

TEST_CASE("table cell separators within a row") {
    const auto p = parse("{|\n| a || b || c\n! h !! i\n|}\n");
    CHECK(p.of(NodeKind::table_marker).size() == 4 + 3); // four line starts, three separators
}
