// The model: dialect, sections and paragraphs, refs in every form, lists and containers.
#include <fstream>

#include <catch2/catch.hpp>

#include "tests/built.hpp"

#include "src/model/article.hpp"
#include "src/model/citations/lua_pattern.hpp"
#include "src/model/text.hpp"

using namespace citelint;
using model::RefOrigin;

namespace {
using testing::build;
using testing::build_rendered;
using testing::Built;
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
    const auto b = build_rendered("Lead.\n\nHistoryEdit\n\nText.\n");
    REQUIRE(b.article.sections.size() == 2);
    CHECK(b.article.sections[1].title == "History");
}

TEST_CASE("rendered tables and lists are not paragraphs") {
    // A table as the browser drew it: a caption, a row of years, rows of names; none of its
    // lines ends like a sentence.
    const auto b =
        build_rendered("Members of the committeeTemplate:Sfn\n1971 1972 1973\nAram Rezai\n"
                       "Sharif Zolanvar\n\nThe committee met in 1971.Template:Sfn\nIt grew.\n");
    REQUIRE(b.article.paragraphs.size() == 1);
    CHECK(b.article.text(b.article.paragraphs[0].span).starts_with("The committee"));
    // Two short lines are a paragraph still, and so is a block with a sentence's end in it.
    CHECK(build_rendered("A title\nof two lines\n").article.paragraphs.size() == 1);
    CHECK(build_rendered("One\nTwo\nThree: the end.\n").article.paragraphs.size() == 1);
    // In wikitext a paragraph's lines run on as one text.
    CHECK(build("One\nTwo\nThree\n").article.paragraphs.size() == 1);
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
    const auto& catalogue = model::Catalogues::builtin().references;
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
    CHECK(a.lists[1].shown == 0);               // the first list cleared the group
    CHECK(a.lists[2].shown == model::no_index); // refused by Cite: not rendered
    REQUIRE(a.refs.size() == 2);
    CHECK(!a.refs[0].unlisted);
    CHECK(a.refs[1].unlisted);
}

TEST_CASE("{{rp}}, {{refbegin}} and {{refend}} come from the catalogue") {
    const auto b = build(
        "A.<ref name=\"x\">X</ref>{{rp|12}}\n{{refbegin}}\n* S\n{{refend}}\n{{Refbegin}}\n* T");
    const auto& a = b.article;
    REQUIRE(a.rp_templates.size() == 1);
    CHECK(a.rp_templates[0].name == "Rp");
    REQUIRE(a.source_blocks.size() == 2);
    CHECK(b.source.slice(a.source_blocks[0]) == "{{refbegin}}\n* S\n{{refend}}");
    CHECK(a.source_blocks[1].end == b.source.text().size()); // never ended: to the page's end
}

TEST_CASE("source sections are matched whole, ignoring case") {
    const auto& sections = model::Catalogues::builtin().source_sections;
    CHECK(sections.contains("Further reading"));
    CHECK(sections.contains(" FURTHER READING "));
    CHECK(sections.contains("литература"));
    CHECK(!sections.contains("Further reading and notes"));
    CHECK(!sections.contains("History"));
}

TEST_CASE("placeholders of the rendered dialect make lists and footnotes") {
    const auto b = build_rendered("A.Template:Sfn B.Template:SfnTemplate:Efn "
                                  "C.Template:Rp\n\nTemplate:Notelist\nTemplate:Reflist");
    const auto& a = b.article;
    CHECK(a.placeholders.size() == 6);
    REQUIRE(a.refs.size() == 3);
    CHECK(a.refs[2].group == "lower-alpha");
    REQUIRE(a.lists.size() == 2);
    CHECK(a.lists[0].group == "lower-alpha");
    CHECK(a.lists[1].group.empty());
}

namespace {
std::vector<std::string> anchor_ids(const model::Article& a) {
    std::vector<std::string> ids;
    for (const auto& anchor : a.anchors)
        ids.push_back(anchor.id);
    return ids;
}
} // namespace

