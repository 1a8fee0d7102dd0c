// The model: dialect, sections and paragraphs, refs in every form, lists and containers.
#include <catch2/catch.hpp>

#include "src/model/article.hpp"

using namespace citelint;
using model::RefOrigin;

namespace {
struct Built {
    Source source;
    model::Article article;
};
Built build(std::string text, model::ModelOptions options = {}) {
    Built b{Source("t.wiki", std::move(text)), {}};
    b.article = model::build_article(b.source, options);
    return b;
}
} // namespace

TEST_CASE("the dialect is detected per document") {
    CHECK(build("Text.{{sfn|A|2001}}\n{{reflist}}").article.dialect == model::Dialect::wikitext);
    CHECK(
        build(
            "Text.Template:Sfn More.Template:SfnTemplate:Efn\n\nReferencesEdit\n\nTemplate:Reflist")
            .article.dialect == model::Dialect::rendered);
    model::ModelOptions forced;
    forced.dialect = model::Dialect::rendered;
    CHECK(build("Plain.", forced).article.dialect == model::Dialect::rendered);
}

TEST_CASE("sections and paragraphs") {
    const auto b =
        build("Lead one.\nLead two.\n\n== History ==\nPara.\n* item\n\n=== Early ===\nMore.\n");
    const auto& a = b.article;
    REQUIRE(a.sections.size() == 3);
    CHECK(a.sections[1].title == "History");
    CHECK(a.sections[1].level == 2);
    CHECK(a.sections[2].title == "Early");
    REQUIRE(a.paragraphs.size() == 3);
    CHECK(b.source.slice(a.paragraphs[0].span) == "Lead one.\nLead two.");
    CHECK(a.paragraphs[1].section == 1);
    CHECK(b.source.slice(a.paragraphs[2].span) == "More.");
}

TEST_CASE("rendered headings end in Edit") {
    model::ModelOptions rendered;
    rendered.dialect = model::Dialect::rendered;
    const auto b = build("Lead.\n\nHistoryEdit\n\nText.\n", rendered);
    REQUIRE(b.article.sections.size() == 2);
    CHECK(b.article.sections[1].title == "History");
}

TEST_CASE("refs in every form") {
    const auto b = build("A<ref name=a>x</ref> B{{#tag:ref|y|name=\"b\"|group=g}} C{{efn|z}} "
                         "D{{r|a|b}} E{{sfn|S|2001}}"
                         "<ref name=b>w</ref>\n{{reflist}}\n{{notelist}}\n<references group=g/>");
    const auto& refs = b.article.refs;
    REQUIRE(refs.size() == 7);
    CHECK(refs[0].origin == RefOrigin::tag);
    CHECK(refs[1].origin == RefOrigin::tag_function);
    CHECK(*refs[1].attrs.value("name") == "b");
    CHECK(refs[1].group == "g");
    CHECK(refs[2].origin == RefOrigin::footnote_template);
    CHECK(refs[2].group == "lower-alpha");
    CHECK(refs[3].origin == RefOrigin::reuse_template);
    CHECK(*refs[3].name == "a");
    CHECK(refs[4].origin == RefOrigin::reuse_template);
    CHECK(*refs[4].name == "b");
    CHECK(refs[5].origin == RefOrigin::short_footnote);
    CHECK(b.article.lists.size() == 3);
    CHECK(b.article.findings.empty());
}

TEST_CASE("list-defined refs belong to their list, in tags and in reflist refs=") {
    const auto b =
        build("A<ref name=a/>\n<references>\n<ref name=a>x</ref>\n</references>\nB<ref name=b/>\n"
              "{{Reflist|refs=\n<ref name=b>y</ref>\n}}");
    const auto& a = b.article;
    REQUIRE(a.lists.size() == 2);
    CHECK(a.lists[0].refs.size() == 1);
    CHECK(a.lists[1].refs.size() == 1);
    CHECK(a.findings.empty());
}

TEST_CASE("a ref inside a <ref> is nested, inside {{#tag:ref}} it is not") {
    const auto b = build("<ref>a {{r|x}}</ref> {{#tag:ref|b <ref name=y>c</ref>}}\n<references/>");
    const auto& refs = b.article.refs;
    REQUIRE(refs.size() == 4);
    CHECK(!refs[0].nested);
    CHECK(refs[1].nested); // {{r|x}} inside <ref>
    CHECK(!refs[2].nested);
    CHECK(!refs[3].nested);
}

TEST_CASE("template names follow MediaWiki's title rules") {
    CHECK(model::canonical_title(" reflist ") == "Reflist");
    CHECK(model::canonical_title("Reference_list") == "Reference list");
    CHECK(model::canonical_title("примечания") == "Примечания");
    const auto& catalogue = model::ReferenceTemplates::builtin();
    CHECK(catalogue.find("reflist") != nullptr);
    CHECK(catalogue.find("Notelist")->group == "lower-alpha");
    CHECK(catalogue.find("Przypisy")->refs_param == "1");
    CHECK(catalogue.find("cite web") == nullptr);
}

TEST_CASE("lists know what they show, refs whether any list shows them") {
    const auto b = build("A.{{efn|a}}\n{{notelist}}\n{{notelist}}\nB.{{efn-ua|b}}\n"
                         "<references group=\"x\" foo=\"1\" />");
    const auto& a = b.article;
    REQUIRE(a.lists.size() == 3);
    CHECK(a.lists[0].shown == 1);
    CHECK(a.lists[1].shown == 0);  // the first list cleared the group
    CHECK(a.lists[2].shown == -1); // refused by Cite: not rendered
    REQUIRE(a.refs.size() == 2);
    CHECK(!a.refs[0].unlisted);
    CHECK(a.refs[1].unlisted);
}

TEST_CASE("{{rp}}, {{refbegin}} and {{refend}} come from the catalogue") {
    const auto b = build(
        "A.<ref name=\"x\">X</ref>{{rp|12}}\n{{refbegin}}\n* S\n{{refend}}\n{{Refbegin}}\n* T");
    const auto& a = b.article;
    REQUIRE(a.page_templates.size() == 1);
    CHECK(a.page_templates[0].name == "Rp");
    REQUIRE(a.source_blocks.size() == 2);
    CHECK(b.source.slice(a.source_blocks[0]) == "{{refbegin}}\n* S\n{{refend}}");
    CHECK(a.source_blocks[1].end == b.source.text().size()); // never ended: to the page's end
}

TEST_CASE("source sections are matched whole, ignoring case") {
    const auto& sections = model::SourceSections::builtin();
    CHECK(sections.contains("Further reading"));
    CHECK(sections.contains(" FURTHER READING "));
    CHECK(sections.contains("литература"));
    CHECK(!sections.contains("Further reading and notes"));
    CHECK(!sections.contains("History"));
}

TEST_CASE("placeholders of the rendered dialect make lists and footnotes") {
    model::ModelOptions rendered;
    rendered.dialect = model::Dialect::rendered;
    const auto b = build("A.Template:Sfn B.Template:SfnTemplate:Efn "
                         "C.Template:Rp\n\nTemplate:Notelist\nTemplate:Reflist",
                         rendered);
    const auto& a = b.article;
    CHECK(a.placeholders.size() == 6);
    REQUIRE(a.refs.size() == 3);
    CHECK(a.refs[2].group == "lower-alpha");
    REQUIRE(a.lists.size() == 2);
    CHECK(a.lists[0].group == "lower-alpha");
    CHECK(a.lists[1].group.empty());
}
