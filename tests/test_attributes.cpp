// Attribute parsing as MediaWiki core does it (spec/cite-errors.md §5.7).
#include <catch2/catch.hpp>

#include "src/syntax/attributes.hpp"

using citelint::syntax::decode_character_references;
using citelint::syntax::parse_attributes;

namespace {
std::string name_of(std::string_view attrs) {
    const auto a = parse_attributes(attrs, 0);
    const auto v = a.value("name");
    return v ? std::string(*v) : std::string("<none>");
}
} // namespace

TEST_CASE("quoted, single-quoted and unquoted values give the same name") {
    CHECK(name_of(R"( name="x")") == "x");
    CHECK(name_of(R"( name=" x ")") == "x");
    CHECK(name_of(" name= x ") == "x");
    CHECK(name_of(" name='bar'") == "bar");
    CHECK(name_of(" name=x") == "x");
}

TEST_CASE("attribute names are lowercased, values keep their case") {
    CHECK(name_of(R"( NAME="Foo")") == "Foo");
    CHECK(name_of(R"( Name="foo")") == "foo");
}

TEST_CASE("an unquoted value ends at whitespace, the rest is another attribute") {
    const auto a = parse_attributes(" name=a b", 0);
    REQUIRE(a.written().size() == 2);
    CHECK(a.written()[0].name == "name");
    CHECK(a.written()[0].value == "a");
    CHECK(a.written()[1].name == "b");
    CHECK(a.written()[1].value.empty());
}

TEST_CASE("names MediaWiki's Sanitizer refuses are dropped without a word") {
    // Its name pattern takes any run but spaces, '/', '>' and '=': `ms"` and `glossary"` are
    // names, and not valid ones ([:_\p{L}\p{N}][:_.\-\p{L}\p{N}]*), so Cite sees name="" alone.
    const auto a = parse_attributes(R"( name=""ms" glossary")", 0);
    REQUIRE(a.written().size() == 1);
    CHECK(a.written()[0].name == "name");
    CHECK(a.written()[0].value.empty());
    CHECK(parse_attributes(R"( name="a"="b")", 0).written().size() == 1);
    CHECK(parse_attributes(" name=a na$me=b", 0).written().size() == 1);
    // Valid names of any script, with ':', '_', '.' and '-'.
    CHECK(parse_attributes(" xml:lang=en data-x.y=1 _z=2 имя=3", 0).written().size() == 4);
}

TEST_CASE("an unquoted value may hold '=' and '/'") {
    CHECK(name_of(" name=Katz=boycott") == "Katz=boycott");
    CHECK(name_of(" name=a/b") == "a/b");
}

TEST_CASE("whitespace runs collapse to one space and the value is trimmed") {
    CHECK(name_of(" name=\"a\nb\"") == "a b");
    CHECK(name_of(" name=\"a \t\r\n b\"") == "a b");
    CHECK(name_of(" name=\"  a  \"") == "a");
}

TEST_CASE("other whitespace and underscores stay distinct") {
    CHECK(name_of(R"( name="a b")") != name_of(R"( name="a_b")"));
    CHECK(name_of(" name=\"a\xe2\x80\xa8"
                  "b\"") != name_of(R"( name="a b")"));
}

TEST_CASE("character references are decoded after trimming") {
    CHECK(name_of(R"( name="a &amp; b")") == "a & b");
    CHECK(name_of(R"( name="a & b")") == "a & b");
    CHECK(name_of(R"( name="&#65;&#x42;&#X43;")") == "ABC");
    CHECK(name_of(R"( name="&eacute;t&eacute;")") == "\xc3\xa9t\xc3\xa9");
    CHECK(name_of(R"( name="&#32;x")") == " x");
    CHECK(name_of(R"( name="&nosuchentity;")") == "&nosuchentity;");
    CHECK(name_of(R"( name="&amp")") == "&amp");
}

TEST_CASE("a reference to an invalid code point becomes U+FFFD") {
    CHECK(decode_character_references("&#0;") == "\xef\xbf\xbd");
    CHECK(decode_character_references("&#xD800;") == "\xef\xbf\xbd");
    CHECK(decode_character_references("&#x110000;") == "\xef\xbf\xbd");
}

TEST_CASE("templates in a name are not expanded") {
    CHECK(name_of(R"( name="{{1x|a}}")") == "{{1x|a}}");
}

TEST_CASE("the last duplicate attribute wins") {
    CHECK(name_of(R"( name="foo" name="bar")") == "bar");
    const auto a = parse_attributes(R"( name="foo" name="bar")", 0);
    CHECK(a.written().size() == 2);
}

TEST_CASE("a valueless attribute is empty, an empty attribute text has none") {
    const auto a = parse_attributes(" responsive", 0);
    REQUIRE(a.find("responsive"));
    CHECK(a.find("responsive")->value.empty());
    CHECK(parse_attributes("  \n ", 0).written().empty());
}

TEST_CASE("a quote that never closes runs to the end") {
    CHECK(name_of(R"( name="abc)") == "abc");
}

TEST_CASE("junk between attributes is skipped") {
    const auto a = parse_attributes(R"( -- name="x" ### group="g" /)", 0);
    CHECK(*a.value("name") == "x");
    CHECK(*a.value("group") == "g");
}

TEST_CASE("spans point into the document") {
    const std::string_view attrs = R"( name="smith")";
    const auto a = parse_attributes(attrs, 100);
    const auto* name = a.find("name");
    REQUIRE(name);
    CHECK(name->name_span.begin == 101);
    CHECK(name->value_span.begin == 107);
    CHECK(name->value_span.end == 112);
}