// Anchors as Module:Footnotes/anchor id list makes them (../shared/spec/citation-templates.md
// §2.3).
TEST_CASE("citations make CITEREF anchors from up to four surnames and the year") {
    using V = std::vector<std::string>;
    auto ids = [](std::string text) { return anchor_ids(build(std::move(text)).article); };
    CHECK(ids("{{cite book |last=Smith |last2=Jones |date=5 May 2020 |title=T}}") ==
          V{"CITEREFSmithJones2020"});
    CHECK(ids("{{cite book |last1=A |last2=B |last3=C |last4=D |last5=E |year=1999 |title=T}}") ==
          V{"CITEREFABCD1999"});
    CHECK(ids("{{cite book |author=Alesha E. Doan |date=2007-05-01 |title=T}}") ==
          V{"CITEREFAlesha_E._Doan2007"});
    // Contributors before authors, authors before editors, Vancouver lists in their turn.
    CHECK(ids("{{cite book |contributor-last=Nash |last=Other |year=2004 |title=T}}") ==
          V{"CITEREFNash2004"});
    CHECK(ids("{{cite book |editor-last=Moss |year=2003 |title=T}}") == V{"CITEREFMoss2003"});
    CHECK(ids("{{cite journal |vauthors=Lee A, Park BC, ((World Health Organization)) |year=2002 "
              "|title=T}}") == V{"CITEREFLeeParkWorld_Health_Organization2002"});
    // Dates: a disambiguation letter, circa, no date, a year range; an unknown date gives no year.
    CHECK(ids("{{cite book |last=A |date=1999a |title=T}}") == V{"CITEREFA1999a"});
    CHECK(ids("{{cite book |last=A |date=c. 1900 |title=T}}") == V{"CITEREFAc._1900"});
    CHECK(ids("{{cite book |last=A |date=n.d. |title=T}}") == V{"CITEREFAn.d."});
    CHECK(ids("{{cite book |last=A |date=Winter 1999–2000 |title=T}}") == V{"CITEREFA1999–2000"});
    CHECK(ids("{{cite book |last=A |date=sometime |title=T}}") == V{"CITEREFA"});
    CHECK(ids("{{cite book |last=A |year=2001 |date=2005 |title=T}}") == V{"CITEREFA2001"});
    // |ref= overrides: text, {{sfnref}}, none; |ref=harv is ignored.
    CHECK(ids("{{cite book |last=A |year=1 |title=T |ref=My anchor}}") == V{"My_anchor"});
    CHECK(ids("{{cite book |last=A |year=1 |title=T |ref={{sfnref|Royal Society|1660}}}}") ==
          V{"CITEREFRoyal_Society1660"});
    CHECK(ids("{{cite book |last=A |year=2000 |title=T |ref=none}}").empty());
    CHECK(ids("{{cite book |last=A |year=2000 |title=T |ref=harv}}") == V{"CITEREFA2000"});
    // No names, no anchor; wikilinks by their label; templates in names dropped.
    CHECK(ids("{{cite web |title=T |year=2000}}").empty());
    CHECK(ids("{{cite book |last=[[Ole Olsen|Olsen]] |year=2005 |title=T}}") ==
          V{"CITEREFOlsen2005"});
    // Any template beginning Cite or Cita counts; wrappers give their default names and year.
    CHECK(ids("{{Cita libro |last=Ruiz |year=1990 |title=T}}") == V{"CITEREFRuiz1990"});
    CHECK(ids("{{Cite EB1911 |wstitle=Lee}}") == V{"CITEREFChisholm1911"});
    CHECK(ids("{{Cite Catholic Encyclopedia |volume=3 |wstitle=X}}") == V{"CITEREFHerbermann1908"});
    CHECK(ids("{{Cite Catholic Encyclopedia |volume=99 |wstitle=X}}") ==
          V{"CITEREFHerbermann1913"});
    CHECK(ids("{{anchor|CITEREFX2000|Other anchor}}") == V{"CITEREFX2000", "Other_anchor"});
    CHECK(ids("{{harvc |last=In |year=2001 |c=Chapter |in=Book}}") == V{"CITEREFIn2001"});
    CHECK(ids("{{vcite book |harvid=Lee2001 |title=T}}") == V{"CITEREFLee2001"});
    CHECK(ids("{{wikicite |id=Smith |reference=Text}}") == V{"Reference-Smith"});
}

TEST_CASE("short citations link to CITEREF, their names and their year") {
    const auto b = build(
        "{{sfn|Smith|Jones|2011|p=4}} {{harvnb|A|B|C|D|E|F|1990}} {{sfn|A|ref=Target x}}"
        "{{sfnm|1a1=Lee|1a2=Park|1y=2001|2a1=Kim|2y=2002}}{{sfnm|Ng|1998|Ho|1997}}"
        "{{sfn|Four|Names|No|Year|Fifth}}{{sfn|X|2000|ref=none}}{{sfn|Y|2000|ignore-err=yes}}");
    std::vector<std::string> targets;
    for (const auto& s : b.article.short_citations)
        targets.push_back(s.target);
    CHECK(targets == std::vector<std::string>{"CITEREFSmithJones2011", "CITEREFABCD1990",
                                              "Target_x", "CITEREFLeePark2001", "CITEREFKim2002",
                                              "CITEREFNg1998", "CITEREFHo1997",
                                              "CITEREFFourNamesNoYear", "CITEREFY2000"});
    CHECK(b.article.short_citations.front().year == "2011");
    CHECK(b.article.short_citations.front().names == std::vector<std::string>{"Smith", "Jones"});
    CHECK(b.article.short_citations.back().ignore_errors);
}

TEST_CASE("Lua patterns of Module:Footnotes' whitelist") {
    auto lua_find = [](std::string_view s, std::string_view p) {
        return model::lua_match(s, p).has_value();
    };
    CHECK(lua_find("CITEREFAHD12345", "CITEREFAHD%d+"));
    CHECK_FALSE(lua_find("CITEREFAHDx", "CITEREFAHD%d+"));
    CHECK(lua_find("CITEREFACADAB123C", "CITEREFACAD%u%u%u?%u?%d+%u%u?"));
    CHECK(lua_find("CITEREFO'Brien1890", "CITEREF%a[%a%-_']*189%d"));
    CHECK_FALSE(lua_find("CITEREFO'Brien1910", "CITEREF%a[%a%-_']*189%d"));
    CHECK(lua_find("xxCITEREFQHR7", "CITEREFQHR%d+"));
    CHECK_FALSE(lua_find("xxCITEREFQHR7", "^CITEREFQHR%d+"));
    CHECK(lua_find("abc", "^a.-c$"));
}

TEST_CASE("catalogues take another wiki's templates") {
    std::string error;
    const auto added =
        model::Catalogues::with_additions("# comment\n"
                                          "reference\tMes références\tlist\n"
                                          "footnote\tHarvsp\tsfn\n"
                                          "citation\tКнига\n"
                                          "citation-needed\tНужен источник\tunsourced\n"
                                          "uncited-section\tWeiterlesen\n"
                                          "reference-section\tBelegstellen\n",
                                          error);
    REQUIRE(added);
    CHECK(error.empty());
    CHECK(added->references.find("mes références") != nullptr);
    CHECK(added->references.find("Harvsp")->role == model::TemplateRole::short_footnote);
    CHECK(added->footnotes.role("Harvsp") == model::FootnoteRole::sfn);
    CHECK(added->citations.contains("Книга"));
    CHECK_FALSE(added->citations.is_cs1("Книга"));
    CHECK(added->citation_needed.find("нужен источник") == model::NeedKind::unsourced);
    CHECK(added->uncited_sections.contains("weiterlesen"));
    CHECK(added->reference_sections.contains("Belegstellen"));
    CHECK_FALSE(model::Catalogues::builtin().reference_sections.contains("Belegstellen"));
    CHECK(model::Catalogues::builtin().reference_sections.contains("Einzelnachweise"));
    CHECK(model::Catalogues::builtin().reference_sections.contains("примечания"));
    // The built-in ones are untouched, and still there in the additions.
    CHECK(model::Catalogues::builtin().references.find("Mes références") == nullptr);
    CHECK(added->references.find("Reflist") != nullptr);
    CHECK(model::Catalogues::builtin().citation_needed.find("cn") == model::NeedKind::unsourced);
    CHECK(model::Catalogues::builtin().citation_needed.find("Page needed") ==
          model::NeedKind::locator);

    CHECK_FALSE(model::Catalogues::with_additions("citation\n", error));
    CHECK(error == "line 1: a row needs a catalogue and a template name separated by a tab");
    CHECK_FALSE(model::Catalogues::with_additions("\nwrapper\tCite X\t\tX\n", error));
    CHECK(error.rfind("line 2: a wrapper row is", 0) == 0);

    // A page read with them.
    const Source source(
        "t.wiki", "A.{{Harvsp|Ivanov|2001}}\n{{Mes références}}\n* {{Книга |автор=Иванов}}\n");
    model::ModelOptions options;
    options.catalogues = &*added;
    const auto article = model::build_article(source, options);
    REQUIRE(article.short_citations.size() == 1);
    CHECK(article.short_citations[0].target == "CITEREFIvanov2001");
    CHECK(article.lists.size() == 1);
}

TEST_CASE("a wiki's own CS1 parameters extend the whitelist") {
    std::string error;
    const auto added =
        model::Catalogues::with_additions("cs1-parameter\tlocal-id\tbasic\tvalid\n"
                                          "cs1-parameter\told-thing\tbasic\tdeprecated\n",
                                          error);
    REQUIRE(added);
    const model::Cs1Scope scope = added->cs1_whitelist.scope("web");
    CHECK(added->cs1_whitelist.validate("local-id", scope) == model::ParamState::valid);
    CHECK(added->cs1_whitelist.validate("old-thing", scope) == model::ParamState::deprecated);
    CHECK(added->cs1_whitelist.validate("title", scope) == model::ParamState::valid);
    const auto& builtin = model::Catalogues::builtin().cs1_whitelist;
    CHECK(builtin.validate("local-id", builtin.scope("web")) == model::ParamState::unknown);

    CHECK_FALSE(
        model::Catalogues::with_additions("cs1-parameter\tlocal-id\tbasic\tmaybe\n", error));
    CHECK(error.rfind("line 1: a cs1-parameter row is", 0) == 0);
    CHECK_FALSE(
        model::Catalogues::with_additions("\ncs1-parameter\tlocal-id\tsomewhere\tvalid\n", error));
    CHECK(error.rfind("line 2: a cs1-parameter row is", 0) == 0);
    // The message on an unknown catalogue names every one there is.
    CHECK_FALSE(model::Catalogues::with_additions("cs1-param\tx\n", error));
    for (const std::string_view kind : model::Catalogues::kinds())
        CHECK(error.find(kind) != std::string::npos);
}

TEST_CASE("docs/usage.md documents every catalogue a user's row may name, and no other") {
    std::ifstream in(CITELINT_SOURCE_DIR "/docs/usage.md");
    REQUIRE(in);
    std::vector<std::string> documented; // the first column of the catalogue table
    bool in_table = false;
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("| catalogue | columns", 0) == 0)
            in_table = true;
        else if (in_table && line.rfind("| `", 0) == 0)
            documented.push_back(line.substr(3, line.find('`', 3) - 3));
        else if (in_table && line.rfind("| ---", 0) != 0)
            break;
    }
    std::vector<std::string> kinds;
    for (const std::string_view k : model::Catalogues::kinds())
        kinds.emplace_back(k);
    CHECK(documented == kinds);
}

TEST_CASE("the end matter: categories and sort key that close the page") {
    const std::string text = "Text.<ref>A.</ref>\n\n[[Kategorie:Ort]]\n{{DEFAULTSORT:Ort}}\n"
                             "[[Category:Place]]\n\n";
    const auto plain = citelint::testing::build(text);
    // The blank line before them is theirs too.
    CHECK(plain.article.end_matter == text.find("\n[[Kategorie"));
    // With the wiki said, only its own names and the English ones are categories.
    model::ModelOptions on_fr;
    on_fr.site = model::find_site("frwiki");
    REQUIRE(on_fr.site);
    const auto fr = citelint::testing::build(text, on_fr);
    CHECK(fr.article.end_matter == text.find("{{DEFAULTSORT"));
    const auto none = citelint::testing::build("Text.\nMore text.\n");
    CHECK(none.article.end_matter == none.source.text().size());
}

TEST_CASE("maintenance marks: kind, scope, date, where they stand") {
    const citelint::Source source(
        "m.wiki",
        "{{Refimprove|date=December 2015}}\nA claim.{{cn|date=March 2015}} B.<ref>X{{page "
        "needed}}</ref>\n\n== Economy ==\n{{More citations needed|section|date=2014-01}}\nC.{{нет "
        "АИ|23|12|2012}} D.{{Bron?||2011|05|07}}\n<references />\n");
    const auto a = citelint::model::build_article(source);
    REQUIRE(a.marks.size() == 6);
    using citelint::model::MarkScope;
    using citelint::model::NeedKind;
    CHECK(a.marks[0].scope == MarkScope::article);
    CHECK(a.marks[1].written_name == "cn");
    CHECK(a.marks[1].kind == NeedKind::unsourced);
    CHECK(a.marks[1].in_prose);
    CHECK(a.marks[1].dated->month == 3);
    CHECK(a.marks[2].kind == NeedKind::locator);
    CHECK(a.marks[2].in_ref);
    CHECK(a.marks[2].date.empty());
    CHECK(a.marks[3].scope == MarkScope::section);
    CHECK(a.marks[3].section == 1);
    CHECK(a.marks[4].date == "2012-12-23");
    CHECK(a.marks[4].dated->day == 23);
    CHECK(a.marks[5].date == "2011-05-07");
}

TEST_CASE("citation points: refs, notes with a citation, short and inline citations, not marks") {
    const citelint::Source source(
        "p.wiki",
        "A.<ref>X</ref> B.{{efn|An aside.}} C.{{efn|Cited.<ref>Y</ref>}} D.{{harvnb|Smith|2001}} "
        "E.{{Citazione necessaria}}\n{{notelist}}\n<references />\n");
    const auto a = citelint::model::build_article(source);
    using citelint::model::CitationPointKind;
    std::vector<CitationPointKind> kinds;
    for (const auto& p : a.page_citation_points)
        kinds.push_back(p.kind);
    CHECK(kinds == std::vector<CitationPointKind>{CitationPointKind::ref, CitationPointKind::note,
                                                  CitationPointKind::short_citation});
}

TEST_CASE("text after a ref a list item opened and a later line closed is still the list item's") {
    const auto b = build("Intro.\n\n* Item one.<ref>{{cite book\n| title = T\n}}</ref> More of the "
                         "item.\n\nA paragraph.\n");
    std::vector<std::string> paragraphs;
    for (const auto& p : b.article.paragraphs)
        paragraphs.emplace_back(b.article.text(p.span));
    CHECK(paragraphs == std::vector<std::string>{"Intro.", "A paragraph."});
}

TEST_CASE("skip_plain stops at or before the first byte looked for, never after it") {
    // Every length and every position of the byte sought, so that the 16-byte, the 8-byte
    // and the byte-by-byte parts of the scan are each where the byte lies.
    for (std::size_t length = 0; length <= 40; ++length) {
        for (std::size_t at = 0; at <= length; ++at) {
            std::string text(length, 'a');
            if (at < length) text[at] = '.';
            const std::size_t found = model::skip_plain<false, '.', '!'>(text, 0, length);
            INFO("length " << length << ", '.' at " << at);
            CHECK(found <= at);
            CHECK(found + 8 > std::min(at, length - length % 8));
            std::string other(length, 'a');
            if (at < length) other[at] = static_cast<char>(0xc3); // a non-ASCII byte
            CHECK(model::skip_plain<true, '.'>(other, 0, length) <= at);
            CHECK(model::skip_plain<false, '.'>(other, 0, length) == length - length % 8);
        }
    }
}
